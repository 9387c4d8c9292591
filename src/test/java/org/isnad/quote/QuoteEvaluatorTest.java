package org.isnad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.isnad.eval.QuoteEvaluator;
import org.isnad.eval.QuoteGold;
import org.junit.jupiter.api.Test;

class QuoteEvaluatorTest
{
    private static QuoteGold.Quotation gold(int begin, int end, String speaker, int cueBegin)
    {
        return new QuoteGold.Quotation(begin, end, "direct", speaker,
                new QuoteGold.Span(cueBegin, cueBegin + 4), null, null);
    }

    @Test
    void thatSpansMatchWhenTheyOverlapByHalfBothWays()
    {
        QuoteEvaluator evaluator = new QuoteEvaluator();
        String text = "x".repeat(200);
        evaluator.add("d", text, List.of(gold(0, 100, "مصطفى الكاظمي", 150),
                gold(110, 130, "ترمب", 160)),
                List.of(new QuoteEvaluator.Predicted(10, 100, "direct", "الكاظمي", 150, 154),
                        new QuoteEvaluator.Predicted(100, 190, "direct", "ترمب", 170, 174)));
        QuoteEvaluator.Score score = evaluator.score();
        assertThat(score.truePositives).isEqualTo(1);
        assertThat(score.falsePositives).isEqualTo(1);
        assertThat(score.falseNegatives).isEqualTo(1);
        assertThat(score.speakerAccuracy()).isEqualTo(1.0);
        assertThat(score.cueTruePositives).isEqualTo(1);
        assertThat(score.cueFalsePositives).isEqualTo(1);
    }

    @Test
    void thatSpeakerNamesAreComparedAfterNormalisationAndContainment()
    {
        assertThat(QuoteEvaluator.sameSpeaker("مصطفى الكاظمي", "الكاظمي")).isTrue();
        assertThat(QuoteEvaluator.sameSpeaker("البيان المشترك", "بيان مشترك")).isTrue();
        assertThat(QuoteEvaluator.sameSpeaker("وكالة الأنباء العراقية", "الوكالة")).isTrue();
        assertThat(QuoteEvaluator.sameSpeaker("أحمد الصحاف", "احمد الصحاف")).isTrue();
        assertThat(QuoteEvaluator.sameSpeaker("دونالد ترمب", "فؤاد حسين")).isFalse();
        assertThat(QuoteEvaluator.sameSpeaker("دونالد ترمب", null)).isFalse();
    }
}
