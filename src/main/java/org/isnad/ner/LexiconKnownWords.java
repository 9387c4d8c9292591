package org.isnad.ner;

import java.util.HashMap;
import java.util.Map;

import org.isnad.morph.ArabicLexicon;

/**
 * {@link KnownWords} over the segmenter's shared {@link ArabicLexicon} (the Arramooz dictionary
 * {@code arabic.dict}), so the named-entity stage keeps no second copy of the dictionary. The
 * dictionary holds bare stems and inflected words without proclitics or the article, so callers
 * strip those first. Not thread-safe (one instance per annotator: it caches look-ups); the
 * lexicon itself is.
 */
public final class LexiconKnownWords
    implements KnownWords
{
    private static final int MAX_CACHE = 200_000;

    private final ArabicLexicon lexicon;
    private final Map<String, Boolean> cache = new HashMap<>();

    public LexiconKnownWords(ArabicLexicon lexicon)
    {
        this.lexicon = lexicon;
    }

    @Override
    public boolean isKnown(String word)
    {
        if (word.isEmpty()) {
            return false;
        }
        Boolean known = cache.get(word);
        if (known == null) {
            known = !lexicon.lookup(word).isEmpty();
            if (cache.size() >= MAX_CACHE) {
                cache.clear();
            }
            cache.put(word, known);
        }
        return known;
    }
}
