package org.isnad.quote;

import org.isnad.segment.ArabicCharacters;

/**
 * Lookup keys for the quotation stage. The rules are those of Isnad's Arabic normaliser (Lucene's
 * scheme), applied alike to lexicon entries and to running text:
 * <ol>
 * <li>alef with hamza above (أ), below (إ), with madda (آ) and alef wasla (ٱ) become bare alef;</li>
 * <li>alef maqsura (ى) becomes yeh (ي);</li>
 * <li>teh marbuta (ة) becomes heh (ه);</li>
 * <li>diacritics, tatweel and invisible format characters are removed.</li>
 * </ol>
 * Keys are only ever compared with keys; the text and the annotation spans are never changed.
 */
public final class QuoteText
{
    public static final char ALEF = '\u0627';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char ALEF_WASLA = '\u0671';
    public static final char ALEF_MAKSURA = '\u0649';
    public static final char YEH = '\u064A';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char HEH = '\u0647';

    private QuoteText()
    {
        // static methods only
    }

    /** The lookup key of {@code text}. */
    public static String normalize(CharSequence text)
    {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ArabicCharacters.TATWEEL || ArabicCharacters.isDiacritic(c)
                    || ArabicCharacters.isInvisibleFormat(c)) {
                continue;
            }
            switch (c) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA -> sb.append(ALEF);
            case ALEF_MAKSURA -> sb.append(YEH);
            case TEH_MARBUTA -> sb.append(HEH);
            default -> sb.append(c);
            }
        }
        return sb.toString();
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
