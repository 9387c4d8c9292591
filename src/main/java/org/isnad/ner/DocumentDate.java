package org.isnad.ner;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * The document date that relative time expressions are resolved against. Taken from the text when
 * a dateline near its start gives one (a numeric date such as 20-08-2020, 20/08/2020 or
 * 2020-08-20 in the first {@value #DATELINE_WINDOW} characters), else from the annotator's
 * {@code documentDate} parameter ({@code isnad annotate --date YYYY-MM-DD}), else unknown. A date
 * given with the document itself (an {@code org.isnad.type.DocumentDate} already in the CAS,
 * e.g. from the date column of the Spark input) comes before both. The named-entity stage records
 * the date it used in the CAS, so that later stages and outputs see the same date.
 */
public final class DocumentDate
{
    /** {@code org.isnad.type.DocumentDate.source} values. */
    public static final String SOURCE_INPUT = "input";
    public static final String SOURCE_DATELINE = "dateline";
    public static final String SOURCE_PARAMETER = "parameter";

    /** How far into the text a dateline is looked for. */
    public static final int DATELINE_WINDOW = 800;

    private DocumentDate()
    {
        // static methods only
    }

    /**
     * The document date recorded in the CAS (an {@code org.isnad.type.DocumentDate} feature
     * structure), or null when none is recorded or its value is not a valid ISO date.
     */
    public static LocalDate get(org.apache.uima.jcas.JCas jcas)
    {
        for (org.isnad.type.DocumentDate date : org.apache.uima.fit.util.JCasUtil.select(jcas,
                org.isnad.type.DocumentDate.class)) {
            try {
                return date.getValue() == null ? null : LocalDate.parse(date.getValue().strip());
            }
            catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /** Records the document date in the CAS, replacing any recorded before. */
    public static void set(org.apache.uima.jcas.JCas jcas, LocalDate value, String source)
    {
        for (org.isnad.type.DocumentDate old : List.copyOf(org.apache.uima.fit.util.JCasUtil
                .select(jcas, org.isnad.type.DocumentDate.class))) {
            old.removeFromIndexes();
        }
        org.isnad.type.DocumentDate date = new org.isnad.type.DocumentDate(jcas);
        date.setValue(value.toString());
        date.setSource(source);
        date.addToIndexes();
    }

    /** The date of the first numeric date near the start of {@code text}, or null. */
    public static LocalDate fromDateline(CharSequence text)
    {
        int limit = Math.min(text.length(), DATELINE_WINDOW);
        int i = 0;
        while (i < limit) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && j - i < 12 && (isDigit(text.charAt(j))
                    || text.charAt(j) == '-' || text.charAt(j) == '/' || text.charAt(j) == '.')) {
                j++;
            }
            String candidate = text.subSequence(i, j).toString();
            while (!candidate.isEmpty() && !isDigit(candidate.charAt(candidate.length() - 1))) {
                candidate = candidate.substring(0, candidate.length() - 1);
            }
            LocalDate date = parseNumericDate(candidate);
            if (date != null) {
                return date;
            }
            i = j + 1;
        }
        return null;
    }

    /** Parses d-m-yyyy, d/m/yyyy, d.m.yyyy and yyyy-m-d (any digits), or returns null. */
    public static LocalDate parseNumericDate(String s)
    {
        String w = TimeExpressionFinder.toAsciiDigits(s);
        if (w.length() < 8 || w.length() > 10) {
            return null;
        }
        char sep = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c == '-' || c == '/' || c == '.') {
                sep = c;
                break;
            }
        }
        if (sep == 0) {
            return null;
        }
        String[] parts = w.split(sep == '.' ? "\\." : String.valueOf(sep), -1);
        if (parts.length != 3) {
            return null;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
        }
        try {
            if (parts[0].length() == 4) {
                return valid(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2])));
            }
            if (parts[2].length() == 4) {
                return valid(LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[0])));
            }
        }
        catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static LocalDate valid(LocalDate date)
    {
        return date.getYear() >= 1900 && date.getYear() <= 2100 ? date : null;
    }

    private static boolean isDigit(char c)
    {
        return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
    }
}
