package org.isnad.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.isnad.pipeline.CasTable;
import org.isnad.ner.DocumentDate;
import org.isnad.pipeline.DocumentTextReader;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import scala.Tuple2;

/**
 * Annotates the documents of one partition with an engine borrowed from
 * {@link ExecutorEngines}, and turns each document into table rows tagged with their table name.
 * A document that is too large, not valid UTF-8 or that makes the pipeline throw becomes an
 * {@code errors} row and a {@code documents} row with its status; the partition goes on.
 */
public class PartitionAnnotator
    implements FlatMapFunction<Iterator<SparkDocument>, Tuple2<String, Row>>, Serializable
{
    private static final long serialVersionUID = 1L;

    private final long maxChars;
    private final String xmiDirectory;

    /**
     * @param maxChars
     *            documents longer than this are skipped with a reason
     * @param xmiDirectory
     *            a Hadoop path (local, HDFS, S3 ...) for one XMI per document, or null
     */
    public PartitionAnnotator(long maxChars, String xmiDirectory)
    {
        this.maxChars = maxChars;
        this.xmiDirectory = xmiDirectory;
    }

    @Override
    public Iterator<Tuple2<String, Row>> call(Iterator<SparkDocument> documents) throws Exception
    {
        List<Tuple2<String, Row>> out = new ArrayList<>();
        if (!documents.hasNext()) {
            return out.iterator();
        }
        ExecutorEngines.Lease lease = ExecutorEngines.borrow();
        try {
            while (documents.hasNext()) {
                annotate(documents.next(), lease, out);
            }
        }
        finally {
            ExecutorEngines.giveBack(lease);
        }
        return out.iterator();
    }

    private void annotate(SparkDocument document, ExecutorEngines.Lease lease,
            List<Tuple2<String, Row>> out)
    {
        JCas jcas = lease.jcas();
        try {
            String text = document.text() != null ? document.text()
                    : document.bytes() != null ? DocumentTextReader.decode(document.bytes()) : null;
            if (text == null) {
                throw new IllegalArgumentException("no text");
            }
            if (text.length() > maxChars) {
                fail(document, "skipped: " + text.length() + " characters, above the limit of "
                        + maxChars + " (--max-chars)", "skipped", out);
                return;
            }
            jcas.reset();
            jcas.setDocumentText(text);
            jcas.setDocumentLanguage("ar");
            DocumentMetaData meta = DocumentMetaData.create(jcas);
            meta.setDocumentId(document.id());
            meta.setDocumentTitle(document.id());
            if (document.date() != null && !document.date().isBlank()) {
                DocumentDate.set(jcas, parseDate(document), DocumentDate.SOURCE_INPUT);
            }
            lease.engine().process(jcas);
            List<Tuple2<String, Row>> rows = new ArrayList<>();
            for (CasTable table : SparkTables.tables()) {
                for (Object[] row : table.rows(jcas, document.id())) {
                    rows.add(new Tuple2<>(table.name(), RowFactory.create(row)));
                }
            }
            if (xmiDirectory != null) {
                writeXmi(lease, jcas, document.id());
            }
            out.addAll(rows);
            out.add(new Tuple2<>(SparkTables.DOCUMENTS,
                    RowFactory.create(document.id(), JCasUtil.select(jcas, Token.class).size(),
                            JCasUtil.select(jcas, Sentence.class).size(), "ok")));
        }
        catch (Exception | StackOverflowError | OutOfMemoryError e) {
            fail(document, describe(e), "failed", out);
        }
        finally {
            jcas.reset();
        }
    }

    private static void fail(SparkDocument document, String reason, String status,
            List<Tuple2<String, Row>> out)
    {
        out.add(new Tuple2<>(SparkTables.ERRORS, RowFactory.create(document.id(), reason)));
        out.add(new Tuple2<>(SparkTables.DOCUMENTS,
                RowFactory.create(document.id(), null, null, status)));
    }

    /** DKPro's XmiWriter writes locally; the file is then copied to the (Hadoop) target. */
    private void writeXmi(ExecutorEngines.Lease lease, JCas jcas, String id) throws Exception
    {
        lease.xmiWriter().process(jcas);
        Path local = lease.xmiStaging().resolve(id + ".xmi");
        try {
            org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(xmiDirectory,
                    id + ".xmi");
            FileSystem fs = target.getFileSystem(new Configuration());
            org.apache.hadoop.fs.Path temp = new org.apache.hadoop.fs.Path(target.getParent(),
                    "." + target.getName() + ".part");
            fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), temp);
            fs.delete(target, false);
            if (!fs.rename(temp, target)) {
                throw new IOException("Cannot rename " + temp + " to " + target);
            }
        }
        finally {
            Files.deleteIfExists(local);
        }
    }

    private static LocalDate parseDate(SparkDocument document)
    {
        String date = document.date().strip();
        try {
            // Parquet dates and timestamps arrive as text: keep the day
            return LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
        }
        catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date is not yyyy-MM-dd: " + date, e);
        }
    }

    static String describe(Throwable e)
    {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName()
                : message;
    }
}
