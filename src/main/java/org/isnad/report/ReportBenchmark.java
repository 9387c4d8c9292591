package org.isnad.report;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.isnad.pipeline.DocumentTextReader;
import org.isnad.pipeline.InputCollector;
import org.isnad.pipeline.InputDocument;
import org.isnad.pipeline.IsnadPipeline;

/**
 * Measures the analyst report apart from the annotation: annotates the input documents once,
 * hands each CAS to {@link HtmlReport} {@code copies} times under distinct names (as a run over
 * that many documents would), then writes {@code report.html}. Prints the time spent collecting,
 * the time to build and write the page, and its size.
 *
 * <pre>
 * java -cp target/isnad.jar org.isnad.report.ReportBenchmark OUT_DIR COPIES INPUT...
 * </pre>
 */
public final class ReportBenchmark
{
    private ReportBenchmark()
    {
        // main class
    }

    public static void main(String[] args) throws Exception
    {
        if (args.length < 3) {
            System.err.println("usage: ReportBenchmark OUT_DIR COPIES INPUT...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int copies = Integer.parseInt(args[1]);
        List<Path> inputs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            inputs.add(Path.of(args[i]));
        }
        run(out, copies, InputCollector.collect(inputs), System.out);
    }

    static void run(Path out, int copies, List<InputDocument> documents, PrintStream log)
        throws Exception
    {
        AnalysisEngine engine = UIMAFramework
                .produceAnalysisEngine(IsnadPipeline.createAggregate());
        JCas jcas = JCasFactory.createJCas();
        HtmlReport report = new HtmlReport();
        long collectNanos = 0;
        for (InputDocument document : documents) {
            jcas.reset();
            jcas.setDocumentText(DocumentTextReader.read(document.file()));
            jcas.setDocumentLanguage("ar");
            engine.process(jcas);
            long start = System.nanoTime();
            for (int copy = 0; copy < copies; copy++) {
                String name = String.format(Locale.ROOT, "copy%04d/%s", copy,
                        document.relativePath());
                report.collect(jcas, new InputDocument(document.file(), document.baseDirectory(),
                        name));
            }
            collectNanos += System.nanoTime() - start;
        }
        engine.destroy();
        long start = System.nanoTime();
        report.write(out);
        long writeNanos = System.nanoTime() - start;
        Path file = out.resolve(HtmlReport.FILE_NAME);
        log.printf(Locale.ROOT,
                "%d documents: collect %.2f s, build and write %.2f s, %s = %.1f MB%n",
                documents.size() * copies, collectNanos / 1e9, writeNanos / 1e9, file,
                Files.size(file) / 1e6);
    }
}
