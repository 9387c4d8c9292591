package org.isnad.segment;

import static org.isnad.segment.ArabicCharacters.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into orthographic tokens: words, numbers, punctuation, URLs, e-mail addresses,
 * hashtags and mentions. Clitics are not split here (see {@link ArabicSegmenter}).
 *
 * <p>A hand-written single-pass scanner rather than regular expressions or ICU's word
 * {@code BreakIterator}: the scanner never backtracks (linear time on any input), keeps dates,
 * times, URLs and abbreviations whole, and treats bidi and zero-width marks as part of the word
 * they sit in.
 *
 * <p>Rules, in the order they are tried at each position:
 * <ol>
 * <li>White space and control characters separate tokens and are never tokens; so are invisible
 * format characters (RLM, LRM, ZWNJ, ZWJ, BOM) outside words.</li>
 * <li>{@code http://}, {@code https://} and {@code www.} start a URL that runs to the next space;
 * trailing punctuation is given back.</li>
 * <li>{@code #} or {@code @} before a word character starts a hashtag or mention.</li>
 * <li>A run of letters, marks, digits and invisible format characters is a word; Latin words
 * may contain inner hyphens (COVID-19); a Latin word followed by {@code @domain} is an e-mail
 * address. A run that starts with a digit is a number: separators {@code . , ٫ ٬ : / -} between
 * digits stay inside it.</li>
 * <li>Single letters each followed by a full stop form an abbreviation (د. ص.ب. أ.د. U.S.).</li>
 * <li>Two or more full stops, or U+2026, are one ellipsis token.</li>
 * <li>Any other character is a punctuation token of its own.</li>
 * </ol>
 */
public class WordTokenizer
{
    public List<RawToken> tokenize(CharSequence text)
    {
        return tokenize(text, 0, text.length());
    }

    public List<RawToken> tokenize(CharSequence text, int from, int to)
    {
        List<RawToken> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpaceOrControl(c) || isInvisibleFormat(c)) {
                i++;
                continue;
            }
            int end;
            RawToken.Kind kind;
            if ((end = matchUrl(text, i, to)) > i) {
                kind = RawToken.Kind.URL;
            }
            else if ((c == '#' || c == '@') && i + 1 < to && isWordChar(text.charAt(i + 1))) {
                end = endOfWord(text, i + 1, to, false);
                kind = c == '#' ? RawToken.Kind.HASHTAG : RawToken.Kind.MENTION;
            }
            else if (isWordChar(c)) {
                if ((end = matchAbbreviation(text, i, to)) > i) {
                    kind = RawToken.Kind.ABBREVIATION;
                }
                else if (isDigit(c)) {
                    end = endOfNumber(text, i, to);
                    kind = RawToken.Kind.NUMBER;
                    if (end < to && isWordChar(text.charAt(end))) {
                        // digits glued to letters (G20, 2020م) stay one word
                        end = endOfWord(text, end, to, true);
                        kind = RawToken.Kind.WORD;
                    }
                }
                else {
                    end = endOfWord(text, i, to, true);
                    kind = RawToken.Kind.WORD;
                }
                int emailEnd = matchEmailDomain(text, i, end, to);
                if (emailEnd > end) {
                    end = emailEnd;
                    kind = RawToken.Kind.EMAIL;
                }
            }
            else if (c == HORIZONTAL_ELLIPSIS) {
                end = i + 1;
                kind = RawToken.Kind.ELLIPSIS;
            }
            else if (c == '.' && i + 1 < to && text.charAt(i + 1) == '.') {
                end = i + 1;
                while (end < to && text.charAt(end) == '.') {
                    end++;
                }
                kind = RawToken.Kind.ELLIPSIS;
            }
            else {
                end = i + 1;
                if (Character.isHighSurrogate(c) && end < to
                        && Character.isLowSurrogate(text.charAt(end))) {
                    end++;
                }
                kind = RawToken.Kind.PUNCTUATION;
            }
            tokens.add(new RawToken(i, end, kind));
            i = end;
        }
        return tokens;
    }

    /**
     * End of a word starting at {@code i}: letters, marks, digits, and invisible format
     * characters followed by more word characters. With {@code latinHyphens}, a hyphen between
     * two ASCII letters or digits stays inside (COVID-19, F-16); without it (hashtags and
     * mentions) underscores join any word characters.
     */
    static int endOfWord(CharSequence text, int i, int to, boolean latinHyphens)
    {
        int end = i;
        int j = i;
        while (j < to) {
            char c = text.charAt(j);
            if (isWordChar(c)) {
                j++;
                end = j;
            }
            else if (isInvisibleFormat(c)) {
                j++; // kept only if more word characters follow
            }
            else if (latinHyphens && c == '-' && j > i && j + 1 < to
                    && isAsciiLetterOrDigit(text.charAt(j - 1))
                    && isAsciiLetterOrDigit(text.charAt(j + 1)) && j == end) {
                j++;
            }
            else if (isNumberSeparator(c) && j == end && j > i && isDigit(text.charAt(j - 1))
                    && j + 1 < to && isDigit(text.charAt(j + 1))) {
                j++; // و٣٫٥, و1,000: a number glued to a proclitic keeps its separators
            }
            else if (c == '_' && j == end && j > i && j + 1 < to && isWordChar(text.charAt(j + 1))
                    && (!latinHyphens || isAsciiLetterOrDigit(text.charAt(j - 1)))) {
                // snake_case in Latin words, any underscore inside hashtags (#العراق_أولا)
                j++;
            }
            else {
                break;
            }
        }
        return end;
    }

    private static boolean isNumberSeparator(char c)
    {
        return c == '.' || c == ',' || c == ARABIC_DECIMAL_SEPARATOR
                || c == ARABIC_THOUSANDS_SEPARATOR || c == ':' || c == '/' || c == '-';
    }

    /** Digits, with separators between digits: 3.5, 1,000, ٣٫٥, 20-08-2020, 21:20, 20/8/2020. */
    static int endOfNumber(CharSequence text, int i, int to)
    {
        int j = i;
        while (j < to) {
            char c = text.charAt(j);
            if (isDigit(c)) {
                j++;
            }
            else if (isNumberSeparator(c) && j + 1 < to && isDigit(text.charAt(j + 1))) {
                j += 2;
            }
            else {
                break;
            }
        }
        return j;
    }

    /**
     * Single letters each followed by a full stop, as in د. م. ص.ب. أ.د. U.S. Returns the end
     * after the last full stop, or {@code i} when there is no abbreviation here.
     */
    static int matchAbbreviation(CharSequence text, int i, int to)
    {
        int j = i;
        int letters = 0;
        while (j + 1 < to && Character.isLetter(text.charAt(j)) && text.charAt(j) != TATWEEL
                && text.charAt(j + 1) == '.' && (j == i || text.charAt(j - 1) == '.')) {
            // the letter must stand alone: not preceded by a word character
            if (j == i && j > 0 && isWordChar(text.charAt(j - 1))) {
                return i;
            }
            // a second full stop directly after the first is an ellipsis, not an abbreviation
            if (j + 2 < to && text.charAt(j + 2) == '.') {
                return i;
            }
            letters++;
            j += 2;
        }
        if (letters == 0) {
            return i;
        }
        // "d.c" without the final stop: not handled as an abbreviation
        if (j < to && isWordChar(text.charAt(j))) {
            return i;
        }
        return j;
    }

    private static int matchUrl(CharSequence text, int i, int to)
    {
        if (!(startsWithIgnoreCase(text, i, to, "http://")
                || startsWithIgnoreCase(text, i, to, "https://")
                || startsWithIgnoreCase(text, i, to, "www."))) {
            return i;
        }
        int j = i;
        while (j < to && !isSpaceOrControl(text.charAt(j)) && !isInvisibleFormat(text.charAt(j))
                && !isArabicPunctuationOrQuote(text.charAt(j))) {
            j++;
        }
        // give back trailing punctuation: "... www.example.com."
        while (j > i && isTrailingUrlPunctuation(text.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    private static boolean isArabicPunctuationOrQuote(char c)
    {
        return c == ARABIC_COMMA || c == ARABIC_SEMICOLON || c == ARABIC_QUESTION_MARK
                || c == '"' || isOpeningQuote(c) || isClosingQuote(c);
    }

    private static boolean isTrailingUrlPunctuation(char c)
    {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')'
                || c == ']' || c == '\'';
    }

    /**
     * If the ASCII local part {@code [begin, wordEnd)} (possibly extended by {@code . _ % + -})
     * is followed by {@code @} and a dotted domain, returns the end of the address; otherwise
     * {@code wordEnd}.
     */
    private static int matchEmailDomain(CharSequence text, int begin, int wordEnd, int to)
    {
        for (int k = begin; k < wordEnd; k++) {
            if (!isAsciiLetterOrDigit(text.charAt(k)) && text.charAt(k) != '-'
                    && text.charAt(k) != '_') {
                return wordEnd;
            }
        }
        int j = wordEnd;
        while (j < to && (isAsciiLetterOrDigit(text.charAt(j)) || ".%+-_".indexOf(text.charAt(j)) >= 0)) {
            j++;
        }
        if (j >= to || text.charAt(j) != '@') {
            return wordEnd;
        }
        int d = j + 1;
        int lastDot = -1;
        while (d < to && (isAsciiLetterOrDigit(text.charAt(d)) || text.charAt(d) == '-'
                || (text.charAt(d) == '.' && d + 1 < to && isAsciiLetterOrDigit(text.charAt(d + 1))))) {
            if (text.charAt(d) == '.') {
                lastDot = d;
            }
            d++;
        }
        return lastDot > j + 1 ? d : wordEnd;
    }

    private static boolean startsWithIgnoreCase(CharSequence text, int i, int to, String prefix)
    {
        if (i + prefix.length() > to) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase(text.charAt(i + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
