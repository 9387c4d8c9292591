package org.isnad.ner;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds time expressions and gives each an ISO 8601 value resolved against the document date.
 * Plain Java over the tokens of one sentence.
 *
 * <p>Recognised, with their values:
 * <ul>
 * <li>numeric dates 20-08-2020, 20/8/2020, 2020-08-20 → 2020-08-20;</li>
 * <li>[يوم] [weekday] [،] day month [،] [year]: 20 آب 2020, الجمعة 23 يوليو, 11 حزيران 2020 →
 * 2020-08-20 (a missing year is the document year);</li>
 * <li>month [paired month] [من] [year | العام الماضي | الماضي | المقبل]: حزيران يونيو الماضي,
 * أغسطس 2020, حزيران من العام الماضي → 2020-06; month names are Gregorian (يناير ...),
 * Levantine/Iraqi (كانون الثاني ... كانون الأول) or Maghreb (جانفي ...), from CLDR; a bare month
 * is the nearest such month not after the document date;</li>
 * <li>عام/سنة/العام + year: عام 2020 → 2020;</li>
 * <li>relative days: اليوم, أمس, الأمس, البارحة, غدا, الغد (اليوم الذي is not one); weekdays:
 * [يوم] الخميس → the latest Thursday on or before the document date, الخميس الماضي → strictly
 * before, الخميس المقبل → strictly after, اليوم الخميس → the document date;</li>
 * <li>الشهر / الأسبوع / العام / السنة + الماضي / المقبل / الحالي → 2020-07, 2020-W33, 2019.</li>
 * </ul>
 * Without a document date, expressions that need one get a null value.
 */
public final class TimeExpressionFinder
{
    /** A time expression: document offsets and ISO 8601 value (null when unresolved). */
    public record TimeMention(int begin, int end, String value) {}

    private final NerLexicon lexicon;

    public TimeExpressionFinder(NerLexicon lexicon)
    {
        this.lexicon = lexicon;
    }

    /** Finds the time expressions of one sentence; {@code date} may be null. */
    public List<TimeMention> find(List<NerToken> tokens, LocalDate date)
    {
        List<TimeMention> result = new ArrayList<>();
        int n = tokens.size();
        String[] norm = new String[n];
        for (int i = 0; i < n; i++) {
            norm[i] = tokens.get(i).form() == null ? "" : EntityKeys.normalize(tokens.get(i).form());
        }
        int i = 0;
        while (i < n) {
            Match match = match(norm, i, date);
            if (match == null) {
                i++;
                continue;
            }
            result.add(new TimeMention(tokens.get(match.start).begin(), tokens.get(match.end - 1).end(),
                    match.value));
            i = match.end;
        }
        return result;
    }

    private record Match(int start, int end, String value) {}

