package org.isnad.segment;

import static org.isnad.segment.ArabicCharacters.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups the tokens of {@link WordTokenizer} into sentences.
 *
 * <p>A sentence ends:
 * <ul>
 * <li>after sentence-final punctuation (. ! ? ؟ ۔), together with the closing quotation marks and
 * brackets that follow it directly ({@code ."} and {@code ».} both end the sentence after the
 * last mark);</li>
 * <li>after an ellipsis or a one-letter abbreviation only when a line break or the end of the text
 * follows, since both are common inside Arabic news sentences;</li>
 * <li>at a line break, when {@code lineBreakEndsSentence} is set (the default): a headline or a
 * dateline without final punctuation is a sentence of its own. Otherwise only an empty line
 * ends a sentence.</li>
 * </ul>
 * Straight double quotes are paired by alternation within a paragraph to decide whether a {@code "}
 * after a full stop closes a quotation (and belongs to the sentence) or opens the next one.
 */
public class SentenceSplitter
{
    private final boolean lineBreakEndsSentence;

    public SentenceSplitter()
    {
        this(true);
    }

    public SentenceSplitter(boolean lineBreakEndsSentence)
    {
        this.lineBreakEndsSentence = lineBreakEndsSentence;
    }

    /** A sentence as the index range {@code [firstToken, lastToken]} into the token list. */
    public record SentenceSpan(int firstToken, int lastToken) {}

    public List<SentenceSpan> split(CharSequence text, List<RawToken> tokens)
    {
        List<SentenceSpan> sentences = new ArrayList<>();
        int start = 0;
        boolean straightQuoteOpen = false;
        for (int i = 0; i < tokens.size(); i++) {
            RawToken token = tokens.get(i);
            boolean breakAfter = false;
            int last = i;
            char c = text.charAt(token.begin());
            if (token.kind() == RawToken.Kind.PUNCTUATION && c == '"') {
                straightQuoteOpen = !straightQuoteOpen;
            }
            if (token.kind() == RawToken.Kind.PUNCTUATION && isSentenceFinal(c)) {
                // take sentence-final runs (?! ...) and closing marks that follow
                while (last + 1 < tokens.size() && isAdjacent(tokens.get(last), tokens.get(last + 1))) {
                    RawToken next = tokens.get(last + 1);
                    char n = text.charAt(next.begin());
                    boolean takes = next.kind() == RawToken.Kind.PUNCTUATION
                            && (isSentenceFinal(n) || isClosingQuote(n) || isClosingBracket(n)
                                    || (n == '"' && straightQuoteOpen) || n == '\'');
                    takes |= next.kind() == RawToken.Kind.ELLIPSIS;
                    if (!takes) {
                        break;
                    }
                    if (n == '"') {
                        straightQuoteOpen = false;
                    }
                    last++;
                }
                breakAfter = true;
            }
            else if ((token.kind() == RawToken.Kind.ELLIPSIS
                    || (token.kind() == RawToken.Kind.ABBREVIATION && token.end() - token.begin() == 2))
                    && lineBreakFollows(text, token.end(), nextBegin(tokens, i, text.length()))) {
                breakAfter = true;
            }
            int nextBegin = nextBegin(tokens, last, text.length());
            if (!breakAfter && i == last) {
                int newlines = countLineBreaks(text, token.end(), nextBegin);
                breakAfter = lineBreakEndsSentence ? newlines > 0 : newlines > 1;
            }
            if (countLineBreaks(text, tokens.get(last).end(), nextBegin) > 1) {
                straightQuoteOpen = false; // quotes are paired within a paragraph
            }
            if (breakAfter) {
                sentences.add(new SentenceSpan(start, last));
                start = last + 1;
            }
            i = last;
        }
        if (start < tokens.size()) {
            sentences.add(new SentenceSpan(start, tokens.size() - 1));
        }
        return sentences;
    }

    private static boolean isAdjacent(RawToken a, RawToken b)
    {
        return a.end() == b.begin();
    }

    private static int nextBegin(List<RawToken> tokens, int i, int textEnd)
    {
        return i + 1 < tokens.size() ? tokens.get(i + 1).begin() : textEnd;
    }

    private static boolean lineBreakFollows(CharSequence text, int from, int to)
    {
        return to >= text.length() && from <= to || countLineBreaks(text, from, to) > 0;
    }

    /** Counts line breaks between two tokens; CR LF counts once. */
    static int countLineBreaks(CharSequence text, int from, int to)
    {
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (isLineBreak(c)) {
                count++;
            }
        }
        return count;
    }
}
