package org.isnad.ner;

import java.util.ArrayList;
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
        if (tokens != cachedTokens) {
            cachedTokens = tokens;
            cachedFeatures = new String[tokens.length][];
        }
        String[] base = cachedFeatures[index];
        if (base == null) {
            List<String> features = new ArrayList<>(96);
            for (AdaptiveFeatureGenerator generator : generators) {
                generator.createFeatures(features, tokens, index, priorDecisions);
            }
            base = features.toArray(new String[0]);
            cachedFeatures[index] = base;
        }
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
        String[][] f = decoder.fields(tokens);
        String[] context = new String[base.length + 4];
        System.arraycopy(base, 0, context, 0, base.length);
        int n = base.length;
        context[n++] = "po=" + po;
        context[n++] = "ppo=" + ppo + "," + po;
        context[n++] = "pow=" + po + "," + f[index][NameFeatures.NORM];
        context[n] = "pok=" + po + "," + f[index][NameFeatures.FLAGS] + "," + f[index][NameFeatures.POS];
        return context;
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
