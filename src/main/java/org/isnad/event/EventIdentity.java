package org.isnad.event;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;

import org.isnad.morph.ArabicNormalizer;

/**
 * Assigns {@link EventMention#eventId()}s, deterministically from one document alone, so that
 * mentions of one real-world event share an id within a document and across the documents of a
 * run without any global pass.
 *
 * <p><b>Within a document</b>, mentions are clustered in text order. A mention joins the most
 * recent cluster of the same category whose time is compatible (equal buckets, or one unknown)
 * and whose actors are compatible: for the mutual categories CONSULT, AGREE and COOPERATE the
 * actor sets (sources and targets together) are equal or one contains the other; for the
 * others sources and targets are compared apart in the same way. A mention with no actor at all
 * joins the most recent cluster of its category in the same or the previous sentence; otherwise it
 * starts a cluster of its own.
 *
 * <p><b>The id</b> of a cluster is {@code CATEGORY-xxxxxxxx}, a CRC-32 of the blocking key
 * {@code category | time bucket | sorted actor keys}. Actor keys are NamedEntity identifiers
 * where the actor is an entity, else {@link ActorKeys} skeletons. The time bucket is the ISO
 * weekday for a day (from a full date, an ISO week date or a weekday word: a report that says
 * only الخميس meets one that gives 2020-08-20), the value itself for a month or a year, and empty
 * when unknown. Only clusters that are identified well enough get a cross-document key: two
 * actors or more, or one actor and a time. Others get a document-local key that adds the text of
 * the sentence of their first mention, so that unrelated actorless events of different documents
 * never share an id.
 */
public final class EventIdentity
{
    private static final Set<String> MUTUAL = Set.of("CONSULT", "AGREE", "COOPERATE");

    private EventIdentity()
    {
        // static utility
    }

    private static final class Cluster
    {
        final String category;
        final Set<String> sources = new TreeSet<>();
        final Set<String> targets = new TreeSet<>();
        String bucket = "";
        int lastSentence;
        final EventMention first;
        final List<EventMention> members = new ArrayList<>();

        Cluster(EventMention first)
        {
            this.category = first.category();
            this.first = first;
        }

        Set<String> all()
        {
            Set<String> all = new TreeSet<>(sources);
            all.addAll(targets);
            return all;
        }
    }

    public static void assign(EventDocument doc, List<EventMention> mentions)
    {
        List<Cluster> clusters = new ArrayList<>();
        for (EventMention m : mentions) {
            Set<String> sources = keys(m, EventMention.SOURCE);
            Set<String> targets = keys(m, EventMention.TARGET);
            String bucket = bucket(m.timeValue());
            Cluster join = null;
            for (int c = clusters.size() - 1; c >= 0 && join == null; c--) {
                Cluster cluster = clusters.get(c);
                if (!cluster.category.equals(m.category())) {
                    continue;
                }
                boolean timeOk = bucket.isEmpty() || cluster.bucket.isEmpty()
                        || bucket.equals(cluster.bucket);
                if (!timeOk) {
                    continue;
                }
                if (sources.isEmpty() && targets.isEmpty()) {
                    if (m.sentence() - cluster.lastSentence <= 1) {
                        join = cluster;
                    }
                    break;
                }
                boolean actorsOk;
                if (MUTUAL.contains(m.category())) {
                    Set<String> all = new TreeSet<>(sources);
                    all.addAll(targets);
                    actorsOk = nested(all, cluster.all()) && !cluster.all().isEmpty();
                }
                else {
                    actorsOk = nested(sources, cluster.sources) && nested(targets, cluster.targets)
                            && !(cluster.sources.isEmpty() && cluster.targets.isEmpty());
                }
                if (actorsOk) {
                    join = cluster;
                }
            }
            if (join == null) {
                join = new Cluster(m);
                clusters.add(join);
            }
            join.sources.addAll(sources);
            join.targets.addAll(targets);
            if (join.bucket.isEmpty()) {
                join.bucket = bucket;
            }
            join.lastSentence = m.sentence();
            join.members.add(m);
        }
        for (Cluster cluster : clusters) {
            Set<String> actors = MUTUAL.contains(cluster.category) ? cluster.all() : null;
            String actorPart = actors != null ? String.join("+", actors)
                    : String.join("+", cluster.sources) + ">" + String.join("+", cluster.targets);
            int actorCount = cluster.all().size();
            String key = cluster.category + "|" + cluster.bucket + "|" + actorPart;
            if (actorCount < 2 && (actorCount == 0 || cluster.bucket.isEmpty())) {
                key = key + "|" + sentenceText(doc, cluster.first);
            }
            String id = cluster.category + "-" + crc(key);
            for (EventMention m : cluster.members) {
                m.setEventId(id);
            }
        }
    }

    private static boolean nested(Set<String> a, Set<String> b)
    {
        return a.isEmpty() || b.isEmpty() || a.containsAll(b) || b.containsAll(a);
    }

    private static Set<String> keys(EventMention m, String role)
    {
        Set<String> keys = new TreeSet<>();
        for (EventMention.Argument a : m.arguments(role)) {
            if (a.key() != null && !a.key().isEmpty()) {
                keys.add(a.key());
            }
        }
        return keys;
    }

    /** The time bucket of an ISO value (see the class comment). */
    static String bucket(String value)
    {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.startsWith("WEEKDAY-")) {
            return "D" + value.substring("WEEKDAY-".length());
        }
        int w = value.indexOf("-W");
        if (w >= 0 && value.length() >= w + 5 && value.charAt(w + 4) == '-') {
            char day = value.charAt(w + 5);
            return Character.isDigit(day) ? "D" + day : "";
        }
        if (value.length() >= 10 && Character.isDigit(value.charAt(0))) {
            try {
                return "D" + LocalDate.parse(value.substring(0, 10)).getDayOfWeek().getValue();
            }
            catch (DateTimeParseException e) {
                return "";
            }
        }
        if (value.matches("\\d{4}(-\\d{2})?")) {
            return value;
        }
        return "";
    }

    private static String sentenceText(EventDocument doc, EventMention m)
    {
        List<EventWord> words = doc.sentences().get(m.sentence());
        if (words.isEmpty()) {
            return "";
        }
        return ArabicNormalizer.normalize(doc.text().substring(words.get(0).begin(),
                words.get(words.size() - 1).end()));
    }

    static String crc(String key)
    {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
