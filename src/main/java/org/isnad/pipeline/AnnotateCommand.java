package org.isnad.pipeline;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code isnad annotate}: runs the whole pipeline over .txt files and writes the outputs. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Annotate UTF-8 .txt files (or directories of them, recursively).")
public class AnnotateCommand
    implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = { "-o", "--output" }, paramLabel = "DIR", defaultValue = "isnad-out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = OutputFormat.DEFAULT_FORMATS,
            description = "Comma-separated output formats (default: ${DEFAULT-VALUE}): "
                    + "xmi, tsv, conllu, quotes, events, html.")
    String format;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Worker threads, one engine each (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Document date for relative time expressions (أمس, الخميس الماضي) "
                    + "in documents without a dateline.")
    String date;

    @Option(names = { "-q", "--quiet" }, description = "No progress bar.")
    boolean quiet;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "UTF-8 .txt files or directories searched recursively for *.txt.")
    List<Path> inputs;

    private static List<String> documentIds(List<InputDocument> documents)
    {
        return documents.stream().map(InputDocument::outputStem).toList();
    }

    @Override
    public Integer call() throws Exception
    {
        PrintWriter out = spec.commandLine().getOut();
        PrintStream err = new PrintStream(new WriterOutputStream(spec.commandLine().getErr()), true,
                java.nio.charset.StandardCharsets.UTF_8);
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        Set<OutputFormat> formats = OutputFormat.parseList(format);
        List<InputDocument> documents = InputCollector.collect(inputs);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("No .txt files found in " + inputs);
        }
        List<RunOutput> runOutputs = new ArrayList<>();
        if (formats.contains(OutputFormat.XMI) || formats.contains(OutputFormat.TSV)) {
            // Files to import into INCEpTION before the XMI or TSV documents
            runOutputs.add(new InceptionProjectOutput());
        }
        if (formats.contains(OutputFormat.QUOTES)) {
            runOutputs.add(new TsvTableOutput(new org.isnad.quote.QuotationTable(),
                    org.isnad.quote.QuotationTable.FILE_NAME, documentIds(documents)));
        }
        if (formats.contains(OutputFormat.HTML)) {
            runOutputs.add(new org.isnad.report.HtmlReport());
        }
        if (formats.contains(OutputFormat.EVENTS)) {
            runOutputs.add(new TsvTableOutput(new org.isnad.event.EventTable(),
                    org.isnad.event.EventTable.FILE_NAME, documentIds(documents)));
        }
        org.apache.uima.analysis_engine.AnalysisEngineDescription pipeline = IsnadPipeline.createAggregate();
        if (date != null) {
            try {
                java.time.LocalDate.parse(date);
            }
            catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("--date must be YYYY-MM-DD, not " + date);
            }
            IsnadPipeline.withDocumentDate(pipeline, date);
        }
        AnnotationRunner runner = new AnnotationRunner(pipeline, output,
                formats, runOutputs, threads, err, !quiet);
        AnnotationRunner.Summary summary = runner.run(documents);
        for (String failure : summary.failures()) {
            err.println("Failed: " + failure);
        }
        out.println(summary.line());
        out.flush();
        return summary.failed() == 0 ? IsnadCli.EXIT_OK : IsnadCli.EXIT_FAILURES;
    }
}
