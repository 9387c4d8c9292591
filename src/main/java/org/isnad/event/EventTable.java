package org.isnad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.isnad.pipeline.CasTable;
import org.isnad.type.Event;
import org.isnad.type.EventRole;
import org.isnad.type.TimeExpression;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/**
 * The who-did-what-to-whom table: one row per {@link Event}, columns {@value #HEADER_TEXT}.
 * {@code document} is the document id (the input's path relative to its input folder, without
 * {@code .txt}); several actors in one role are joined with {@code "; "}; the time is the ISO
 * value of the time expression (its text when it has none). {@code annotate --format events}
 * writes it as {@code events.tsv} (with {@link org.isnad.pipeline.TsvTableOutput}'s RFC 4180
 * quoting); the Spark application as its {@code events} table.
 */
public class EventTable
    implements CasTable
{
    public static final String FILE_NAME = "events.tsv";
    static final String HEADER_TEXT = "document, begin, end, category, mode, modality, source, "
            + "target, time, place, eventId, sentence";

    private static final List<Column> COLUMNS = List.of(
            new Column("document", ColumnType.STRING), new Column("begin", ColumnType.INT),
            new Column("end", ColumnType.INT), new Column("category", ColumnType.STRING),
            new Column("mode", ColumnType.STRING), new Column("modality", ColumnType.STRING),
            new Column("source", ColumnType.STRING), new Column("target", ColumnType.STRING),
            new Column("time", ColumnType.STRING), new Column("place", ColumnType.STRING),
            new Column("eventId", ColumnType.STRING), new Column("sentence", ColumnType.STRING));

    @Override
    public String name()
    {
        return "events";
    }

    @Override
    public List<Column> columns()
    {
        return COLUMNS;
    }

    @Override
    public List<Object[]> rows(JCas jcas, String document)
    {
        List<Object[]> rows = new ArrayList<>();
        Map<Event, List<Sentence>> sentences = JCasUtil.indexCovering(jcas, Event.class,
                Sentence.class);
        for (Event event : JCasUtil.select(jcas, Event.class)) {
            List<String> sources = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            String time = null;
            String place = null;
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
            List<Sentence> covering = sentences.getOrDefault(event, List.of());
            String sentence = covering.isEmpty() ? null : covering.get(0).getCoveredText();
            rows.add(new Object[] { document, event.getBegin(), event.getEnd(),
                    event.getCategory(), event.getMode(), event.getModality(),
                    sources.isEmpty() ? null : String.join("; ", sources),
                    targets.isEmpty() ? null : String.join("; ", targets), time, place,
                    event.getEventId(), sentence });
        }
        return rows;
    }
}
