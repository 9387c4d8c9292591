package org.isnad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuoteMarksTest
{
    /** Each pair as its content, unclosed pairs as "…content". */
    private static List<String> pairs(String text)
    {
        List<QuoteWord> words = QuoteWord.fromText(text);
        return QuoteMarks.pair(text, words, 5000).stream().map(p -> {
            int from = words.get(p.open()).end();
            if (!p.closed()) {
                return "…" + text.substring(from).split("\n")[0].strip();
            }
            return text.substring(from, words.get(p.close()).begin());
        }).toList();
    }

    @Test
    void thatEveryMarkStylePairs()
    {
        assertThat(pairs("قال «نعم» ثم “لا” و„ربما“ و\"أبدا\" و'حسنا'"))
                .containsExactly("نعم", "لا", "ربما", "أبدا", "حسنا");
    }

    @Test
    void thatAGuillemetMayBeClosedByAStraightQuote()
    {
        assertThat(pairs("وأضاف حسين: «نسعى إلى مواصلة التنسيق\"."))
                .containsExactly("نسعى إلى مواصلة التنسيق");
    }

    @Test
    void thatStraightQuotesNest()
    {
        assertThat(pairs("وتابع: \"لقد هزمنا تنظيم \"داعش\" الإرهابي\"."))
                .containsExactly("لقد هزمنا تنظيم \"داعش\" الإرهابي", "داعش");
    }

    @Test
    void thatAMarkGluedToThePreviousWordStillOpens()
    {
        assertThat(pairs("وأكد الوزير أن\" هذه الجلسات مهمة\"."))
                .containsExactly(" هذه الجلسات مهمة");
    }

    @Test
    void thatAStrayClosingMarkIsIgnored()
    {
        assertThat(pairs("ولفت إلى أن دولته تثمن الجهود الإرهابي\"،")).isEmpty();
    }

    @Test
    void thatAnUnclosedMarkEndsAtItsParagraph()
    {
        assertThat(pairs("وقال: «إن القوات تقدمت\n\nوفي سياق آخر «نعم» قال."))
                .containsExactly("…إن القوات تقدمت", "نعم");
    }

    @Test
    void thatAnApostropheInsideAWordIsNotAMark()
    {
        assertThat(pairs("He said don't go")).isEmpty();
    }
}
