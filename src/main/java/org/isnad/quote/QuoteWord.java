package org.isnad.quote;

import java.util.ArrayList;
import java.util.List;

import org.isnad.segment.ArabicCharacters;
import org.isnad.segment.RawToken;
import org.isnad.segment.WordTokenizer;

/**
 * An orthographic word (the Tokens of one whitespace word glued together: و + قال = وقال) or one
 * punctuation mark, as the quotation finder reads it.
 *
 * @param begin
 *            start offset in the document
 * @param end
 *            end offset in the document
 * @param text
 *            the covered text
 * @param norm
 *            the normalised text ({@link QuoteText#normalize})
 * @param lemmas
 *            normalised lemmas of the word's tokens (empty when there are none)
 * @param punctuation
 *            whether the word is a punctuation mark rather than letters or digits
 * @param lineBreakBefore
 *            whether a line break separates this word from the previous one
 * @param verbTag
 *            TRUE when a token of the word is tagged VERB or AUX, FALSE when its tokens are
 *            tagged but none as a verb, null when there are no tags
 */
public record QuoteWord(int begin, int end, String text, String norm, List<String> lemmas,
        boolean punctuation, boolean lineBreakBefore, Boolean verbTag)
{
    /** A word built from the document text between two offsets. */
    public static QuoteWord of(CharSequence document, int begin, int end, List<String> lemmas,
            int previousEnd)
    {
        return of(document, begin, end, lemmas, null, previousEnd);
    }

    /** A word built from the document text between two offsets, with its verb tag. */
    public static QuoteWord of(CharSequence document, int begin, int end, List<String> lemmas,
            Boolean verbTag, int previousEnd)
    {
        String text = document.subSequence(begin, end).toString();
        boolean punctuation = !ArabicCharacters.isWordChar(text.charAt(0))
                && text.charAt(0) != '#' && text.charAt(0) != '@';
        boolean lineBreak = false;
        for (int i = Math.max(0, previousEnd); i < begin; i++) {
            if (ArabicCharacters.isLineBreak(document.charAt(i))) {
                lineBreak = true;
                break;
            }
        }
        return new QuoteWord(begin, end, text, QuoteText.normalize(text), lemmas, punctuation,
                lineBreak, verbTag);
    }

    /** Words of a plain text, from Isnad's tokenizer, without lemmas (for tests and tools). */
    public static List<QuoteWord> fromText(String text)
    {
        List<QuoteWord> words = new ArrayList<>();
        int previousEnd = 0;
        for (RawToken token : new WordTokenizer().tokenize(text)) {
            words.add(of(text, token.begin(), token.end(), List.of(), previousEnd));
            previousEnd = token.end();
        }
        return words;
    }

    public char firstChar()
    {
        return text.charAt(0);
    }

    public boolean isMark()
    {
        return punctuation && text.length() == 1 && QuoteMarks.isMark(text.charAt(0));
    }
}
