package org.isnad.quote;

import org.isnad.morph.GazetteerReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reporting-verb lemmas and cue phrases of {@code quote-cues.txt} (see that file for the
 * labels). Verbs are recognised by their Lemma annotation when one names a cue lemma, else by
 * {@link QuoteVerbForms} over the normalised word. Immutable after construction.
 */
public final class CueLexicon
{
    /** What a cue phrase does. */
    public enum PhraseKind
    {
        SOURCE, SELF, AGENTLESS, RELAY, FORMULA
    }

    /** A multi-word cue phrase, as normalised words; a final one-letter word is a proclitic. */
    public record Phrase(List<String> words, PhraseKind kind)
    {
    }

    /** A word recognised as a reporting verb or participle. */
    public record VerbMatch(String lemma, boolean participle, boolean feminine, boolean strict)
    {
    }

    /** Classpath location of the default cue lexicon. */
    public static final String DEFAULT_LOCATION = "/org/isnad/lexicon/quote-cues.txt";

    private final Set<String> verbLemmas = new HashSet<>();
    private final Set<String> strictLemmas = new HashSet<>();
    private final Map<String, List<String>> keyToLemmas = new HashMap<>();
    private final Map<String, List<QuoteVerbForms.LemmaKey>> keysByLemma = new HashMap<>();
    private final Map<String, Set<String>> prepositions = new HashMap<>();
    private final Map<String, List<Phrase>> phrasesByFirstWord = new HashMap<>();

    public CueLexicon(List<GazetteerReader.Entry> entries, String name) throws IOException
    {
        for (GazetteerReader.Entry entry : entries) {
            String text = QuoteText.normalizePhrase(entry.text());
            String label = entry.label().toLowerCase(Locale.ROOT);
            switch (label) {
            case "verb", "strict" -> {
                if (text.indexOf(' ') >= 0) {
                    throw new IOException(name + ":" + entry.line() + ": a " + label
                            + " entry is one lemma: " + entry.text());
                }
                verbLemmas.add(text);
                if (label.equals("strict")) {
                    strictLemmas.add(text);
                }
                List<QuoteVerbForms.LemmaKey> keys = QuoteVerbForms.lemmaKeys(text);
                keysByLemma.put(text, keys);
                for (QuoteVerbForms.LemmaKey key : keys) {
                    keyToLemmas.computeIfAbsent(key.key(), k -> new ArrayList<>()).add(text);
                }
            }
            case "prep" -> {
                String[] parts = text.split(" ");
                if (parts.length != 2) {
                    throw new IOException(name + ":" + entry.line()
                            + ": a prep entry is 'lemma preposition': " + entry.text());
                }
                prepositions.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts[1]);
            }
            case "source", "self", "agentless", "relay", "formula" -> {
                List<String> words = List.of(text.split(" "));
                phrasesByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                        .add(new Phrase(words, PhraseKind.valueOf(label.toUpperCase(Locale.ROOT))));
            }
            default -> throw new IOException(name + ":" + entry.line() + ": unknown label '"
                    + entry.label() + "'");
            }
        }
        for (List<Phrase> list : phrasesByFirstWord.values()) {
            list.sort((a, b) -> b.words().size() - a.words().size());
        }
    }

    /** Loads the cue lexicon from a URL. */
    public static CueLexicon load(java.net.URL url) throws IOException
    {
        return new CueLexicon(GazetteerReader.read(url), url.toString());
    }

    /** Loads the cue lexicon shipped with Isnad. */
    public static CueLexicon loadDefault() throws IOException
    {
        return load(CueLexicon.class.getResource(DEFAULT_LOCATION));
    }

    /**
     * Whether a word is a reporting verb or participle.
     *
     * @param word
     *            the normalised orthographic word (clitics included)
     * @param lemmas
     *            the normalised lemmas of the word's tokens, possibly empty
     * @return the match, or null
     */
    public VerbMatch matchVerb(String word, Collection<String> lemmas)
    {
        return matchVerb(word, lemmas, null);
    }

    /**
     * Whether a word is a reporting verb or participle.
     *
     * @param word
     *            the normalised orthographic word (clitics included)
     * @param lemmas
     *            the normalised lemmas of the word's tokens, possibly empty
     * @param verbTag
     *            TRUE if a token is tagged as a verb, FALSE if the tokens are tagged otherwise,
     *            null without tags. A lemma shared by a verb and its verbal noun (توقع,
     *            توقعات) is a cue only when the form is a verb form or the tag says verb; a word
     *            tagged as no verb is at most a participle (strict verbs such as بين, which taggers
     *            read as prepositions, are decided by their context instead).
     * @return the match, or null
     */
    public VerbMatch matchVerb(String word, Collection<String> lemmas, Boolean verbTag)
    {
        VerbMatch match = match(word, lemmas, verbTag);
        if (match != null && Boolean.FALSE.equals(verbTag) && !match.participle()
                && !match.strict()) {
            return null;
        }
        return match;
    }

    private VerbMatch match(String word, Collection<String> lemmas, Boolean verbTag)
    {
        List<QuoteVerbForms.Stem> stems = QuoteVerbForms.stems(word);
        for (String lemma : lemmas) {
            String key = QuoteVerbForms.hamzaKey(lemma);
            String found = verbLemmas.contains(lemma) ? lemma
                    : verbLemmas.contains(key) ? key : null;
            if (found != null) {
                VerbMatch byForm = matchStems(stems, found);
                if (byForm != null) {
                    return byForm;
                }
                if (Boolean.TRUE.equals(verbTag)
                        || (verbTag == null && !QuoteText.hasArticle(word) && !word.endsWith("ات"))) {
                    return new VerbMatch(found, false, false, strictLemmas.contains(found));
                }
            }
        }
        for (QuoteVerbForms.Stem stem : stems) {
            List<String> candidates = keyToLemmas.get(stem.key());
            if (candidates == null) {
                continue;
            }
            for (String lemma : candidates) {
                VerbMatch match = matchStems(List.of(stem), lemma);
                if (match != null) {
                    return match;
                }
            }
        }
        return null;
    }

    private VerbMatch matchStems(List<QuoteVerbForms.Stem> stems, String lemma)
    {
        List<QuoteVerbForms.LemmaKey> keys = keysByLemma.get(lemma);
        for (QuoteVerbForms.Stem stem : stems) {
            for (QuoteVerbForms.LemmaKey key : keys) {
                if (QuoteVerbForms.compatible(stem, key)) {
                    boolean participle = stem.origin() == QuoteVerbForms.Origin.DERIVED_PARTICIPLE
                            || stem.origin() == QuoteVerbForms.Origin.PATTERN_PARTICIPLE;
                    return new VerbMatch(lemma, participle, stem.feminine(),
                            strictLemmas.contains(lemma));
                }
            }
        }
        return null;
    }

    /** The prepositions after which {@code lemma} takes its reported content, or an empty set. */
    public Set<String> prepositionsOf(String lemma)
    {
        return prepositions.getOrDefault(lemma, Set.of());
    }

    /** Phrases whose first word is {@code word} (normalised), longest first. */
    public List<Phrase> phrasesStartingWith(String word)
    {
        return phrasesByFirstWord.getOrDefault(word, List.of());
    }

    public int verbCount()
    {
        return verbLemmas.size();
    }
}
