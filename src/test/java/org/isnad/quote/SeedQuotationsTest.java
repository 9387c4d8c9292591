package org.isnad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.isnad.eval.EvaluateQuotesCommand;
import org.isnad.eval.QuoteEvaluator;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code evaluate quotes} over the hand-written gold of the five seed articles
 * (src/test/resources/quotes-gold) and keeps the figures from regressing. The floors are below
 * what the pipeline reaches today (F1 1.00, speakers 1.00 when this test was written).
 */
class SeedQuotationsTest
{
    @Test
    void thatTheSeedGoldIsFoundAndAttributed() throws Exception
    {
        QuoteEvaluator.Score score = EvaluateQuotesCommand.evaluate(
                Path.of("src/test/resources/quotes-gold"), Path.of("seeds"));
        assertThat(score.truePositives + score.falseNegatives).isEqualTo(66);
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.speakerAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.cueF1()).isGreaterThanOrEqualTo(0.95);
    }
}
