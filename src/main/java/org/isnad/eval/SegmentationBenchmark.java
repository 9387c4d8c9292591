package org.isnad.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.isnad.pipeline.IsnadPipeline;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Segmenter benchmark: {@code SegmentationBenchmark [--rounds N] FILE...} runs the segmenter
 * single-threaded over the given UTF-8 texts (e.g. the seeds, or a larger news corpus), first
 * warming the JVM with the same texts (at least 2 million words), then prints whitespace words
 * per second over N rounds.
 */
public final class SegmentationBenchmark
{
    /** Words segmented before timing starts, whatever the number of rounds. */
    private static final long WARM_UP_WORDS = 2_000_000;

    private SegmentationBenchmark()
    {
        // main only
    }

    public static void main(String[] args)
        throws Exception
    {
        int rounds = 20;
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
            }
            else {
                texts.add(Files.readString(Path.of(args[i]), StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) {
            System.err.println("usage: SegmentationBenchmark [--rounds N] FILE...");
            System.exit(2);
        }
        long words = 0;
        for (String t : texts) {
            words += t.split("\\s+").length;
        }
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(IsnadPipeline.createSegmenter());
        JCas jcas = JCasFactory.createJCas();
        long tokens = 0;
        // warm up until the JIT has compiled the hot paths: at least a quarter of the rounds
        // and at least WARM_UP_WORDS words (small inputs such as the seeds need many rounds)
        long warmWords = 0;
        for (int warm = 0; warm < Math.max(3, rounds / 4) || warmWords < WARM_UP_WORDS; warm++) {
            tokens = run(engine, jcas, texts);
            warmWords += words;
        }
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            run(engine, jcas, texts);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT,
                "%d rounds x %d words (%d tokens): %.2f s, %.0f words/s single thread%n", rounds,
                words, tokens, seconds, rounds * words / seconds);
    }

    private static long run(AnalysisEngine engine, JCas jcas, List<String> texts)
        throws Exception
    {
        long tokens = 0;
        for (String text : texts) {
            jcas.reset();
            jcas.setDocumentText(text);
            jcas.setDocumentLanguage("ar");
            engine.process(jcas);
            tokens += JCasUtil.select(jcas, Token.class).size();
        }
        return tokens;
    }
}
