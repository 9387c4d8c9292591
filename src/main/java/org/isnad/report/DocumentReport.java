package org.isnad.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What the report shows of one document: its text and the spans to highlight, with offsets into
 * that text (UTF-16 code units, as in the CAS and in JavaScript strings). The spans are written
 * to JSON as arrays in the order of their components ({@code [begin, end, type, id]} for an
 * entity), which keeps the page of a 1,000-document run well under 20 MB.
 *
 * @param name
 *            the document's path relative to its input folder
 * @param date
 *            the document date (ISO 8601) or null, see {@link CasReportExtractor}
 * @param tokens
 *            number of tokens
 * @param text
 *            the document text
 */
public record DocumentReport(String name, String date, int tokens, String text,
        List<EntitySpan> entities, List<TimeSpan> times, List<QuoteSpan> quotes,
        List<EventSpan> events)
{
    public DocumentReport
    {
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
    }

    /** A plain span, such as the source mention or the cue of a quotation. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({ "begin", "end" })
    public record Span(int begin, int end) {}

    /** A named entity: DKPro NamedEntity value (PER, ORG, ...) and identifier. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({ "begin", "end", "type", "id" })
    public record EntitySpan(int begin, int end, String type, String id) {}

    /** A time expression with its ISO 8601 value (null when unresolved). */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({ "begin", "end", "value" })
    public record TimeSpan(int begin, int end, String value) {}

    /**
     * A quotation.
     *
     * @param kind
     *            direct, indirect or mixed
     * @param speaker
     *            the speaker's canonical name, or null when unknown
     * @param speakerKey
     *            the key the speakers table groups by (the entity identifier where there is one)
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({ "begin", "end", "kind", "speaker", "speakerKey", "sources", "cues" })
    public record QuoteSpan(int begin, int end, String kind, String speaker, String speakerKey,
            List<Span> sources, List<Span> cues)
    {
        public QuoteSpan
        {
            sources = List.copyOf(sources);
            cues = List.copyOf(cues);
        }
    }

    /** An event mention: the trigger span with its PLOVER category and arguments. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({ "begin", "end", "category", "mode", "modality", "eventId", "arguments" })
    public record EventSpan(int begin, int end, String category, String mode, String modality,
            String eventId, List<ArgumentSpan> arguments)
    {
        public EventSpan
        {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * An event argument.
     *
     * @param role
     *            source, target, participant, time or place
     * @param key
     *            the actor key: the entity identifier, else {@code text:} and the covered text
     * @param type
     *            the entity type when the argument is a named entity
     * @param value
     *            the ISO value when the argument is a time expression
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({ "role", "begin", "end", "key", "type", "value" })
    public record ArgumentSpan(String role, int begin, int end, String key, String type,
            String value) {}
}
