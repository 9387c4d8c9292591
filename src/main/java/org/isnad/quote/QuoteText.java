package org.isnad.quote;

import org.isnad.morph.ArabicNormalizer;
import org.isnad.segment.ArabicCharacters;

/**
 * Lookup keys for the quotation stage, built with Isnad's {@link ArabicNormalizer} alike for
 * lexicon entries and running text, and name keys for comparing speaker names. Keys are only ever
 * compared with keys; the text and the annotation spans are never changed.
 */
public final class QuoteText
{
    private QuoteText()
    {
        // static methods only
    }

    /** The lookup key of {@code text}: {@link ArabicNormalizer#normalize}. */
    public static String normalize(CharSequence text)
    {
        return ArabicNormalizer.normalize(text);
    }

    /** Normalises and collapses white space, for multi-word keys. */
    public static String normalizePhrase(CharSequence text)
    {
        StringBuilder sb = new StringBuilder();
        for (String part : normalize(text).trim().split("\\s+")) {
            if (!part.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(part);
            }
        }
        return sb.toString();
    }

    /**
     * A key for comparing names: normalised, the article ال (also after a glued و/ب/ل) removed
     * from every word, one space between words.
     */
    public static String nameKey(CharSequence name)
    {
        if (name == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String word : normalize(name).split("[\\s\\p{Punct}«»“”„،؛]+")) {
            String w = stripArticle(word);
            if (!w.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(w);
            }
        }
        return sb.toString();
    }

    /** The normalised word without its article: الرئيس → رئيس, للبيان → بيان. */
    public static String stripArticle(String normalized)
    {
        if (normalized.length() > 3 && normalized.startsWith("لل")) {
            return normalized.substring(2);
        }
        if (normalized.length() > 3 && normalized.startsWith("ال")) {
            return normalized.substring(2);
        }
        if (normalized.length() > 4 && normalized.charAt(1) == 'ا' && normalized.charAt(2) == 'ل'
                && "وبفك".indexOf(normalized.charAt(0)) >= 0) {
            return normalized.substring(3);
        }
        return normalized;
    }

    /** Whether the normalised word starts with the article (optionally after و ب ف ك ل). */
    public static boolean hasArticle(String normalized)
    {
        return (normalized.length() > 3 && normalized.startsWith("ال"))
                || (normalized.length() > 3 && normalized.startsWith("لل"))
                || (normalized.length() > 4 && normalized.startsWith("ال", 1)
                        && "وبفك".indexOf(normalized.charAt(0)) >= 0);
    }

    /** Whether the word is made of Arabic letters (and diacritics) only. */
    public static boolean isArabicWord(CharSequence text)
    {
        if (text.length() == 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!ArabicCharacters.isArabicLetter(c) && !ArabicCharacters.isDiacritic(c)
                    && c != ArabicCharacters.TATWEEL && !ArabicCharacters.isInvisibleFormat(c)) {
                return false;
            }
        }
        return true;
    }
}
