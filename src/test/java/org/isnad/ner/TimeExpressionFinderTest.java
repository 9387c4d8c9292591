package org.isnad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeExpressionFinderTest
{
    private static final LocalDate THURSDAY = LocalDate.of(2020, 8, 20);
    private TimeExpressionFinder finder;

    @BeforeAll
    void load()
        throws IOException
    {
        finder = new TimeExpressionFinder(NerLexicon.load(KnownWords.NONE));
    }

    private List<String> times(String text, LocalDate date)
    {
        List<String> result = new ArrayList<>();
        for (TimeExpressionFinder.TimeMention m : finder.find(NerTestSupport.tokens(text), date)) {
            result.add(text.substring(m.begin(), m.end()) + "=" + m.value());
        }
        return result;
    }

    @Test
    void thatLevantineMonthDatesGetAFullDate()
    {
        assertThat(times("كان تتمة للحوار الأول الذي جرى بتاريخ 11 حزيران 2020.", THURSDAY))
                .containsExactly("11 حزيران 2020=2020-06-11");
    }

    @Test
    void thatPairedMonthNamesAreOneExpressionResolvedToThePast()
    {
        assertThat(times("الحوار الذي بدأ في بغداد في حزيران يونيو الماضي", THURSDAY))
                .containsExactly("حزيران يونيو الماضي=2020-06");
    }

    @Test
    void thatTwoWordMonthNamesFromCldrAreRecognised()
    {
        assertThat(times("عقدت الجولة في كانون الثاني 2021", THURSDAY))
                .containsExactly("كانون الثاني 2021=2021-01");
    }

    @Test
    void thatRelativeDaysAndWeekdaysResolveAgainstTheDocumentDate()
    {
        assertThat(times("وصل الكاظمي أمس الأربعاء وسيلتقي اليوم الخميس بالرئيس", THURSDAY))
                .containsExactly("أمس=2020-08-19", "الأربعاء=2020-08-19", "اليوم الخميس=2020-08-20");
        assertThat(times("وشهدت واشنطن الثلاثاء الماضي انعقاد الجلسة", THURSDAY))
                .containsExactly("الثلاثاء الماضي=2020-08-18");
    }

    @Test
    void thatRelativeMonthsYearsAndWeeksResolve()
    {
        assertThat(times("شاركنا في نهاية الشهر المنصرم وسنعود العام المقبل", THURSDAY))
                .containsExactly("الشهر المنصرم=2020-07", "العام المقبل=2021");
    }

    @Test
    void thatWithoutADocumentDateRelativeExpressionsHaveNoValue()
    {
        assertThat(times("قال الوزير اليوم الجمعة 23 يوليو", null))
                .containsExactly("اليوم الجمعة 23 يوليو=null");
        assertThat(times("وقال أمس", null)).containsExactly("أمس=null");
    }

    @Test
    void thatTheDayWhenIsNotToday()
    {
        assertThat(times("نتطلع إلى اليوم الذي تنتهي فيه الحاجة", THURSDAY)).isEmpty();
    }

    @Test
    void thatADatelineNearTheStartGivesTheDocumentDate()
    {
        assertThat(DocumentDate.fromDateline("سياسة | 20-08-2020, 21:20 |")).isEqualTo(THURSDAY);
        assertThat(DocumentDate.fromDateline("نشر في 2020/13/45")).isNull();
        assertThat(DocumentDate.fromDateline("")).isNull();
    }
}
