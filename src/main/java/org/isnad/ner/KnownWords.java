package org.isnad.ner;

/**
 * Whether the Arabic dictionary knows a word. A word the dictionary does not know after clitic
 * stripping is a name candidate (ترمب, بلينكن).
 */
@FunctionalInterface
public interface KnownWords
{
    /** No word is known: every unlisted word is a name candidate (for tests and fallbacks). */
    KnownWords NONE = word -> false;

    /**
     * @param word a single word as written (diacritics removed), proclitics and ال already
     *            stripped by the caller where it wants that
     * @return true when the dictionary has an analysis of the word
     */
    boolean isKnown(String word);
}
