package org.isnad.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.uima.jcas.JCas;

/**
 * Writes a {@link CasTable} for the whole run as one UTF-8 TSV file with a header line. Rows
 * come in document order (the order of the run's inputs), then text order, whatever the number of
 * threads.
 *
 * <p>Quoting follows RFC 4180 with TAB as the separator, as Python's {@code csv} module, pandas
 * ({@code read_csv(sep="\t")}), Spark and spreadsheets read it: a field that contains a TAB, a line
 * break or a double quote is enclosed in double quotes, and its double quotes are doubled. Null is
 * an empty field.
 */
public class TsvTableOutput
    implements RunOutput
{
    private final CasTable table;
    private final String fileName;
    private final Map<String, List<Object[]>> rowsByDocument = new ConcurrentHashMap<>();
    private final List<String> order;

    /**
     * @param documentOrder
     *            the output stems of the run's documents, in input order
     */
    public TsvTableOutput(CasTable table, String fileName, List<String> documentOrder)
    {
        this.table = table;
        this.fileName = fileName;
        this.order = List.copyOf(documentOrder);
    }

    @Override
    public void collect(JCas jcas, InputDocument document)
    {
        rowsByDocument.put(document.outputStem(), table.rows(jcas, document.outputStem()));
    }

    @Override
    public void write(Path outputDirectory) throws IOException
    {
        AtomicFiles.write(outputDirectory.resolve(fileName), out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            List<String> header = new ArrayList<>();
            for (CasTable.Column column : table.columns()) {
                header.add(column.name());
            }
            writeLine(writer, header.toArray());
            for (String document : order) {
                for (Object[] row : rowsByDocument.getOrDefault(document, List.of())) {
                    writeLine(writer, row);
                }
            }
            writer.flush();
        });
    }

    private static void writeLine(Writer writer, Object[] fields) throws IOException
    {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                writer.write('\t');
            }
            writer.write(quote(fields[i]));
        }
        writer.write('\n');
    }

    /** RFC 4180 quoting with TAB as separator. */
    public static String quote(Object value)
    {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        boolean needsQuotes = false;
        for (int i = 0; i < text.length() && !needsQuotes; i++) {
            char c = text.charAt(i);
            needsQuotes = c == '\t' || c == '\n' || c == '\r' || c == '"';
        }
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
