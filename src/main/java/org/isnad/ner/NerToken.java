package org.isnad.ner;

/**
 * A token as the entity rules see it: its document offsets and its written form (diacritics,
 * tatweel and invisible marks removed, see {@code ArabicCharacters.stripToForm}). The form has
 * one character per letter of the covered text, so a proclitic of k letters ends k letters after
 * {@link #begin} (see {@link #offsetAfterLetters}).
 */
public record NerToken(int begin, int end, String form)
{
    /**
     * The document offset after skipping {@code letters} letters of this token in
     * {@code text}, where characters dropped by the form (diacritics, tatweel) do not count.
     */
    public int offsetAfterLetters(CharSequence text, int letters)
    {
        if (letters <= 0) {
            return begin;
        }
        int seen = 0;
        int i = begin;
        while (i < end && seen < letters) {
            char c = text.charAt(i);
            i++;
            if (!dropped(c)) {
                seen++;
            }
        }
        while (i < end && dropped(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean dropped(char c)
    {
        return c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670'
                || (c >= '\u0610' && c <= '\u061A') || (c >= '\u06D6' && c <= '\u06ED')
                || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2069') || c == '\u061C' || c == '\uFEFF' || c == '\u00AD';
    }
}
