package org.isnad.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The context of one token for OpenNLP's name finder: the features of
 * {@link IsnadFeatureGenerators} (computed once per token of a sentence, as they do not depend on
 * the decisions) plus the previous decisions: the two previous outcomes, and the previous outcome
 * with the current word and with the current token's flags and UPOS (whether a clitic or a known
 * noun may continue a name). Not thread-safe: one per
 * {@code NameFinderME}.
 */
public class IsnadNameContextGenerator
    implements NameContextGenerator
{
    private final IsnadFeatureGenerators.Decoder decoder = new IsnadFeatureGenerators.Decoder();
    private final List<AdaptiveFeatureGenerator> generators = new ArrayList<>();
    private String[] cachedTokens;
    private String[][] cachedFeatures;

    public IsnadNameContextGenerator()
    {
        generators.add(new IsnadFeatureGenerators.Word(decoder));
        generators.add(new IsnadFeatureGenerators.Morphology(decoder));
        generators.add(new IsnadFeatureGenerators.Lexicon(decoder));
        generators.add(new IsnadFeatureGenerators.Neighbours(decoder));
        generators.add(new IsnadFeatureGenerators.Cues(decoder));
    }

    @Override
    public String[] getContext(int index, String[] tokens, String[] priorDecisions,
            Object[] additionalContext)
    {
        String[] base = baseFeatures(index, tokens);
        String[] decisions = decisionFeatures(index, tokens, priorDecisions);
        String[] context = Arrays.copyOf(base, base.length + decisions.length);
        System.arraycopy(decisions, 0, context, base.length, decisions.length);
        return context;
    }

    /** The unpacked fields of the tokens of a sentence (see {@link NameFeatures#decode}). */
    String[][] fields(String[] tokens)
    {
        return decoder.fields(tokens);
    }

    /**
     * The features of a token that do not depend on the previous decisions (computed once per
     * token of a sentence array).
     */
    public String[] baseFeatures(int index, String[] tokens)
    {
        if (tokens != cachedTokens) {
            cachedTokens = tokens;
            cachedFeatures = new String[tokens.length][];
        }
        String[] base = cachedFeatures[index];
        if (base == null) {
            List<String> features = new ArrayList<>(96);
            for (AdaptiveFeatureGenerator generator : generators) {
                generator.createFeatures(features, tokens, index, null);
            }
            base = features.toArray(new String[0]);
            cachedFeatures[index] = base;
        }
        return base;
    }

    /**
     * The features of the previous decisions: the previous outcome, the two previous ones, and
     * the previous one with the current word and with the current token's flags and UPOS.
     */
    public String[] decisionFeatures(int index, String[] tokens, String[] priorDecisions)
    {
        String po = NameFinderME.OTHER;
        String ppo = NameFinderME.OTHER;
        if (priorDecisions != null) {
            if (index > 0) {
                po = priorDecisions[index - 1];
            }
            if (index > 1) {
                ppo = priorDecisions[index - 2];
            }
        }
        String[] history = historyFeatures(po, ppo);
        String[] word = wordHistoryFeatures(po, decoder.fields(tokens)[index]);
        return new String[] { history[0], history[1], word[0], word[1] };
    }

    /** The features of the two previous outcomes (see {@link #decisionFeatures}). */
    static String[] historyFeatures(String po, String ppo)
    {
        return new String[] { "po=" + po, "ppo=" + ppo + "," + po };
    }

    /** The previous outcome with the current word, and with its flags and UPOS. */
    static String[] wordHistoryFeatures(String po, String[] token)
    {
        return new String[] { "pow=" + po + "," + token[NameFeatures.NORM],
                "pok=" + po + "," + token[NameFeatures.FLAGS] + "," + token[NameFeatures.POS] };
    }

    @Override
    public void addFeatureGenerator(AdaptiveFeatureGenerator generator)
    {
        generators.add(generator);
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes)
    {
        // the features keep no document memory; document consistency is done after tagging
    }

    @Override
    public void clearAdaptiveData()
    {
        // nothing to clear
    }
}
