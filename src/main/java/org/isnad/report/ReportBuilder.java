package org.isnad.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.isnad.report.DocumentReport.ArgumentSpan;
import org.isnad.report.DocumentReport.EventSpan;
import org.isnad.report.DocumentReport.QuoteSpan;
import org.isnad.report.ReportData.Actor;
import org.isnad.report.ReportData.ActorEdge;
import org.isnad.report.ReportData.EventGroup;
import org.isnad.report.ReportData.Failure;
import org.isnad.report.ReportData.Ref;
import org.isnad.report.ReportData.Speaker;
import org.isnad.report.ReportData.Summary;

/**
 * Computes the run-level views of the report from the documents, in document order, so that the
 * result depends only on the documents and never on the order in which threads finished them.
 * <ul>
 * <li><b>Speakers</b> group quotations by {@link QuoteSpan#speakerKey()}; quotations without a
 * speaker form one group with the key {@value #UNKNOWN_SPEAKER} and no name.</li>
 * <li><b>Events</b> group event mentions by eventId (a mention without one is an event of its
 * own). An event's date is the value of the first time argument of its mentions, else the date of
 * the first mention's document that has one.</li>
 * <li><b>Actor edges</b> join every source to every target of an event; the weight is the number
 * of events, so two reports of one meeting count once.</li>
 * </ul>
 */
public final class ReportBuilder
{
    /** The speaker key of quotations whose speaker is not known. */
    public static final String UNKNOWN_SPEAKER = "?";

    /** The 16 PLOVER event categories, in the order of the legend. */
    public static final List<String> PLOVER_CATEGORIES = List.of("AGREE", "CONSULT", "SUPPORT",
            "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
            "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    private ReportBuilder()
    {
        // static utility
    }

    public static ReportData build(List<DocumentReport> documents, List<Failure> failures)
    {
        List<Speaker> speakers = speakers(documents);
        Map<String, ActorStats> actorStats = new HashMap<>();
        List<EventGroup> events = events(documents, actorStats);
        List<Actor> actors = actors(actorStats);
        List<ActorEdge> edges = edges(events);

        long tokens = 0;
        int entities = 0;
        int quotations = 0;
        int mentions = 0;
        for (DocumentReport document : documents) {
            tokens += document.tokens();
            entities += document.entities().size();
            quotations += document.quotes().size();
            mentions += document.events().size();
        }
        Summary summary = new Summary(documents.size() + failures.size(), failures.size(), tokens,
                entities, quotations, mentions, events.size(), speakers.size(), actors.size());
        return new ReportData(summary, PLOVER_CATEGORIES, failures, speakers, events, actors,
                edges, documents);
    }

    private static List<Speaker> speakers(List<DocumentReport> documents)
    {
        Map<String, SpeakerStats> byKey = new LinkedHashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            List<QuoteSpan> quotes = documents.get(d).quotes();
            for (int q = 0; q < quotes.size(); q++) {
                QuoteSpan quote = quotes.get(q);
                String key = quote.speakerKey() != null ? quote.speakerKey() : UNKNOWN_SPEAKER;
                SpeakerStats stats = byKey.computeIfAbsent(key, k -> new SpeakerStats());
                stats.names.add(quote.speaker());
                stats.documents.add(d);
                stats.quotes.add(new Ref(d, q));
                String kind = quote.kind() == null ? "" : quote.kind();
                switch (kind) {
                case "direct" -> stats.direct++;
                case "indirect" -> stats.indirect++;
                case "mixed" -> stats.mixed++;
                default -> {
                    // an unknown kind is still counted in the total
                }
                }
            }
        }
        List<Speaker> speakers = new ArrayList<>();
        byKey.forEach((key, stats) -> speakers.add(new Speaker(key,
                UNKNOWN_SPEAKER.equals(key) ? null : stats.names.mostFrequent(), stats.quotes.size(),
                stats.direct, stats.indirect, stats.mixed, stats.documents.size(), stats.quotes)));
        speakers.sort(Comparator.comparingInt(Speaker::quotations).reversed()
                .thenComparing(Speaker::name, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Speaker::key));
        return speakers;
    }

