package org.isnad.ner;

import java.io.IOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;

/**
 * {@link KnownWords} over the Arramooz morphological dictionary {@code arabic.dict} (morfologik
 * FSA shipped in LanguageTool's language-ar jar). The dictionary holds bare stems and inflected
 * words without proclitics or the article, so callers strip those first. Not thread-safe (one
 * instance per annotator); results are cached.
 */
public final class DictionaryKnownWords
    implements KnownWords
{
    /** Class-path location of the dictionary. */
    public static final String DICTIONARY_PATH = "org/languagetool/resource/ar/arabic.dict";

    private static final int MAX_CACHE = 200_000;

    private final DictionaryLookup lookup;
    private final Map<String, Boolean> cache = new HashMap<>();

    public DictionaryKnownWords(Dictionary dictionary)
    {
        lookup = new DictionaryLookup(dictionary);
    }

    /** Reads the dictionary from the class path. */
    public static Dictionary readDictionary()
        throws IOException
    {
        URL url = DictionaryKnownWords.class.getClassLoader().getResource(DICTIONARY_PATH);
        if (url == null) {
            throw new IOException("Arabic dictionary not found on the class path: " + DICTIONARY_PATH);
        }
        return Dictionary.read(url);
    }

    @Override
    public boolean isKnown(String word)
    {
        if (word.isEmpty()) {
            return false;
        }
        Boolean known = cache.get(word);
        if (known == null) {
            known = !lookup.lookup(word).isEmpty();
            if (cache.size() >= MAX_CACHE) {
                cache.clear();
            }
            cache.put(word, known);
        }
        return known;
    }
}
