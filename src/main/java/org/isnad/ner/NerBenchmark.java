package org.isnad.ner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.isnad.pipeline.IsnadPipeline;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import org.isnad.type.TimeExpression;

/**
 * Throughput of the named-entity stage alone, single thread: segments the input once, then runs
 * only {@link ArabicNamedEntityRecognizer} over the segmented documents for a number of rounds
 * (the first rounds warm the JVM up) and prints tokens per second.
 *
 * <p>{@code java -cp target/isnad.jar org.isnad.ner.NerBenchmark [--rounds N] [--unseen]
 * [--rules-only] [--model FILE] FILE_OR_DIR...} (.txt files, directories searched recursively).
 * Prints the time to load the model alone and to create the engine (lexicons and model) first.
 * With {@code --unseen}, every second document is held out of the rounds and tagged once at the
 * end: the rate on text the JVM is warm for but whose words the tagger's per-token score cache
 * ({@link CachedScoreNameFinder}) has not all seen, the rate of a long-running pipeline.
 */
public final class NerBenchmark
{
    private NerBenchmark()
    {
        // main only
    }

    public static void main(String[] args)
        throws Exception
    {
        int rounds = 10;
        boolean unseen = false;
        List<Object> parameters = new ArrayList<>();
        List<Path> inputs = new ArrayList<>();
        for (int k = 0; k < args.length; k++) {
            if (args[k].equals("--rounds") && k + 1 < args.length) {
                rounds = Integer.parseInt(args[++k]);
            }
            else if (args[k].equals("--unseen")) {
                unseen = true;
            }
            else if (args[k].equals("--rules-only")) {
                parameters.add(ArabicNamedEntityRecognizer.PARAM_USE_MODEL);
                parameters.add(false);
            }
            else if (args[k].equals("--model") && k + 1 < args.length) {
                parameters.add(ArabicNamedEntityRecognizer.PARAM_MODEL_LOCATION);
                parameters.add(args[++k]);
            }
            else {
                inputs.add(Path.of(args[k]));
            }
        }
        if (inputs.isEmpty()) {
            inputs.add(Path.of("seeds"));
        }
        List<String> texts = new ArrayList<>();
        for (Path input : inputs) {
            try (Stream<Path> files = Files.walk(input)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        AnalysisEngine segmenter = AnalysisEngineFactory.createEngine(IsnadPipeline.createSegmenter());
        String location = null;
        for (int k = 0; k + 1 < parameters.size(); k += 2) {
            if (ArabicNamedEntityRecognizer.PARAM_MODEL_LOCATION.equals(parameters.get(k))) {
                location = parameters.get(k + 1).toString();
            }
        }
        if (!parameters.contains(ArabicNamedEntityRecognizer.PARAM_USE_MODEL)) {
            NerModel model = NerModel.load(location);
            System.out.printf(Locale.ROOT, "model %s: loaded in %d ms%n", model.source(),
                    model.loadMillis());
        }
        long loadStart = System.nanoTime();
        AnalysisEngine ner = AnalysisEngineFactory.createEngine(
                IsnadPipeline.createNamedEntityRecognizer(parameters.toArray()));
        System.out.printf(Locale.ROOT, "named-entity engine (lexicons%s) created in %d ms%n",
                parameters.contains(ArabicNamedEntityRecognizer.PARAM_USE_MODEL) ? "" : " and model",
                (System.nanoTime() - loadStart) / 1_000_000);
        List<JCas> documents = new ArrayList<>();
        List<JCas> heldOut = new ArrayList<>();
        for (String text : texts) {
            JCas jcas = segmenter.newJCas();
            jcas.setDocumentText(text);
            jcas.setDocumentLanguage("ar");
            segmenter.process(jcas);
            (unseen && documents.size() > heldOut.size() ? heldOut : documents).add(jcas);
        }
        double best = 0;
        for (int round = 1; round <= rounds; round++) {
            best = Math.max(best, time(ner, documents, "round " + round));
        }
        System.out.printf(Locale.ROOT, "best: %.0f tokens/s (single thread, named-entity stage only)%n", best);
        if (unseen) {
            time(ner, heldOut, "unseen documents, one pass after the rounds");
        }
    }

    /** Runs the stage over the documents once and prints and returns tokens per second. */
    private static double time(AnalysisEngine ner, List<JCas> documents, String label)
        throws Exception
    {
        long tokens = 0;
        for (JCas jcas : documents) {
            jcas.removeAllIncludingSubtypes(NamedEntity.type);
            jcas.removeAllIncludingSubtypes(TimeExpression.type);
            tokens += JCasUtil.select(jcas, Token.class).size();
        }
        long start = System.nanoTime();
        for (JCas jcas : documents) {
            ner.process(jcas);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = tokens / seconds;
        System.out.printf(Locale.ROOT, "%s: %d documents, %d tokens, %.3f s, %.0f tokens/s%n", label,
                documents.size(), tokens, seconds, rate);
        return rate;
    }
}
