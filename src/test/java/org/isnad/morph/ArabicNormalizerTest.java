package org.isnad.morph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest
{
    private static void check(String input, String expected)
    {
        assertThat(ArabicNormalizer.normalize(input)).isEqualTo(expected);
    }

    @Test
    void thatAlefWithHamzaAboveBecomesBareAlef()
    {
        check("أكد", "اكد");
    }

    @Test
    void thatAlefWithHamzaBelowBecomesBareAlef()
    {
        check("إلى", "الي");
    }

    @Test
    void thatAlefWithMaddaBecomesBareAlef()
    {
        check("آخر", "اخر");
    }

    @Test
    void thatAlefWaslaBecomesBareAlef()
    {
        check("ٱلله", "الله");
    }

    @Test
    void thatAlefMaksuraBecomesYeh()
    {
        check("لدى", "لدي");
    }

    @Test
    void thatTehMarbutaBecomesHeh()
    {
        check("الحكومة", "الحكومه");
    }

    @Test
    void thatDiacriticsAreRemoved()
    {
        check("أَعْلَنَتْ", "اعلنت");
        check("تَرْشِيحًا", "ترشيحا");
        check("السِّتِّينَ", "الستين");
    }

    @Test
    void thatTatweelIsRemoved()
    {
        check("الـعـراق", "العراق");
    }

    @Test
    void thatInvisibleMarksAreRemoved()
    {
        check("\u200Fبغداد\u200E", "بغداد");
    }

    @Test
    void thatHamzaOnWawAndYehIsKept()
    {
        check("مؤتمر", "مؤتمر");
        check("رئيس", "رئيس");
    }

    @Test
    void thatSpellingVariantsOfNewsMeet()
    {
        assertThat(ArabicNormalizer.normalize("على")).isEqualTo(ArabicNormalizer.normalize("علي"));
        assertThat(ArabicNormalizer.normalize("إتفاقية"))
                .isEqualTo(ArabicNormalizer.normalize("اتفاقيه"));
    }

    @Test
    void thatEmptyAndNonArabicInputIsUnchanged()
    {
        check("", "");
        check("COVID-19", "COVID-19");
    }
}
