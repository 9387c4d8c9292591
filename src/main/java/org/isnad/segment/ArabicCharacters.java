package org.isnad.segment;

/**
 * Named Arabic characters and the character classes that segmentation relies on.
 *
 * <p>Classes:
 * <ul>
 * <li><b>invisible format characters</b> (bidi marks, zero-width joiners, the BOM, soft hyphen): they
 * never split a word and are never tokens;</li>
 * <li><b>diacritics</b> (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks) and <b>tatweel</b>:
 * parts of a word that a normalised form drops;</li>
 * <li><b>word characters</b>: letters, combining marks, digits and invisible format characters.</li>
 * </ul>
 */
public final class ArabicCharacters
{
    public static final char ARABIC_COMMA = '\u060C';
    public static final char ARABIC_SEMICOLON = '\u061B';
    public static final char ARABIC_QUESTION_MARK = '\u061F';
    public static final char ARABIC_FULL_STOP = '\u06D4';
    public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
    public static final char ARABIC_PERCENT_SIGN = '\u066A';
    public static final char TATWEEL = '\u0640';
    public static final char HORIZONTAL_ELLIPSIS = '\u2026';

    public static final char ZERO_WIDTH_SPACE = '\u200B';
    public static final char ZERO_WIDTH_NON_JOINER = '\u200C';
    public static final char ZERO_WIDTH_JOINER = '\u200D';
    public static final char LEFT_TO_RIGHT_MARK = '\u200E';
    public static final char RIGHT_TO_LEFT_MARK = '\u200F';
    public static final char ARABIC_LETTER_MARK = '\u061C';
    public static final char BYTE_ORDER_MARK = '\uFEFF';
    public static final char SOFT_HYPHEN = '\u00AD';
    public static final char WORD_JOINER = '\u2060';

    public static final char LEFT_GUILLEMET = '\u00AB';
    public static final char RIGHT_GUILLEMET = '\u00BB';
    public static final char LEFT_DOUBLE_QUOTE = '\u201C';
    public static final char RIGHT_DOUBLE_QUOTE = '\u201D';
    public static final char LOW_DOUBLE_QUOTE = '\u201E';
    public static final char LEFT_SINGLE_QUOTE = '\u2018';
    public static final char RIGHT_SINGLE_QUOTE = '\u2019';
    public static final char LEFT_SINGLE_GUILLEMET = '\u2039';
    public static final char RIGHT_SINGLE_GUILLEMET = '\u203A';

    public static final char FATHATAN = '\u064B';
    public static final char SUKUN = '\u0652';
    public static final char SUPERSCRIPT_ALEF = '\u0670';

    private ArabicCharacters()
    {
        // constants only
    }

    /**
     * Invisible format characters: bidi marks and embeddings, zero-width characters, BOM, soft
     * hyphen. They carry no letters, so they never split a word and never form a token.
     */
    public static boolean isInvisibleFormat(char c)
    {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2069') || c == ARABIC_LETTER_MARK
                || c == BYTE_ORDER_MARK || c == SOFT_HYPHEN;
    }

    /** Arabic diacritics: harakat, tanwin, shadda, sukun, Quranic annotation marks, dagger alef. */
    public static boolean isDiacritic(char c)
    {
        return (c >= '\u064B' && c <= '\u065F') || c == SUPERSCRIPT_ALEF
                || (c >= '\u0610' && c <= '\u061A') || (c >= '\u06D6' && c <= '\u06ED');
    }

    /** White space, including no-break spaces, and control characters that are not format marks. */
    public static boolean isSpaceOrControl(char c)
    {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        return Character.getType(c) == Character.CONTROL;
    }

    public static boolean isLineBreak(char c)
    {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085'
                || c == '\u000B' || c == '\u000C';
    }

    /** Letters (including tatweel), combining marks and digits. */
    public static boolean isWordChar(char c)
    {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    public static boolean isArabicLetter(char c)
    {
        return (c >= '\u0620' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3')
                || c == '\u06D5' || (c >= '\u06FA' && c <= '\u06FF')
                || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08FF')
                || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');
    }

    public static boolean isDigit(char c)
    {
        return Character.isDigit(c);
    }

    public static boolean isAsciiLetterOrDigit(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Sentence-final punctuation: . ! ? ؟ and the Arabic full stop (ellipses are handled apart). */
    public static boolean isSentenceFinal(char c)
    {
        return c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK
                || c == ARABIC_FULL_STOP || c == '\u203C' || c == '\u2047' || c == '\u2049';
    }

    /** Marks that only ever open a quotation. */
    public static boolean isOpeningQuote(char c)
    {
        return c == LEFT_GUILLEMET || c == LEFT_DOUBLE_QUOTE || c == LOW_DOUBLE_QUOTE
                || c == LEFT_SINGLE_QUOTE || c == LEFT_SINGLE_GUILLEMET || c == '\u201A';
    }

    /** Marks that only ever close a quotation. */
    public static boolean isClosingQuote(char c)
    {
        return c == RIGHT_GUILLEMET || c == RIGHT_DOUBLE_QUOTE || c == RIGHT_SINGLE_QUOTE
                || c == RIGHT_SINGLE_GUILLEMET;
    }

    /** Straight quotes, which open and close with the same character. */
    public static boolean isStraightQuote(char c)
    {
        return c == '"' || c == '\'' || c == '\uFF02';
    }

    public static boolean isClosingBracket(char c)
    {
        return c == ')' || c == ']' || c == '}' || c == '\uFD3F' || c == '\uFF09';
    }

    /**
     * The form of a word as later stages read it: invisible format characters, tatweel and
     * diacritics removed. Returns the same instance when nothing changes.
     */
    public static String stripToForm(CharSequence text, int begin, int end)
    {
        StringBuilder sb = null;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            boolean drop = c == TATWEEL || isDiacritic(c) || isInvisibleFormat(c);
            if (drop && sb == null) {
                sb = new StringBuilder(end - begin);
                sb.append(text, begin, i);
            }
            else if (!drop && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text.subSequence(begin, end).toString() : sb.toString();
    }
}
