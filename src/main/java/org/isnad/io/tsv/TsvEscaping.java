package org.isnad.io.tsv;

/**
 * Escaping rules of WebAnno TSV 3.3.
 * <ul>
 * <li>Feature values: the reserved characters {@code \ [ ] | _ -> ; * TAB LF} are preceded by a
 * backslash; TAB and LF become {@code \t} and {@code \n}. {@code ->} is escaped as one unit.</li>
 * <li>Sentence text ({@code #Text=} lines): the backslash is doubled, TAB, LF, CR, FF and BS become
 * {@code \t \n \r \f \b}, and every other C0 control character except VT is preceded by a
 * backslash (the character itself is kept, as INCEpTION does).</li>
 * </ul>
 */
public final class TsvEscaping
{
    private static final char BACKSLASH = '\\';
    private static final char TAB = '\t';
    private static final char LINE_FEED = '\n';
    private static final char CARRIAGE_RETURN = '\r';
    private static final char FORM_FEED = '\f';
    private static final char BACKSPACE = '\b';
    private static final char VERTICAL_TAB = '\u000B';

    private TsvEscaping()
    {
        // Static helpers only
    }

    /**
     * Escapes a feature value (or a role label) for a TSV cell.
     *
     * @param aValue
     *            the raw value.
     * @return the escaped value.
     */
    public static String escapeValue(String aValue)
    {
        StringBuilder out = new StringBuilder(aValue.length() + 8);
        for (int i = 0; i < aValue.length(); i++) {
            char c = aValue.charAt(i);
            switch (c) {
            case BACKSLASH, '[', ']', '|', '_', ';', '*' -> out.append(BACKSLASH).append(c);
            case TAB -> out.append("\\t");
            case LINE_FEED -> out.append("\\n");
            case '-' -> {
                if (i + 1 < aValue.length() && aValue.charAt(i + 1) == '>') {
                    out.append("\\->");
                    i++;
                }
                else {
                    out.append(c);
                }
            }
            default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Reverses {@link #escapeValue(String)}.
     *
     * @param aValue
     *            an escaped cell value.
     * @return the raw value.
     */
    public static String unescapeValue(String aValue)
    {
        StringBuilder out = new StringBuilder(aValue.length());
        for (int i = 0; i < aValue.length(); i++) {
            char c = aValue.charAt(i);
            if (c != BACKSLASH || i + 1 == aValue.length()) {
                out.append(c);
                continue;
            }
            char next = aValue.charAt(i + 1);
            switch (next) {
            case BACKSLASH, '[', ']', '|', '_', ';', '*' -> {
                out.append(next);
                i++;
            }
            case 't' -> {
                out.append(TAB);
                i++;
            }
            case 'n' -> {
                out.append(LINE_FEED);
                i++;
            }
            case '-' -> {
                if (i + 2 < aValue.length() && aValue.charAt(i + 2) == '>') {
                    out.append("->");
                    i += 2;
                }
                else {
                    out.append(c);
                }
            }
            default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Escapes one line of sentence text for a {@code #Text=} line.
     *
     * @param aText
     *            the raw line (without line feeds).
     * @return the escaped line.
     */
    public static String escapeText(String aText)
    {
        StringBuilder out = new StringBuilder(aText.length() + 8);
        for (int i = 0; i < aText.length(); i++) {
            char c = aText.charAt(i);
            switch (c) {
            case BACKSLASH -> out.append("\\\\");
            case TAB -> out.append("\\t");
            case LINE_FEED -> out.append("\\n");
            case CARRIAGE_RETURN -> out.append("\\r");
            case FORM_FEED -> out.append("\\f");
            case BACKSPACE -> out.append("\\b");
            default -> {
                if (c < 0x20 && c != VERTICAL_TAB) {
                    out.append(BACKSLASH);
                }
                out.append(c);
            }
            }
        }
        return out.toString();
    }

    /**
     * Reverses {@link #escapeText(String)}.
     *
     * @param aText
     *            an escaped {@code #Text=} line.
     * @return the raw line.
     */
    public static String unescapeText(String aText)
    {
        StringBuilder out = new StringBuilder(aText.length());
        for (int i = 0; i < aText.length(); i++) {
            char c = aText.charAt(i);
            if (c != BACKSLASH || i + 1 == aText.length()) {
                out.append(c);
                continue;
            }
            char next = aText.charAt(++i);
            switch (next) {
            case BACKSLASH -> out.append(BACKSLASH);
            case 't' -> out.append(TAB);
            case 'n' -> out.append(LINE_FEED);
            case 'r' -> out.append(CARRIAGE_RETURN);
            case 'f' -> out.append(FORM_FEED);
            case 'b' -> out.append(BACKSPACE);
            default -> {
                if (next < 0x20) {
                    out.append(next);
                }
                else {
                    out.append(c).append(next);
                }
            }
            }
        }
        return out.toString();
    }
}
