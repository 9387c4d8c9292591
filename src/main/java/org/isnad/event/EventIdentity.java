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
 * recent cluster of the same category whose time is compatible and whose actors are compatible:
 * for the mutual categories CONSULT, AGREE and COOPERATE the actor sets (sources and targets
 * together) are equal or one contains the other; for the others sources and targets are compared
 * apart in the same way. A mention with no actor at all joins the nearest earlier cluster of its
 * category that has a mention of the same mode and a compatible time, at most
 * {@value #ACTORLESS_SENTENCES} sentences back (الاجتماع الموسع after the meeting it refers
 * to); otherwise it starts a cluster of its own.
 *
 * <p><b>Time</b>: a mention's time is a day (a full date, or a weekday word resolved against the
 * document date by the time expressions or {@link EventExtractor}), a weekday alone (no document
 * date), an ISO week date (read as its day), a month or a year. Two times are compatible when
 * either is unknown, when they are equal, when one is a day inside the other's month or year, or
 * when a day falls on the other's weekday. A cluster keeps its most specific time.
 *
 * <p><b>The id</b> of a cluster is {@code CATEGORY-xxxxxxxx}, a CRC-32 of the blocking key
 * {@code category | time | sorted actor keys}, so that mentions of one event in different
 * documents get the same id with no global pass. Actor keys are NamedEntity identifiers where the
 * actor is an entity, else {@link ActorKeys} skeletons. The time part is the full date when the
 * cluster has a day (dated documents: 2020-08-20 from a dateline, an explicit date or الخميس
 * resolved against the document date), the weekday (D1 to D7) when only a weekday is known, the
 * month or year when that is all, else empty. Only clusters that are identified well enough get a
 * cross-document key: two actors or more, or one actor and a time. Others get a document-local
 * key that adds the text of the sentence of their first mention, so that unrelated actorless
 * events of different documents never share an id. Known limits: a document without a date that
 * names only the weekday gets the weekday key and so does not meet a dated report of the same
 * event; two meetings of the same actors on the same weekday of different weeks in undated
 * documents share an id.
 */
public final class EventIdentity
{
    private static final Set<String> MUTUAL = Set.of("CONSULT", "AGREE", "COOPERATE");
    /** How many sentences back a mention without actors looks for its event. */
    static final int ACTORLESS_SENTENCES = 3;

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
        final Set<String> modes = new TreeSet<>();
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
            boolean actorless = sources.isEmpty() && targets.isEmpty();
            Cluster join = null;
            for (int c = clusters.size() - 1; c >= 0 && join == null; c--) {
                Cluster cluster = clusters.get(c);
                if (!cluster.category.equals(m.category()) || !compatible(bucket, cluster.bucket)) {
                    continue;
                }
                if (actorless) {
                    if (m.sentence() - cluster.lastSentence > ACTORLESS_SENTENCES) {
                        continue;
                    }
                    if (cluster.modes.contains(m.mode())) {
                        join = cluster;
                    }
                    continue;
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
            join.bucket = specific(join.bucket, bucket);
            join.modes.add(m.mode());
            join.lastSentence = Math.max(join.lastSentence, m.sentence());
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

    /** Whether two time buckets can name the same time (see the class comment). */
    static boolean compatible(String a, String b)
    {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return true;
        }
        boolean aWeekday = a.charAt(0) == 'D';
        boolean bWeekday = b.charAt(0) == 'D';
        if (aWeekday || bWeekday) {
            if (aWeekday && bWeekday) {
                return false;
            }
            String day = aWeekday ? b : a;
            String weekday = aWeekday ? a : b;
            return day.length() < 10 || weekday.equals(weekdayOf(day));
        }
        return a.startsWith(b) || b.startsWith(a);
    }

    /** The more specific of two compatible buckets: a day, then a weekday, a month, a year. */
    static String specific(String current, String other)
    {
        return rank(other) > rank(current) ? other : current;
    }

    private static int rank(String bucket)
    {
        if (bucket.isEmpty()) {
            return 0;
        }
        if (bucket.charAt(0) == 'D') {
            return 3;
        }
        return bucket.length() >= 10 ? 4 : bucket.length() >= 7 ? 2 : 1;
    }

    private static String weekdayOf(String day)
    {
        try {
            return "D" + LocalDate.parse(day).getDayOfWeek().getValue();
        }
        catch (DateTimeParseException e) {
            return "";
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

    /**
     * The time bucket of an ISO value: {@code yyyy-MM-dd} for a day (an ISO week date is read as
     * its day), {@code Dn} for a weekday alone, {@code yyyy-MM} or {@code yyyy}, else empty.
     */
    static String bucket(String value)
    {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.startsWith("WEEKDAY-")) {
            return "D" + value.substring("WEEKDAY-".length());
        }
        int w = value.indexOf("-W");
        if (w == 4 && value.length() >= 10 && value.charAt(8) == '-') {
            try {
                return LocalDate.parse(value.substring(0, 10),
                        java.time.format.DateTimeFormatter.ISO_WEEK_DATE).toString();
            }
            catch (DateTimeParseException e) {
                return "";
            }
        }
        if (value.length() >= 10 && Character.isDigit(value.charAt(0))) {
            try {
                return LocalDate.parse(value.substring(0, 10)).toString();
            }
            catch (DateTimeParseException e) {
                return "";
            }
        }
        if (value.length() == 4 || value.length() == 7) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (!(Character.isDigit(c) || i == 4 && c == '-')) {
                    return "";
                }
            }
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
