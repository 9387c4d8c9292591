package org.isnad.event;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.isnad.morph.ArabicNormalizer;
import org.isnad.morph.GazetteerReader;

/**
 * The trigger lexicon ({@code event-triggers.txt}: lemma → PLOVER category/mode) and the cue
 * lexicon ({@code event-cues.txt}: word → class) of the event rules. Entries are lemmas,
 * normalised with {@link ArabicNormalizer} like the running text, and are matched against
 * {@link EventWord#keys()}; words of a multiword entry may be up to {@value #MAX_GAP} words apart.
 * Immutable once loaded, so one instance serves all threads.
 */
public final class EventLexicon
{
    public static final String DEFAULT_TRIGGERS = "/org/isnad/lexicon/event-triggers.txt";
    public static final String DEFAULT_CUES = "/org/isnad/lexicon/event-cues.txt";

    /** Words allowed between the words of a multiword entry. */
    public static final int MAX_GAP = 2;

    /** Entries of at most this many letters match only the word minus its proclitics. */
    static final int SHORT_ENTRY = 2;

    public static final Set<String> CATEGORIES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
            "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
            "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    /** A trigger entry. {@code context} is a cue class that must follow, or null. */
    public record Trigger(List<String> words, String category, String mode, String context)
    {
    }

    /** A cue entry: its words and class (WEEKDAY/4 has class WEEKDAY and value 4). */
    public record Cue(List<String> words, String cueClass, String value)
    {
    }

    /** A match of an entry at word {@code first} to word {@code last} (inclusive). */
    public record Match<T>(T entry, int first, int last, String proclitics, String key)
    {
    }

    private final Map<String, List<Trigger>> triggersByFirstWord = new HashMap<>();
    private final Map<String, List<Cue>> cuesByFirstWord = new HashMap<>();
    private final Map<String, Set<String>> singleWordClasses = new HashMap<>();
    private final Map<String, String> singleWordValues = new HashMap<>();
    private int triggerCount;

    private EventLexicon()
    {
    }

    /** The lexicons shipped with Isnad. */
    public static EventLexicon loadDefault() throws IOException
    {
        return load(EventLexicon.class.getResource(DEFAULT_TRIGGERS),
                EventLexicon.class.getResource(DEFAULT_CUES));
    }

    public static EventLexicon load(URL triggers, URL cues) throws IOException
    {
        if (triggers == null || cues == null) {
            throw new IOException("Event lexicon not found: " + triggers + ", " + cues);
        }
        try (InputStream t = triggers.openStream(); InputStream c = cues.openStream()) {
            return load(t, triggers.toString(), c, cues.toString());
        }
    }

    public static EventLexicon load(InputStream triggers, String triggersName, InputStream cues,
            String cuesName)
        throws IOException
    {
        EventLexicon lexicon = new EventLexicon();
        GazetteerReader.read(triggers, triggersName, lexicon::addTrigger);
        GazetteerReader.read(cues, cuesName, lexicon::addCue);
        return lexicon;
    }

    private static List<String> words(String text)
    {
        List<String> words = new ArrayList<>();
        for (String w : text.trim().split("\\s+")) {
            words.add(ArabicNormalizer.normalize(w));
        }
        return List.copyOf(words);
    }

    private void addTrigger(String text, String label)
    {
        String[] parts = label.split("/", -1);
        if (parts.length < 2 || parts.length > 3 || parts[1].isBlank()) {
            throw new IllegalArgumentException("expected CATEGORY/mode[/CONTEXT], found '" + label + "'");
        }
        if (!CATEGORIES.contains(parts[0])) {
            throw new IllegalArgumentException("unknown PLOVER category '" + parts[0] + "'");
        }
        Trigger trigger = new Trigger(words(text), parts[0], parts[1],
                parts.length == 3 ? parts[2] : null);
        triggersByFirstWord.computeIfAbsent(trigger.words().get(0), k -> new ArrayList<>())
                .add(trigger);
        triggerCount++;
    }

    private void addCue(String text, String label)
    {
        int slash = label.indexOf('/');
        String cueClass = slash < 0 ? label : label.substring(0, slash);
        String value = slash < 0 ? null : label.substring(slash + 1);
        if (cueClass.isBlank() || !cueClass.equals(cueClass.toUpperCase())) {
            throw new IllegalArgumentException("expected an upper-case CLASS label, found '" + label + "'");
        }
        Cue cue = new Cue(words(text), cueClass, value);
        if (cue.words().size() == 1) {
            singleWordClasses.computeIfAbsent(cue.words().get(0), k -> new HashSet<>()).add(cueClass);
            if (value != null) {
                singleWordValues.put(cue.words().get(0) + "\t" + cueClass, value);
            }
        }
        cuesByFirstWord.computeIfAbsent(cue.words().get(0), k -> new ArrayList<>()).add(cue);
    }

    public int triggerCount()
    {
        return triggerCount;
    }

