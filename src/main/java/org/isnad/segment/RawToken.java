package org.isnad.segment;

/**
 * An orthographic token found by {@link WordTokenizer}: a whitespace-free span of the text and
 * what kind of token it is. Offsets are UTF-16 offsets into the text that was tokenised.
 */
public record RawToken(int begin, int end, Kind kind)
{
    public enum Kind
    {
        /** Letters, marks and digits: an Arabic or foreign word, possibly with clitics. */
        WORD,
        /** Digits with decimal and thousands separators, dates (20-08-2020) and times (21:20). */
        NUMBER,
        /** A single punctuation mark or symbol. */
        PUNCTUATION,
        /** Two or more full stops, or the ellipsis character. */
        ELLIPSIS,
        /** Letters with full stops that belong to them (د. ص.ب. أ.د. U.S.). */
        ABBREVIATION,
        URL,
        EMAIL,
        HASHTAG,
        MENTION
    }

    public RawToken
    {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("Empty or negative span [" + begin + "," + end + "]");
        }
    }

    public String coveredText(CharSequence text)
    {
        return text.subSequence(begin, end).toString();
    }

    public boolean isWordLike()
    {
        return kind == Kind.WORD || kind == Kind.HASHTAG || kind == Kind.MENTION;
    }
}