    private static List<EventGroup> events(List<DocumentReport> documents,
            Map<String, ActorStats> actorStats)
    {
        Map<String, EventStats> byId = new LinkedHashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            DocumentReport document = documents.get(d);
            List<EventSpan> events = document.events();
            for (int e = 0; e < events.size(); e++) {
                EventSpan event = events.get(e);
                String id = event.eventId() != null && !event.eventId().isBlank() ? event.eventId()
                        : "mention:" + d + ":" + event.begin();
                EventStats stats = byId.computeIfAbsent(id, k -> new EventStats());
                stats.mentions.add(new Ref(d, e));
                if (stats.trigger == null) {
                    stats.trigger = text(document, event.begin(), event.end());
                }
                stats.categories.add(event.category());
                addIfPresent(stats.modes, event.mode());
                addIfPresent(stats.modalities, event.modality());
                if (stats.documentDate == null) {
                    stats.documentDate = document.date();
                }
                for (ArgumentSpan argument : event.arguments()) {
                    String role = argument.role() == null ? "" : argument.role();
                    if ("time".equals(role)) {
                        if (stats.timeDate == null && argument.value() != null) {
                            stats.timeDate = argument.value();
                        }
                        continue;
                    }
                    Set<String> keys = switch (role) {
                    case "source" -> stats.sources;
                    case "target" -> stats.targets;
                    case "place" -> stats.places;
                    default -> stats.participants;
                    };
                    if (argument.key() == null) {
                        continue;
                    }
                    keys.add(argument.key());
                    ActorStats actor = actorStats.computeIfAbsent(argument.key(),
                            k -> new ActorStats());
                    actor.names.add(text(document, argument.begin(), argument.end()));
                    actor.types.add(argument.type());
                    actor.events.add(id);
                }
            }
        }
        List<EventGroup> groups = new ArrayList<>();
        byId.forEach((id, stats) -> {
            String date = stats.timeDate != null ? stats.timeDate : stats.documentDate;
            String dateSource = stats.timeDate != null ? "time"
                    : stats.documentDate != null ? "document" : null;
            groups.add(new EventGroup(id, date, dateSource, stats.categories.mostFrequent(),
                    List.copyOf(stats.modes), List.copyOf(stats.modalities),
                    List.copyOf(stats.sources), List.copyOf(stats.targets),
                    List.copyOf(stats.participants), List.copyOf(stats.places), stats.trigger,
                    stats.mentions));
        });
        groups.sort(Comparator.comparing(EventGroup::date,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(EventGroup::id));
        return groups;
    }

    private static List<Actor> actors(Map<String, ActorStats> actorStats)
    {
        List<Actor> actors = new ArrayList<>();
        actorStats.forEach((key, stats) -> actors.add(new Actor(key, stats.names.mostFrequent(),
                stats.types.mostFrequent(), stats.events.size())));
        actors.sort(Comparator.comparingInt(Actor::events).reversed().thenComparing(Actor::key));
        return actors;
    }

    private static List<ActorEdge> edges(List<EventGroup> events)
    {
        Map<List<String>, Integer> weights = new HashMap<>();
        Map<List<String>, Set<String>> categories = new HashMap<>();
        for (EventGroup event : events) {
            for (String source : event.sources()) {
                for (String target : event.targets()) {
                    if (source.equals(target)) {
                        continue;
                    }
                    List<String> pair = List.of(source, target);
                    weights.merge(pair, 1, Integer::sum);
                    if (event.category() != null) {
                        categories.computeIfAbsent(pair, k -> new java.util.TreeSet<>())
                                .add(event.category());
                    }
                }
            }
        }
        List<ActorEdge> edges = new ArrayList<>();
        weights.forEach((pair, weight) -> edges.add(new ActorEdge(pair.get(0), pair.get(1),
                weight, List.copyOf(categories.getOrDefault(pair, Set.of())))));
        edges.sort(Comparator.comparingInt(ActorEdge::events).reversed()
                .thenComparing(ActorEdge::source).thenComparing(ActorEdge::target));
        return edges;
    }

    private static String text(DocumentReport document, int begin, int end)
    {
        String text = document.text();
        int b = Math.max(0, Math.min(begin, text.length()));
        int e = Math.max(b, Math.min(end, text.length()));
        return text.substring(b, e);
    }

    private static void addIfPresent(Set<String> values, String value)
    {
        if (value != null && !value.isBlank()) {
            values.add(value);
        }
    }

    /** Counts values; the most frequent wins, ties go to the smallest value. Nulls are ignored. */
    private static final class Tally
    {
        private final Map<String, Integer> counts = new TreeMap<>();

        void add(String value)
        {
            if (value != null && !value.isBlank()) {
                counts.merge(value, 1, Integer::sum);
            }
        }

        String mostFrequent()
        {
            String best = null;
            int bestCount = 0;
            for (Map.Entry<String, Integer> entry : counts.entrySet()) {
                if (entry.getValue() > bestCount) {
                    best = entry.getKey();
                    bestCount = entry.getValue();
                }
            }
            return best;
        }
    }

    private static final class SpeakerStats
    {
        final Tally names = new Tally();
        final Set<Integer> documents = new LinkedHashSet<>();
        final List<Ref> quotes = new ArrayList<>();
        int direct;
        int indirect;
        int mixed;
    }

    private static final class EventStats
    {
        final List<Ref> mentions = new ArrayList<>();
        final Tally categories = new Tally();
        final Set<String> modes = new LinkedHashSet<>();
        final Set<String> modalities = new LinkedHashSet<>();
        final Set<String> sources = new LinkedHashSet<>();
        final Set<String> targets = new LinkedHashSet<>();
        final Set<String> participants = new LinkedHashSet<>();
        final Set<String> places = new LinkedHashSet<>();
        String trigger;
        String timeDate;
        String documentDate;
    }

    private static final class ActorStats
    {
        final Tally names = new Tally();
        final Tally types = new Tally();
        final Set<String> events = new LinkedHashSet<>();
    }
}
