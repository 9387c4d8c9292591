package org.isnad.event;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.isnad.pipeline.AtomicFiles;
import org.isnad.pipeline.InputDocument;
import org.isnad.pipeline.RunOutput;
import org.isnad.type.Event;
import org.isnad.type.EventRole;
import org.isnad.type.TimeExpression;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/**
 * {@code events.tsv}, the who-did-what-to-whom table of a run: one row per {@link Event}, rows
 * in document order (documents by relative path, events by offset), a header line, columns
 * {@value #HEADER_TEXT}. Several actors in one role are joined with {@code "; "}; the time is
 * the ISO value of the time expression (its text when it has none). A field that contains a
 * tab, a line break or a double quote is written between double quotes with inner quotes
 * doubled (the quoting of RFC 4180, which spreadsheet programs and Python's csv module read).
 */
public class EventTable
    implements RunOutput
{
    public static final String FILE_NAME = "events.tsv";
    static final String HEADER_TEXT = "document, begin, end, category, mode, modality, source, "
            + "target, time, place, eventId, sentence";
    static final String[] HEADER = { "document", "begin", "end", "category", "mode", "modality",
            "source", "target", "time", "place", "eventId", "sentence" };

    private final ConcurrentHashMap<String, List<String[]>> rowsByDocument = new ConcurrentHashMap<>();

    @Override
    public void collect(JCas jcas, InputDocument document)
    {
        rowsByDocument.put(document.relativePath(), rows(jcas, document.relativePath()));
    }

    /** The rows of one document. */
    public static List<String[]> rows(JCas jcas, String documentName)
    {
        List<String[]> rows = new ArrayList<>();
        for (Event event : JCasUtil.select(jcas, Event.class)) {
            List<String> sources = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            String time = "";
            String place = "";
            if (event.getArguments() != null) {
                for (EventRole role : event.getArguments()) {
                    Annotation target = role.getTarget();
                    if (target == null) {
                        continue;
                    }
                    switch (String.valueOf(role.getRole())) {
                    case EventMention.SOURCE:
                        sources.add(target.getCoveredText());
                        break;
                    case EventMention.TARGET:
                        targets.add(target.getCoveredText());
                        break;
                    case EventMention.TIME:
                        time = target instanceof TimeExpression te && te.getValue() != null
                                ? te.getValue() : target.getCoveredText();
                        break;
                    case EventMention.PLACE:
                        place = target.getCoveredText();
                        break;
                    default:
                        break;
                    }
                }
            }
            String sentence = "";
            for (Sentence s : JCasUtil.selectCovering(jcas, Sentence.class, event)) {
                sentence = s.getCoveredText();
                break;
            }
            rows.add(new String[] { documentName, Integer.toString(event.getBegin()),
                    Integer.toString(event.getEnd()), event.getCategory(), event.getMode(),
                    event.getModality(), String.join("; ", sources), String.join("; ", targets),
                    time, place, event.getEventId(), sentence });
        }
        return rows;
    }

    @Override
    public void write(Path outputDirectory) throws IOException
    {
        List<String> documents = new ArrayList<>(rowsByDocument.keySet());
        documents.sort(Comparator.naturalOrder());
        AtomicFiles.write(outputDirectory.resolve(FILE_NAME), out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeRow(writer, HEADER);
            for (String document : documents) {
                for (String[] row : rowsByDocument.get(document)) {
                    writeRow(writer, row);
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

    static String quote(String field)
    {
        if (field == null) {
            return "";
        }
        boolean needs = false;
        for (int i = 0; i < field.length() && !needs; i++) {
            char c = field.charAt(i);
            needs = c == '\t' || c == '\n' || c == '\r' || c == '"';
        }
        return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
