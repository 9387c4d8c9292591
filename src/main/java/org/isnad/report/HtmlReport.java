package org.isnad.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.uima.jcas.JCas;
import org.isnad.pipeline.AtomicFiles;
import org.isnad.pipeline.InputDocument;
import org.isnad.pipeline.RunOutput;
import org.isnad.report.ReportData.Failure;

/**
 * {@code report.html}: the analyst report of a run. Worker threads hand in each finished CAS,
 * which is reduced at once to a {@link DocumentReport} (the CAS is reused afterwards); at the end
 * the documents are put in document order, the run-level views are computed
 * ({@link ReportBuilder}) and the page is rendered ({@link ReportRenderer}).
 */
public class HtmlReport
    implements RunOutput
{
    /** Name of the report file in the output folder. */
    public static final String FILE_NAME = "report.html";

    private static final Comparator<InputDocument> DOCUMENT_ORDER = Comparator
            .comparing(InputDocument::relativePath).thenComparing(d -> d.file().toString());

    private final Map<InputDocument, DocumentReport> collected = new ConcurrentHashMap<>();
    private final Map<InputDocument, String> failures = new ConcurrentHashMap<>();
    private final ReportRenderer renderer;

    public HtmlReport()
    {
        this(new ReportRenderer());
    }

    public HtmlReport(ReportRenderer renderer)
    {
        this.renderer = renderer;
    }

    @Override
    public void collect(JCas jcas, InputDocument document)
    {
        collected.put(document, CasReportExtractor.extract(jcas, document.relativePath()));
    }

    @Override
    public void failed(InputDocument document, String reason)
    {
        // a document can fail after it was collected (e.g. when its files cannot be published)
        collected.remove(document);
        failures.put(document, reason);
    }

    /** The report of everything collected so far, in document order. */
    public ReportData data()
    {
        List<InputDocument> done = new ArrayList<>(collected.keySet());
        done.sort(DOCUMENT_ORDER);
        List<DocumentReport> documents = new ArrayList<>();
        for (InputDocument document : done) {
            documents.add(collected.get(document));
        }
        List<InputDocument> failed = new ArrayList<>(failures.keySet());
        failed.sort(DOCUMENT_ORDER);
        List<Failure> failureRows = new ArrayList<>();
        for (InputDocument document : failed) {
            failureRows.add(new Failure(document.relativePath(), failures.get(document)));
        }
        return ReportBuilder.build(documents, failureRows);
    }

    @Override
    public void write(Path outputDirectory) throws IOException
    {
        ReportData data = data();
        AtomicFiles.write(outputDirectory.resolve(FILE_NAME), out -> renderer.render(data, out));
    }
}
