package org.isnad.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.isnad.pipeline.IsnadPipeline;
import org.isnad.type.Quotation;
import org.isnad.type.QuotationRole;
import org.isnad.type.QuoteCue;
import org.isnad.type.QuoteSource;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Quotation-stage benchmark: {@code QuotationBenchmark [--rounds N] FILE|DIR...}. The texts
 * ({@code *.txt}, directories searched recursively) are segmented and their named entities found
 * once; then the quotation annotator alone runs single-threaded over those CASes, first to warm
 * the JVM, then N timed rounds (its annotations are removed between rounds). Prints Tokens per
 * second of the quotation stage.
 */
public final class QuotationBenchmark
{
    private QuotationBenchmark()
    {
        // main only
    }

    public static void main(String[] args) throws Exception
    {
        int rounds = 20;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
            }
            else {
                Path path = Path.of(args[i]);
                if (Files.isDirectory(path)) {
                    try (Stream<Path> walk = Files.walk(path)) {
                        walk.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
                    }
                }
                else {
                    files.add(path);
                }
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: QuotationBenchmark [--rounds N] FILE|DIR...");
            System.exit(2);
        }
        AnalysisEngine before = AnalysisEngineFactory.createEngine(AnalysisEngineFactory
                .createEngineDescription(IsnadPipeline.createSegmenter(),
                        IsnadPipeline.createNamedEntityRecognizer()));
        List<JCas> cases = new ArrayList<>();
        long tokens = 0;
        for (Path file : files) {
            JCas jcas = JCasFactory.createJCas();
            jcas.setDocumentText(Files.readString(file, StandardCharsets.UTF_8));
            jcas.setDocumentLanguage("ar");
            before.process(jcas);
            tokens += JCasUtil.select(jcas, Token.class).size();
            cases.add(jcas);
        }
        AnalysisEngine quotes = AnalysisEngineFactory
                .createEngine(IsnadPipeline.createQuotationAnnotator());
        long quotations = 0;
        for (int warm = 0; warm < Math.max(3, rounds / 4); warm++) {
            quotations = run(quotes, cases);
        }
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            run(quotes, cases);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT,
                "quotation stage: %d documents, %d tokens, %d quotations, %d rounds, %.2f s, "
                        + "%.0f tokens/s (single thread)%n",
                cases.size(), tokens, quotations, rounds, seconds, tokens * rounds / seconds);
    }

    private static long run(AnalysisEngine engine, List<JCas> cases) throws Exception
    {
        long quotations = 0;
        for (JCas jcas : cases) {
            jcas.removeAllIncludingSubtypes(Quotation.type);
            jcas.removeAllIncludingSubtypes(QuoteSource.type);
            jcas.removeAllIncludingSubtypes(QuoteCue.type);
            jcas.removeAllIncludingSubtypes(QuotationRole.type);
            engine.process(jcas);
            quotations += JCasUtil.select(jcas, Quotation.class).size();
        }
        return quotations;
    }
}
