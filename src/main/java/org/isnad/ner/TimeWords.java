package org.isnad.ner;

import java.util.Map;
import java.util.Set;

/** Relative time words and their modifiers, in {@link EntityKeys#normalize} form. */
final class TimeWords
{
    /** Day offsets of relative day words: اليوم, أمس, غدا ... */
    static final Map<String, Integer> RELATIVE_DAYS = Map.of(
            "\u0627\u0644\u064A\u0648\u0645", 0, // اليوم
            "\u0627\u0645\u0633", -1, // أمس
            "\u0627\u0644\u0627\u0645\u0633", -1, // الأمس
            "\u0627\u0644\u0628\u0627\u0631\u062D\u0647", -1, // البارحة
            "\u063A\u062F\u0627", 1, // غدا
            "\u063A\u062F\u0627\u064B", 1, // غداً (tanwin is dropped by normalisation anyway)
            "\u0627\u0644\u063A\u062F", 1); // الغد
    /** الماضي, المنصرم, الفائت, السابق (and feminine forms). */
    static final Set<String> PAST = Set.of("\u0627\u0644\u0645\u0627\u0636\u064A",
            "\u0627\u0644\u0645\u0627\u0636\u064A\u0647", "\u0627\u0644\u0645\u0646\u0635\u0631\u0645",
            "\u0627\u0644\u0645\u0646\u0635\u0631\u0645\u0647", "\u0627\u0644\u0641\u0627\u0626\u062A",
            "\u0627\u0644\u0641\u0627\u064A\u062A", "\u0627\u0644\u0641\u0627\u064A\u062A\u0647");
    /** المقبل, القادم, التالي (and feminine forms). */
    static final Set<String> NEXT = Set.of("\u0627\u0644\u0645\u0642\u0628\u0644",
            "\u0627\u0644\u0645\u0642\u0628\u0644\u0647", "\u0627\u0644\u0642\u0627\u062F\u0645",
            "\u0627\u0644\u0642\u0627\u062F\u0645\u0647", "\u0627\u0644\u062A\u0627\u0644\u064A");
    /** الحالي, الجاري (and feminine forms). */
    static final Set<String> CURRENT = Set.of("\u0627\u0644\u062D\u0627\u0644\u064A",
            "\u0627\u0644\u062D\u0627\u0644\u064A\u0647", "\u0627\u0644\u062C\u0627\u0631\u064A",
            "\u0627\u0644\u062C\u0627\u0631\u064A\u0647");
    /** الشهر, العام, السنة, الأسبوع. */
    static final String MONTH = "\u0627\u0644\u0634\u0647\u0631";
    static final String YEAR = "\u0627\u0644\u0639\u0627\u0645";
    static final String YEAR_SANA = "\u0627\u0644\u0633\u0646\u0647";
    static final String WEEK = "\u0627\u0644\u0627\u0633\u0628\u0648\u0639";
    /** عام, سنة, العام (before a year number). */
    static final Set<String> YEAR_NOUNS = Set.of("\u0639\u0627\u0645", "\u0633\u0646\u0647",
            "\u0627\u0644\u0639\u0627\u0645", "\u0627\u0644\u0633\u0646\u0647");
    /** يوم, شهر (before a weekday or month name; part of the expression). */
    static final String DAY_NOUN = "\u064A\u0648\u0645";
    static final String MONTH_NOUN = "\u0634\u0647\u0631";
    /** الذي, التي: اليوم الذي is "the day when", not today. */
    static final Set<String> RELATIVE_PRONOUNS = Set.of("\u0627\u0644\u0630\u064A", "\u0627\u0644\u062A\u064A");

    private TimeWords()
    {
        // constants only
    }

    static boolean isTimeWord(NerLexicon lexicon, String norm)
    {
        return RELATIVE_DAYS.containsKey(norm) || PAST.contains(norm) || NEXT.contains(norm)
                || CURRENT.contains(norm) || lexicon.weekday(norm) > 0 || lexicon.month(norm) > 0
                || norm.equals(MONTH) || norm.equals(YEAR) || norm.equals(WEEK)
                || norm.equals(YEAR_SANA);
    }
}
