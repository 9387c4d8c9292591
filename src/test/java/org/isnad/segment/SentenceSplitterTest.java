package org.isnad.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest
{
    private List<String> sentences(String text)
    {
        return sentences(text, new SentenceSplitter());
    }

    private List<String> sentences(String text, SentenceSplitter splitter)
    {
        List<RawToken> tokens = new WordTokenizer().tokenize(text);
        return splitter.split(text, tokens).stream()
                .map(s -> text.substring(tokens.get(s.firstToken()).begin(),
                        tokens.get(s.lastToken()).end()))
                .toList();
    }

    @Test
    void thatFullStopsQuestionAndExclamationMarksEndSentences()
    {
        assertThat(sentences("وصل الكاظمي إلى واشنطن. هل يلتقي ترمب؟ نعم! وانتهى اللقاء"))
                .containsExactly("وصل الكاظمي إلى واشنطن.", "هل يلتقي ترمب؟", "نعم!",
                        "وانتهى اللقاء");
    }

    @Test
    void thatAFullStopWithoutSpaceBeforeTheNextWordEndsTheSentence()
    {
        assertThat(sentences("في تحقيق الأمن والازدهار\".وأضاف البيان \"معاً\""))
                .containsExactly("في تحقيق الأمن والازدهار\".", "وأضاف البيان \"معاً\"");
    }

    @Test
    void thatAClosingQuoteAfterTheFullStopBelongsToTheSentence()
    {
        assertThat(sentences("وقال \"نحن مستمرون بالتنسيق.\" وأضاف «سنعمل معاً.» ثم غادر."))
                .containsExactly("وقال \"نحن مستمرون بالتنسيق.\"", "وأضاف «سنعمل معاً.»",
                        "ثم غادر.");
    }

    @Test
    void thatAnOpeningStraightQuoteAfterAFullStopStartsTheNextSentence()
    {
        assertThat(sentences("انتهى الاجتماع. \"سنعود\" قال الوزير."))
                .containsExactly("انتهى الاجتماع.", "\"سنعود\" قال الوزير.");
    }

    @Test
    void thatALineWithoutFinalPunctuationIsItsOwnSentence()
    {
        assertThat(sentences("فيديو استقبال الرئيس ترمب للكاظمي في البيت الأبيض\n\n"
                + "إيلاف من لندن\nوقال البيان إن العلاقات قوية."))
                .containsExactly("فيديو استقبال الرئيس ترمب للكاظمي في البيت الأبيض",
                        "إيلاف من لندن", "وقال البيان إن العلاقات قوية.");
    }

    @Test
    void thatCrLfLineBreaksAreAccepted()
    {
        assertThat(sentences("العنوان الأول\r\nالنص هنا.\r\n")).containsExactly("العنوان الأول",
                "النص هنا.");
    }

    @Test
    void thatHardWrappedTextKeepsSentencesAcrossSingleLineBreaksWhenAsked()
    {
        assertThat(sentences("وصل الكاظمي\nإلى واشنطن.\n\nعنوان", new SentenceSplitter(false)))
                .containsExactly("وصل الكاظمي\nإلى واشنطن.", "عنوان");
    }

    @Test
    void thatAbbreviationsAndDecimalsDoNotEndSentences()
    {
        assertThat(sentences("قال د. محمد إن النمو بلغ 3.5 بالمئة. وأضاف أ.د. علي كلاما."))
                .containsExactly("قال د. محمد إن النمو بلغ 3.5 بالمئة.", "وأضاف أ.د. علي كلاما.");
    }

    @Test
    void thatAnEllipsisInsideALineDoesNotEndTheSentenceButOneAtTheLineEndDoes()
    {
        assertThat(sentences("وأضاف... أن الأمر صعب\nثم قال: ربما…\nالنهاية"))
                .containsExactly("وأضاف... أن الأمر صعب", "ثم قال: ربما…", "النهاية");
    }

    @Test
    void thatRunsOfFinalPunctuationStayTogether()
    {
        assertThat(sentences("حقا؟! لا أصدق!!! انتهى")).containsExactly("حقا؟!", "لا أصدق!!!",
                "انتهى");
    }

    @Test
    void thatALongLineWithoutPunctuationIsOneSentence()
    {
        String line = "كلمة ".repeat(5000).trim();
        assertThat(sentences(line)).hasSize(1);
    }
}
