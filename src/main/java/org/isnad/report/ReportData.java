package org.isnad.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The whole analyst report of a run, as plain data: the documents with their spans and the
 * run-level views computed from them (speakers, events grouped by eventId, actors and the edges
 * between them). It is embedded in the page as JSON and rendered there.
 */
public record ReportData(Summary summary, List<String> categories, List<Failure> failures,
        List<Speaker> speakers, List<EventGroup> events, List<Actor> actors,
        List<ActorEdge> edges, List<DocumentReport> documents)
{
    public ReportData
    {
        categories = List.copyOf(categories);
        failures = List.copyOf(failures);
        speakers = List.copyOf(speakers);
        events = List.copyOf(events);
        actors = List.copyOf(actors);
        edges = List.copyOf(edges);
        documents = List.copyOf(documents);
    }

    /** Counts over the run. {@code eventMentions} counts Event annotations, {@code events} groups. */
    public record Summary(int documents, int failed, long tokens, int entities, int quotations,
            int eventMentions, int events, int speakers, int actors) {}

    /** A document that could not be annotated, and why. */
    public record Failure(String document, String reason) {}

    /** Points at one quotation or event mention: document index and index in its list. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public record Ref(int document, int index) {}

    /**
     * One speaker: all quotations whose speaker has the same key.
     *
     * @param name
     *            the most frequent canonical name, or null for quotations without a speaker
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Speaker(String key, String name, int quotations, int direct, int indirect,
            int mixed, int documents, List<Ref> quotes)
    {
        public Speaker
        {
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * One real-world event: the event mentions that share an eventId.
     *
     * @param date
     *            ISO 8601 date of the event, or null
     * @param dateSource
     *            {@code time} (a time argument), {@code document} (the document date) or null
     * @param trigger
     *            the trigger text of the first mention
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventGroup(String id, String date, String dateSource, String category,
            List<String> modes, List<String> modalities, List<String> sources,
            List<String> targets, List<String> participants, List<String> places,
            String trigger, List<Ref> mentions)
    {
        public EventGroup
        {
            modes = List.copyOf(modes);
            modalities = List.copyOf(modalities);
            sources = List.copyOf(sources);
            targets = List.copyOf(targets);
            participants = List.copyOf(participants);
            places = List.copyOf(places);
            mentions = List.copyOf(mentions);
        }
    }

    /**
     * An actor: an event argument, by key.
     *
     * @param name
     *            the most frequent mention text
     * @param type
     *            the entity type, or null when the argument is not a named entity
     * @param events
     *            number of events the actor takes part in
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Actor(String key, String name, String type, int events) {}

    /** Source → target, weighted by the number of events (not mentions) between them. */
    public record ActorEdge(String source, String target, int events, List<String> categories)
    {
        public ActorEdge
        {
            categories = List.copyOf(categories);
        }
    }
}