    /** Whether {@code entryWord} is a reading of {@code word}. */
    static boolean wordMatches(EventWord word, String entryWord)
    {
        if (word.isPunctuation()) {
            return false;
        }
        if (entryWord.length() <= SHORT_ENTRY) {
            return word.bases().contains(entryWord);
        }
        return word.keys().contains(entryWord);
    }

    /** Trigger entries matching at word {@code i}, longest first. */
    @SuppressWarnings("unchecked")
    public List<Match<Trigger>> triggersAt(List<EventWord> words, int i)
    {
        EventWord w = words.get(i);
        if (w.cacheOwner == this && w.cachedTriggers != null) {
            return (List<Match<Trigger>>) w.cachedTriggers;
        }
        List<Match<Trigger>> result = matchesAt(words, i, triggersByFirstWord, Trigger::words);
        if (w.cacheOwner != this) {
            w.cacheOwner = this;
            w.cachedClasses = null;
        }
        w.cachedTriggers = result;
        return result;
    }

    /** Cue entries of class {@code cueClass} matching at word {@code i}, longest first. */
    public List<Match<Cue>> cuesAt(List<EventWord> words, int i, String cueClass)
    {
        List<Match<Cue>> all = matchesAt(words, i, cuesByFirstWord, Cue::words);
        if (all.isEmpty()) {
            return all;
        }
        List<Match<Cue>> result = new ArrayList<>(all.size());
        for (Match<Cue> m : all) {
            if (m.entry().cueClass().equals(cueClass)) {
                result.add(m);
            }
        }
        return result;
    }

    private <T> List<Match<T>> matchesAt(List<EventWord> words, int i, Map<String, List<T>> index,
            java.util.function.Function<T, List<String>> wordsOf)
    {
        EventWord first = words.get(i);
        if (first.isPunctuation()) {
            return List.of();
        }
        List<Match<T>> matches = null;
        Set<T> seen = null;
        for (String key : first.keys()) {
            List<T> entries = index.get(key);
            if (entries == null) {
                continue;
            }
            for (T entry : entries) {
                List<String> entryWords = wordsOf.apply(entry);
                if (!wordMatches(first, entryWords.get(0))) {
                    continue;
                }
                if (seen == null) {
                    seen = new HashSet<>();
                    matches = new ArrayList<>(2);
                }
                if (!seen.add(entry)) {
                    continue;
                }
                int last = matchRest(words, i, entryWords);
                if (last >= 0) {
                    matches.add(new Match<>(entry, i, last, first.procliticsFor(key), key));
                }
            }
        }
        if (matches == null) {
            return List.of();
        }
        matches.sort((a, b) -> Integer.compare(wordsOf.apply(b.entry()).size(),
                wordsOf.apply(a.entry()).size()));
        return matches;
    }

    /** Index of the last word matched by the rest of {@code entryWords}, or -1. */
    private int matchRest(List<EventWord> words, int i, List<String> entryWords)
    {
        int position = i;
        for (int k = 1; k < entryWords.size(); k++) {
            int found = -1;
            for (int j = position + 1; j < words.size() && j <= position + 1 + MAX_GAP; j++) {
                EventWord w = words.get(j);
                if (w.isClauseEnd() || w.isComma()) {
                    break;
                }
                if (wordMatches(w, entryWords.get(k))) {
                    found = j;
                    break;
                }
                if (startsEntry(w)) {
                    break; // another trigger or cue in the gap: not one expression
                }
            }
            if (found < 0) {
                return -1;
            }
            position = found;
        }
        return position;
    }

    private boolean startsEntry(EventWord w)
    {
        for (String key : w.keys()) {
            if (triggersByFirstWord.containsKey(key) && wordMatches(w, key)) {
                return true;
            }
        }
        return false;
    }

    /** Classes of the single-word cue entries that {@code word} is a reading of. */
    public Set<String> classesOf(EventWord word)
    {
        if (word.isPunctuation()) {
            return Collections.emptySet();
        }
        if (word.cacheOwner == this && word.cachedClasses != null) {
            return word.cachedClasses;
        }
        Set<String> classes = computeClasses(word);
        if (word.cacheOwner != this) {
            word.cacheOwner = this;
            word.cachedTriggers = null;
        }
        word.cachedClasses = classes;
        return classes;
    }

    private Set<String> computeClasses(EventWord word)
    {
        Set<String> classes = null;
        for (String key : word.keys()) {
            Set<String> c = singleWordClasses.get(key);
            if (c != null && wordMatches(word, key)) {
                if (classes == null) {
                    classes = new HashSet<>();
                }
                classes.addAll(c);
            }
        }
        return classes == null ? Collections.emptySet() : classes;
    }

    public boolean is(EventWord word, String cueClass)
    {
        return classesOf(word).contains(cueClass);
    }

    /** The value of a single-word cue of class {@code cueClass} (WEEKDAY → "4"), or null. */
    public String valueOf(EventWord word, String cueClass)
    {
        for (String key : word.keys()) {
            String v = singleWordValues.get(key + "\t" + cueClass);
            if (v != null && wordMatches(word, key)) {
                return v;
            }
        }
        return null;
    }
}
