package org.isnad.morph;

import org.isnad.segment.ArabicCharacters;

/**
 * Normalises Arabic words into lookup keys. The scheme follows Lucene's {@code ArabicNormalizer}
 * and is applied alike to running text and to lexicon entries; it builds keys only and never
 * changes the text or a Token span.
 *
 * <p>Rules:
 * <ol>
 * <li>alef with hamza above (أ), alef with hamza below (إ), alef with madda (آ) and alef wasla
 * (ٱ) become bare alef (ا);</li>
 * <li>alef maqsura (ى) becomes yeh (ي), so that على and the Egyptian/Iraqi spelling علي meet;</li>
 * <li>teh marbuta (ة) becomes heh (ه);</li>
 * <li>diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks) are removed;</li>
 * <li>tatweel (ـ) and invisible format characters (bidi marks, zero-width characters) are
 * removed.</li>
 * </ol>
 * Hamza on waw (ؤ) and on yeh (ئ) and the bare hamza (ء) are kept: they distinguish words.
 */
public final class ArabicNormalizer
{
    public static final char ALEF = '\u0627';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char ALEF_WASLA = '\u0671';
    public static final char YEH = '\u064A';
    public static final char ALEF_MAKSURA = '\u0649';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char HEH = '\u0647';

    private ArabicNormalizer()
    {
        // static methods only
    }

    /** The lookup key of {@code text}; returns the same characters when nothing changes. */
    public static String normalize(CharSequence text)
    {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ArabicCharacters.TATWEEL || ArabicCharacters.isDiacritic(c)
                    || ArabicCharacters.isInvisibleFormat(c)) {
                continue;
            }
            sb.append(normalizeLetter(c));
        }
        return sb.toString();
    }

    /** Removes diacritics, tatweel and invisible format characters only (rules 4 and 5). */
    public static String stripDiacritics(CharSequence text)
    {
        return ArabicCharacters.stripToForm(text, 0, text.length());
    }

    /** The normalised form of one letter (rules 1 to 3); other characters are returned as is. */
    public static char normalizeLetter(char c)
    {
        switch (c) {
        case ALEF_MADDA:
        case ALEF_HAMZA_ABOVE:
        case ALEF_HAMZA_BELOW:
        case ALEF_WASLA:
            return ALEF;
        case ALEF_MAKSURA:
            return YEH;
        case TEH_MARBUTA:
            return HEH;
        default:
            return c;
        }
    }
}