    private Match match(String[] w, int i, LocalDate date)
    {
        LocalDate numeric = DocumentDate.parseNumericDate(w[i]);
        if (numeric != null) {
            return new Match(i, i + 1, numeric.toString());
        }
        int start = i;
        int j = i;
        if (w[j].equals(TimeWords.DAY_NOUN) && j + 1 < w.length && weekday(w[j + 1]) > 0) {
            j++;
        }
        // اليوم الخميس
        if (w[j].equals(relativeToday()) && j + 1 < w.length && weekday(w[j + 1]) > 0) {
            Match rest = dayMonthYear(w, j + 2, date);
            if (rest != null) {
                return new Match(start, rest.end, rest.value);
            }
            return new Match(start, j + 2, date == null ? null : date.toString());
        }
        int weekday = weekday(w[j]);
        if (weekday > 0) {
            int k = j + 1;
            if (k < w.length && isComma(w[k])) {
                k++;
            }
            Match dated = dayMonthYear(w, k, date);
            if (dated != null) {
                return new Match(start, dated.end, dated.value);
            }
            if (j + 1 < w.length && TimeWords.PAST.contains(w[j + 1])) {
                return new Match(start, j + 2, date == null ? null
                        : date.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.of(weekday))).toString());
            }
            if (j + 1 < w.length && TimeWords.NEXT.contains(w[j + 1])) {
                return new Match(start, j + 2, date == null ? null
                        : date.with(TemporalAdjusters.next(DayOfWeek.of(weekday))).toString());
            }
            if (!w[j].startsWith(NerLexicon.ARTICLE) && start == j) {
                return null; // bare جمعة / خميس without article: too ambiguous
            }
            return new Match(start, j + 1, date == null ? null
                    : date.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(weekday))).toString());
        }
        Match dated = dayMonthYear(w, i, date);
        if (dated != null) {
            return dated;
        }
        Match month = monthExpression(w, i, i, date, true);
        if (month != null) {
            return month;
        }
        if (TimeWords.YEAR_NOUNS.contains(w[i]) && i + 1 < w.length && year(w[i + 1]) > 0) {
            return new Match(i, i + 2, Integer.toString(year(w[i + 1])));
        }
        Integer days = TimeWords.RELATIVE_DAYS.get(w[i]);
        if (days != null) {
            if (days == 0 && i + 1 < w.length && TimeWords.RELATIVE_PRONOUNS.contains(w[i + 1])) {
                return null;
            }
            return new Match(i, i + 1, date == null ? null : date.plusDays(days).toString());
        }
        if (i + 1 < w.length && (w[i].equals(TimeWords.MONTH) || w[i].equals(TimeWords.YEAR)
                || w[i].equals(TimeWords.YEAR_SANA) || w[i].equals(TimeWords.WEEK))) {
            int shift = TimeWords.PAST.contains(w[i + 1]) ? -1
                    : TimeWords.NEXT.contains(w[i + 1]) ? 1 : TimeWords.CURRENT.contains(w[i + 1]) ? 0 : 9;
            if (shift == 9) {
                return null;
            }
            String value = null;
            if (date != null) {
                if (w[i].equals(TimeWords.MONTH)) {
                    value = YearMonth.from(date).plusMonths(shift).toString();
                }
                else if (w[i].equals(TimeWords.WEEK)) {
                    LocalDate d = date.plusWeeks(shift);
                    value = String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                            d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                }
                else {
                    value = Integer.toString(date.getYear() + shift);
                }
            }
            return new Match(i, i + 2, value);
        }
        return null;
    }

    private static String relativeToday()
    {
        return "\u0627\u0644\u064A\u0648\u0645";
    }

    /** day [،] month [،] [year] starting at {@code i}. */
    private Match dayMonthYear(String[] w, int i, LocalDate date)
    {
        if (i >= w.length || !isDayNumber(w[i])) {
            return null;
        }
        int[] month = monthAt(w, i + 1);
        if (month == null) {
            return null;
        }
        int day = Integer.parseInt(toAsciiDigits(w[i]));
        int j = month[1];
        int year = 0;
        int k = j;
        if (k < w.length && isComma(w[k])) {
            k++;
        }
        if (k < w.length && TimeWords.YEAR_NOUNS.contains(w[k]) && k + 1 < w.length && year(w[k + 1]) > 0) {
            year = year(w[k + 1]);
            j = k + 2;
        }
        else if (k < w.length && year(w[k]) > 0) {
            year = year(w[k]);
            j = k + 1;
        }
        if (year == 0 && date != null) {
            year = date.getYear();
        }
        String value = null;
        if (year > 0) {
            try {
                value = LocalDate.of(year, month[0], day).toString();
            }
            catch (DateTimeException e) {
                return null;
            }
        }
        return new Match(i, j, value);
    }

    /** month [paired month] [من] [year | العام الماضي | الماضي | المقبل]. */
    private Match monthExpression(String[] w, int start, int i, LocalDate date, boolean allowBare)
    {
        int j = i;
        if (w[j].equals(TimeWords.MONTH_NOUN) && j + 1 < w.length) {
            j++;
        }
        int[] month = monthAt(w, j);
        if (month == null) {
            return null;
        }
        j = month[1];
        // paired form: حزيران يونيو, or (يونيو)
        int[] paired = j < w.length ? monthAt(w, j) : null;
        if (paired != null && paired[0] == month[0]) {
            j = paired[1];
        }
        else if (j + 2 < w.length && w[j].equals("(") && monthAt(w, j + 1) != null
                && monthAt(w, j + 1)[1] < w.length && w[monthAt(w, j + 1)[1]].equals(")")) {
            j = monthAt(w, j + 1)[1] + 1;
        }
        int k = j < w.length && w[j].equals("\u0645\u0646") ? j + 1 : j; // من
        if (k < w.length && isComma(w[k])) {
            k++;
        }
        if (k < w.length && year(w[k]) > 0) {
            return new Match(start, k + 1, YearMonth.of(year(w[k]), month[0]).toString());
        }
        if (k + 1 < w.length && TimeWords.YEAR_NOUNS.contains(w[k]) && year(w[k + 1]) > 0) {
            return new Match(start, k + 2, YearMonth.of(year(w[k + 1]), month[0]).toString());
        }
        if (k + 1 < w.length && (w[k].equals(TimeWords.YEAR) || w[k].equals(TimeWords.YEAR_SANA))) {
            int shift = TimeWords.PAST.contains(w[k + 1]) ? -1
                    : TimeWords.NEXT.contains(w[k + 1]) ? 1 : TimeWords.CURRENT.contains(w[k + 1]) ? 0 : 9;
            if (shift != 9) {
                return new Match(start, k + 2, date == null ? null
                        : YearMonth.of(date.getYear() + shift, month[0]).toString());
            }
        }
        if (j < w.length && TimeWords.PAST.contains(w[j])) {
            return new Match(start, j + 1, date == null ? null : lastMonth(date, month[0], true));
        }
        if (j < w.length && TimeWords.NEXT.contains(w[j])) {
            return new Match(start, j + 1, date == null ? null : nextMonth(date, month[0]));
        }
        if (!allowBare || (month[2] == 1 && j == month[1] && w[i].equals(w[start])
                && !w[i].equals(TimeWords.MONTH_NOUN))) {
            return null; // a bare month name that is also an ordinary word (مارس, آب)
        }
        return new Match(start, j, date == null ? null : lastMonth(date, month[0], false));
    }

    private static String lastMonth(LocalDate date, int month, boolean strictlyBefore)
    {
        YearMonth current = YearMonth.from(date);
        YearMonth candidate = YearMonth.of(date.getYear(), month);
        if (candidate.isAfter(current) || (strictlyBefore && candidate.equals(current))) {
            candidate = candidate.minusYears(1);
        }
        return candidate.toString();
    }

    private static String nextMonth(LocalDate date, int month)
    {
        YearMonth current = YearMonth.from(date);
        YearMonth candidate = YearMonth.of(date.getYear(), month);
        if (!candidate.isAfter(current)) {
            candidate = candidate.plusYears(1);
        }
        return candidate.toString();
    }

    /** {month, end, ambiguous} of a one- or two-word month name at {@code i}, or null. */
    private int[] monthAt(String[] w, int i)
    {
        if (i >= w.length) {
            return null;
        }
        if (i + 1 < w.length) {
            int two = lexicon.month(w[i] + " " + w[i + 1]);
            if (two > 0) {
                return new int[] { two, i + 2, 0 };
            }
        }
        int one = lexicon.month(w[i]);
        if (one > 0) {
            return new int[] { one, i + 1, AMBIGUOUS_MONTHS.contains(w[i]) ? 1 : 0 };
        }
        return null;
    }

    /** مارس (he practised), آب (normalised: اب, father), ايار: need a day, year or modifier. */
    private static final java.util.Set<String> AMBIGUOUS_MONTHS = java.util.Set.of(
            "\u0645\u0627\u0631\u0633", "\u0627\u0628", "\u0645\u0627\u064A\u0648");

    private int weekday(String norm)
    {
        return norm.startsWith(NerLexicon.ARTICLE) ? lexicon.weekday(norm) : 0;
    }

    private static boolean isComma(String w)
    {
        return w.equals("\u060C") || w.equals(",");
    }

    private static boolean isDayNumber(String w)
    {
        String d = toAsciiDigits(w);
        if (d.isEmpty() || d.length() > 2) {
            return false;
        }
        for (int k = 0; k < d.length(); k++) {
            if (d.charAt(k) < '0' || d.charAt(k) > '9') {
                return false;
            }
        }
        int day = Integer.parseInt(d);
        return day >= 1 && day <= 31;
    }

    /** A year 1900-2100 written in digits, or 0. */
    static int year(String w)
    {
        String d = toAsciiDigits(w);
        if (d.length() != 4) {
            return 0;
        }
        for (int k = 0; k < 4; k++) {
            if (d.charAt(k) < '0' || d.charAt(k) > '9') {
                return 0;
            }
        }
        int year = Integer.parseInt(d);
        return year >= 1900 && year <= 2100 ? year : 0;
    }

    /** Arabic-Indic and Persian digits to ASCII. */
    static String toAsciiDigits(String w)
    {
        StringBuilder sb = new StringBuilder(w.length());
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c >= '\u0660' && c <= '\u0669') {
                c = (char) ('0' + (c - '\u0660'));
            }
            else if (c >= '\u06F0' && c <= '\u06F9') {
                c = (char) ('0' + (c - '\u06F0'));
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
