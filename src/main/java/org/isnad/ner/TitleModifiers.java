package org.isnad.ner;

import java.util.Set;

/** Words that may follow a title before the name and are not part of either (السابق, الحالي). */
final class TitleModifiers
{
    private static final Set<String> MODIFIERS = Set.of(
            "\u0627\u0644\u0633\u0627\u0628\u0642", // السابق
            "\u0627\u0644\u0633\u0627\u0628\u0642\u0647", // السابقة
            "\u0627\u0644\u062D\u0627\u0644\u064A", // الحالي
            "\u0627\u0644\u062D\u0627\u0644\u064A\u0647", // الحالية
            "\u0627\u0644\u062C\u062F\u064A\u062F", // الجديد
            "\u0627\u0644\u062C\u062F\u064A\u062F\u0647", // الجديدة
            "\u0627\u0644\u0627\u0633\u0628\u0642", // الأسبق
            "\u0627\u0644\u0645\u0646\u062A\u062E\u0628", // المنتخب
            "\u0627\u0644\u0645\u0643\u0644\u0641", // المكلف
            "\u0627\u0644\u0631\u0627\u062D\u0644", // الراحل
            "\u0627\u0644\u0631\u0627\u062D\u0644\u0647", // الراحلة
            "\u0627\u0644\u0639\u0627\u0645", // العام (الأمين العام is a title; امين عام ...)
            "\u0627\u0644\u0627\u0639\u0644\u0649", // الأعلى (normalised ى → ي below)
            "\u0627\u0644\u0627\u0639\u0644\u064A");

    private TitleModifiers()
    {
        // constants only
    }

    static boolean isModifier(String norm)
    {
        return MODIFIERS.contains(norm);
    }
}
