package org.isnad.quote;

import java.util.ArrayList;
import java.util.List;

import org.isnad.segment.ArabicCharacters;

/**
 * Pairs quotation marks. Every mark style is read: « » ‹ › “ ” „ ‚ ‘ ’ and the straight " ' ＂,
 * which open and close with the same character.
 *
 * <p>Rules:
 * <ol>
 * <li>A mark's side comes from its glyph where the glyph has one (« and „ open, » closes) and
 * otherwise from its neighbours: after a space and before a letter it opens; after a letter and
 * before a space or punctuation it closes; between two letters (بـ"علاقات) it may do either.
 * A glyph whose neighbours say the opposite (»word« in reversed text) follows its neighbours.</li>
 * <li>Marks are paired with a stack, innermost first, so quotations nest; a closing mark pairs
 * with the innermost open mark of any style (writers mix « with ").</li>
 * <li>A closing-looking mark with nothing open opens a quotation when another mark of the same
 * style follows in the paragraph (أن" هذه ...")); else it is a stray mark and ignored.</li>
 * <li>Pairs never cross a line break, and a pair longer than the maximum length is refused: a mark
 * left unclosed is reported as unclosed, bounded by its paragraph, and never swallows the rest of
 * the document.</li>
 * <li>An apostrophe between two Latin letters (don't) is not a quotation mark.</li>
 * </ol>
 */
public final class QuoteMarks
{
    /** A pair of marks, as indexes into the word list; {@code close} is -1 for an unclosed mark. */
    public record Pair(int open, int close, int depth)
    {
        public boolean closed()
        {
            return close >= 0;
        }
    }

    private enum Side
    {
        OPEN, CLOSE, EITHER
    }

    private QuoteMarks()
    {
        // static methods only
    }

    public static boolean isMark(char c)
    {
        return ArabicCharacters.isOpeningQuote(c) || ArabicCharacters.isClosingQuote(c)
                || ArabicCharacters.isStraightQuote(c);
    }

    /** The style family of a mark: marks of one family are expected to pair. */
    static int family(char c)
    {
        return switch (c) {
        case '"', '\uFF02' -> 1;
        case '\'' -> 2;
        case '\u201C', '\u201D', '\u201E' -> 3;
        case '\u2018', '\u2019', '\u201A' -> 4;
        case '\u00AB', '\u00BB' -> 5;
        case '\u2039', '\u203A' -> 6;
        default -> 0;
        };
    }

    /**
     * Pairs the marks among {@code words}.
     *
     * @param maxChars
     *            the longest quotation accepted, in characters
     * @return closed pairs and unclosed outermost marks, in order of their opening mark
     */
    public static List<Pair> pair(CharSequence text, List<QuoteWord> words, int maxChars)
    {
        List<Pair> pairs = new ArrayList<>();
        List<Integer> stack = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            QuoteWord word = words.get(i);
            if (word.lineBreakBefore()) {
                flushUnclosed(stack, pairs);
            }
            if (!word.isMark()) {
                continue;
            }
            char c = word.firstChar();
            Side side = side(text, word);
            if (side == null) {
                continue; // an apostrophe
            }
            if (side == Side.OPEN) {
                stack.add(i);
                continue;
            }
            if (side == Side.EITHER && !stack.isEmpty()
                    && family(words.get(stack.get(stack.size() - 1)).firstChar()) != family(c)) {
                stack.add(i);
                continue;
            }
            if (side == Side.EITHER && stack.isEmpty()) {
                stack.add(i);
                continue;
            }
            if (stack.isEmpty()) {
                // a closing-looking mark with nothing open: opens if its twin follows
                if (family(c) != 5 && family(c) != 6 && twinFollows(words, i)) {
                    stack.add(i);
                }
                continue;
            }
            int open = stack.remove(stack.size() - 1);
            if (word.begin() - words.get(open).end() > maxChars) {
                // too long to be one quotation: the opener stays unclosed
                pairs.add(new Pair(open, -1, stack.size()));
                continue;
            }
            pairs.add(new Pair(open, i, stack.size()));
        }
        flushUnclosed(stack, pairs);
        pairs.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return pairs;
    }

    private static void flushUnclosed(List<Integer> stack, List<Pair> pairs)
    {
        if (!stack.isEmpty()) {
            pairs.add(new Pair(stack.get(0), -1, 0));
            stack.clear();
        }
    }

    private static boolean twinFollows(List<QuoteWord> words, int i)
    {
        int family = family(words.get(i).firstChar());
        for (int j = i + 1; j < words.size() && !words.get(j).lineBreakBefore(); j++) {
            if (words.get(j).isMark() && family(words.get(j).firstChar()) == family) {
                return true;
            }
        }
        return false;
    }

    private static Side side(CharSequence text, QuoteWord word)
    {
        char c = word.firstChar();
        char prev = word.begin() > 0 ? text.charAt(word.begin() - 1) : ' ';
        char next = word.end() < text.length() ? text.charAt(word.end()) : ' ';
        boolean prevLetter = ArabicCharacters.isWordChar(prev);
        boolean nextLetter = ArabicCharacters.isWordChar(next);
        boolean prevSpace = ArabicCharacters.isSpaceOrControl(prev);
        boolean nextSpace = ArabicCharacters.isSpaceOrControl(next);
        if ((c == '\'' || c == '\u2019') && ArabicCharacters.isAsciiLetterOrDigit(prev)
                && ArabicCharacters.isAsciiLetterOrDigit(next)) {
            return null;
        }
        boolean openContext = !prevLetter && !nextSpace;
        boolean closeContext = !prevSpace && !nextLetter;
        if (c == '\u00AB' || c == '\u201E' || c == '\u201A' || c == '\u2039') {
            return closeContext && !openContext && prevLetter ? Side.CLOSE : Side.OPEN;
        }
        if (c == '\u00BB' || c == '\u203A') {
            return openContext && !closeContext && nextLetter && prevSpace ? Side.OPEN : Side.CLOSE;
        }
        if (openContext && !closeContext) {
            return Side.OPEN;
        }
        if (closeContext && !openContext) {
            return Side.CLOSE;
        }
        return Side.EITHER;
    }
}
