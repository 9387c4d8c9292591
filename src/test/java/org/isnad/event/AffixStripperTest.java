package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.morph.ArabicNormalizer;
import org.junit.jupiter.api.Test;

class AffixStripperTest
{
    private static java.util.Set<String> candidates(String word)
    {
        return AffixStripper.candidates(ArabicNormalizer.normalize(word));
    }

    @Test
    void thatImperfectVerbsProposeThePerfectStem()
    {
        assertThat(candidates("يلتقي")).contains("التقي");
        assertThat(candidates("سيجتمع")).contains("اجتمع");
        assertThat(candidates("يتظاهرون")).contains("تظاهر");
    }

    @Test
    void thatWeakRootsProposeTheirAlef()
    {
        assertThat(candidates("يزور")).contains("زار");
        assertThat(candidates("يدعو")).contains("دعا");
        assertThat(candidates("دعت")).contains("دعا");
    }

    @Test
    void thatNounSuffixesRestoreTehMarbuta()
    {
        assertThat(candidates("زيارته")).contains("زياره");
        assertThat(candidates("بالمظاهرات")).contains("مظاهره");
        assertThat(candidates("لقائه")).contains("لقاء");
        assertThat(candidates("اجتماعا")).contains("اجتماع");
    }

    @Test
    void thatNisbaAdjectivesAndFemininePluralsAreNotStrippedToVerbs()
    {
        assertThat(candidates("التنسيقي")).doesNotContain("تنسيق");
        assertThat(candidates("الاثنين")).doesNotContain("اثني");
    }

    @Test
    void thatCircumstantialParticiplesProposeTheirVerbButProtestersDoNot()
    {
        assertThat(candidates("مطالبين")).contains("طالب");
        assertThat(candidates("مرددين")).contains("ردد");
        assertThat(candidates("متظاهرين")).doesNotContain("تظاهر");
    }

    @Test
    void thatOddInputNeverThrows()
    {
        assertThat(AffixStripper.candidates("")).isEmpty();
        assertThat(AffixStripper.candidates("و")).isEmpty();
        assertThat(AffixStripper.candidates("abc\u0000")).contains("abc\u0000");
    }
}
