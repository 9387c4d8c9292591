package org.isnad.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasCreationUtils;
import org.isnad.eval.BioCorpus;
import org.isnad.eval.GoldText;
import org.isnad.eval.TypeMap;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains Isnad's named-entity model (OpenNLP name finder, {@link IsnadNameFinderFactory}) from
 * gold BIO sentences whose tags are already Isnad's types.
 *
 * <p><b>Alignment to Isnad's tokens.</b> The gold sentences are written out as running text
 * ({@link GoldText}: clitic tokens of pre-segmented corpora glued to their word), a document of
 * {@code sentencesPerDocument} sentences at a time, and run through Isnad's segmenter, so the
 * model trains on exactly the Tokens, forms, lemmas and clitics it sees at run time; the rules
 * tag the same document for their features. Gold spans are projected onto the Tokens by character
 * offsets: a Token inside a gold entity belongs to it, except glued proclitics at its start
 * (و + روسيا: the entity is روسيا) and pronoun suffixes. One convention across corpora: a
 * place head noun at the start of a GPE or LOC (مدينة, قرية, مخيم ..., the lexicon's place heads)
 * stays outside the name, as in ACE, ANERcorp, NewsFANE and AQMAR (Wojood includes it).
 *
 * <p>Training is deterministic (the perceptron and GIS trainers of OpenNLP draw no random
 * numbers; samples keep file order), so the same data and parameters give the same model.
 */
public final class NerTrainer
{
    /**
     * Training parameters: algorithm, iterations, feature cut-off, beam size, and further OpenNLP
     * trainer parameters by name ({@code L2Cost}, {@code Threads} of {@code MAXENT_QN} ...).
     */
    public record Settings(String algorithm, int iterations, int cutoff, int beamSize,
            int sentencesPerDocument, java.util.Map<String, String> extra)
    {
        public Settings(String algorithm, int iterations, int cutoff, int beamSize,
                int sentencesPerDocument)
        {
            this(algorithm, iterations, cutoff, beamSize, sentencesPerDocument, java.util.Map.of());
        }
    }

    private final AnalysisEngine segmenter;
    private final EntityTagger rules;
    private final NerLexicon lexicon;

    /**
     * @param segmenter Isnad's segmenter (the same configuration as at run time)
     * @param lexicon the named-entity lexicons
     * @param knownWords the dictionary look-up of the rules
     */
    public NerTrainer(AnalysisEngine segmenter, NerLexicon lexicon, KnownWords knownWords)
    {
        this.segmenter = segmenter;
        this.lexicon = lexicon;
        this.rules = new EntityTagger(lexicon, knownWords, null, false);
    }

    /** The training samples of a corpus, aligned to Isnad's tokens. */
    public List<NameSample> samples(List<BioCorpus.Sentence> corpus, boolean glueClitics,
            int sentencesPerDocument)
        throws ResourceInitializationException, AnalysisEngineProcessException
    {
        JCas jcas;
        try {
            jcas = CasCreationUtils.createCas(segmenter.getAnalysisEngineMetaData()).getJCas();
        }
        catch (org.apache.uima.cas.CASException e) {
            throw new ResourceInitializationException(e);
        }
        TypeMap all = new TypeMap(null, null);
        int chunk = Math.max(1, sentencesPerDocument);
        List<NameSample> samples = new ArrayList<>();
        for (int from = 0; from < corpus.size(); from += chunk) {
            int to = Math.min(corpus.size(), from + chunk);
            GoldText text = GoldText.of(corpus, from, to, glueClitics);
            List<int[]> gold = new ArrayList<>(); // {begin, end} with type in goldTypes
            List<String> goldTypes = new ArrayList<>();
            for (int s = from; s < to; s++) {
                for (BioCorpus.Span span : BioCorpus.goldSpans(s, corpus.get(s), all)) {
                    gold.add(new int[] { text.begin(s, span.start()), text.end(s, span.end() - 1) });
                    goldTypes.add(span.type());
                }
            }
            jcas.reset();
            jcas.setDocumentText(text.text());
            jcas.setDocumentLanguage("ar");
            segmenter.process(jcas);
            List<List<ModelToken>> sentences = ModelToken.sentences(jcas);
            List<String[]> packed = rules.pack(text.text(), sentences);
            for (int s = 0; s < sentences.size(); s++) {
                if (sentences.get(s).isEmpty()) {
                    continue;
                }
                samples.add(new NameSample(packed.get(s), project(rules.splitGluedNames(
                        List.of(sentences.get(s))).get(0), gold, goldTypes, lexicon), false));
            }
        }
        return samples;
    }

    /** Gold character spans → spans over the Tokens (see the class Javadoc). */
    static Span[] project(List<ModelToken> tokens, List<int[]> gold, List<String> types,
            NerLexicon lexicon)
    {
        List<Span> spans = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            int begin = gold.get(g)[0];
            int end = gold.get(g)[1];
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                ModelToken t = tokens.get(i);
                if (t.begin() >= begin && t.end() <= end && !t.clitic()) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            while (first >= 0 && first < last && NamedEntityFinder.isPlace(types.get(g))
                    && lexicon.isPlaceHead(EntityKeys.normalize(tokens.get(first).form()))) {
                first++; // the place head stays outside the name (مدينة [رفح]), as in NewsFANE and AQMAR
            }
            if (first >= 0) {
                Span span = new Span(first, last + 1, types.get(g));
                boolean overlaps = false;
                for (Span other : spans) {
                    overlaps |= other.intersects(span);
                }
                if (!overlaps) {
                    spans.add(span);
                }
            }
        }
        return spans.toArray(new Span[0]);
    }

    /** Trains a model on the samples. */
    public static TokenNameFinderModel train(List<NameSample> samples, Settings settings)
        throws IOException
    {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(NameFinderME.class.getSimpleName() + ".BeamSize", settings.beamSize());
        params.put("BeamSize", settings.beamSize());
        settings.extra().forEach(params::put);
        return NameFinderME.train("ar", null, new CollectionObjectStream<>(samples), params,
                new IsnadNameFinderFactory());
    }

    /** Writes a model file (parent folders created). */
    public static void write(TokenNameFinderModel model, Path file)
        throws IOException
    {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        }
    }
}
