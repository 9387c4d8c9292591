package org.isnad.event;

import java.util.List;

/**
 * A document as the event rules see it, with no CAS: its text, its sentences as
 * {@link EventWord}s, and the annotations of earlier stages (named entities, time expressions,
 * quotations), each sorted by begin offset. Earlier stages are optional: empty lists are fine.
 */
public record EventDocument(String text, List<List<EventWord>> sentences,
        List<EntityMention> entities, List<TimeMention> times, List<Span> quotations,
        String documentDate)
{
    /** A named entity: type PER/ORG/GPE/LOC/NORP and the canonical identifier (may be null). */
    public record EntityMention(int begin, int end, String type, String identifier)
    {
    }

    /** A time expression and its ISO 8601 value (may be null). */
    public record TimeMention(int begin, int end, String value)
    {
    }

    public record Span(int begin, int end)
    {
    }
}
