package org.isnad.quote;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.isnad.pipeline.AtomicFiles;
import org.isnad.pipeline.InputDocument;
import org.isnad.pipeline.RunOutput;
import org.isnad.type.Quotation;
import org.isnad.type.QuotationRole;

/**
 * {@code quotes.tsv}: the who-said-what table of a run, one row per Quotation.
 *
 * <p>Columns: {@code document} (the input's path relative to its input folder), {@code begin},
 * {@code end} (UTF-16 offsets of the quotation in the document text), {@code kind} (direct,
 * indirect, mixed), {@code speaker}, {@code speakerId}, {@code cue} (the cue's text) and
 * {@code quotation} (the quoted text). A header line comes first; rows follow in document order
 * (documents sorted by path, quotations by offset), independent of the number of threads.
 *
 * <p>Quoting is RFC 4180 with TAB as delimiter (what spreadsheet programs, Python's {@code csv}
 * module with {@code delimiter='\t'} and R's {@code read.delim} expect): a field that contains a
 * TAB, a line break or a double quote is wrapped in double quotes, with each double quote inside
 * doubled; other fields are written as they are. An absent value (no speaker) is an empty field.
 * UTF-8, LF line ends.
 */
public class QuotesTable
    implements RunOutput
{
    /** The file name within the output folder. */
    public static final String FILE_NAME = "quotes.tsv";
    static final String[] HEADER = { "document", "begin", "end", "kind", "speaker", "speakerId",
            "cue", "quotation" };

    private final Map<String, List<String[]>> rowsByDocument = new TreeMap<>();

    @Override
    public void collect(JCas jcas, InputDocument document)
    {
        List<String[]> rows = rows(jcas, document.relativePath());
        synchronized (rowsByDocument) {
            rowsByDocument.put(document.relativePath(), rows);
        }
    }

    /** The rows of one document. */
    public static List<String[]> rows(JCas jcas, String documentName)
    {
        List<String[]> rows = new ArrayList<>();
        for (Quotation quotation : JCasUtil.select(jcas, Quotation.class)) {
            String cue = "";
            if (quotation.getRoles() != null) {
                for (QuotationRole role : quotation.getRoles()) {
                    if (QuotationAnnotator.ROLE_CUE.equals(role.getRole())
                            && role.getTarget() != null) {
                        cue = role.getTarget().getCoveredText();
                    }
                }
            }
            rows.add(new String[] { documentName, Integer.toString(quotation.getBegin()),
                    Integer.toString(quotation.getEnd()), nullToEmpty(quotation.getKind()),
                    nullToEmpty(quotation.getSpeaker()), nullToEmpty(quotation.getSpeakerId()),
                    cue, quotation.getCoveredText() });
        }
        return rows;
    }

    @Override
    public void write(Path outputDirectory) throws IOException
    {
        AtomicFiles.write(outputDirectory.resolve(FILE_NAME), out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeRow(writer, HEADER);
            synchronized (rowsByDocument) {
                for (List<String[]> rows : rowsByDocument.values()) {
                    for (String[] row : rows) {
                        writeRow(writer, row);
                    }
                }
            }
            writer.flush();
        });
    }

    static void writeRow(Writer writer, String[] fields) throws IOException
    {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                writer.write('\t');
            }
            writer.write(quote(fields[i]));
        }
        writer.write('\n');
    }

    /** RFC 4180 quoting of one field (see the class description). */
    public static String quote(String field)
    {
        if (field.indexOf('\t') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0
                && field.indexOf('"') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String nullToEmpty(String s)
    {
        return s == null ? "" : s;
    }
}
