package org.isnad.segment;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.isnad.testing.CasAssert;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.SurfaceForm;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class ArabicSegmenterTest
{
    private JCas process(String text, Object... parameters) throws Exception
    {
        AnalysisEngine engine = createEngine(ArabicSegmenter.class, parameters);
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("ar");
        engine.process(jcas);
        CasAssert.assertValid(jcas);
        return jcas;
    }

    @Test
    void thatSentencesAndTokensOfANewsParagraphAreAnnotated() throws Exception
    {
        JCas jcas = process("إيلاف من لندن: أكد العراق التزامه بتنسيق أمني مشترك .\n\n"
                + "وقال بيان مشترك إن \"الشراكة الإستراتيجية مبنية على رغبة مشتركة\".وأضاف البيان");
        List<String> sentences = JCasUtil.select(jcas, Sentence.class).stream()
                .map(Sentence::getCoveredText).toList();
        assertThat(sentences).containsExactly(
                "إيلاف من لندن: أكد العراق التزامه بتنسيق أمني مشترك .",
                "وقال بيان مشترك إن \"الشراكة الإستراتيجية مبنية على رغبة مشتركة\".",
                "وأضاف البيان");
        assertThat(JCasUtil.select(jcas, Token.class)).hasSize(30);
        assertThat(JCasUtil.select(jcas, SurfaceForm.class)).extracting(SurfaceForm::getValue)
                .containsExactly("التزامه", "بتنسيق", "وقال", "وأضاف");
    }

    @Test
    void thatTokenSpansAreExactSubstringsAndFormsDropTatweelDiacriticsAndBidiMarks()
        throws Exception
    {
        JCas jcas = process("الرئيـــس العِرَاقِيّ ترم\u200Fب");
        List<Token> tokens = List.copyOf(JCasUtil.select(jcas, Token.class));
        assertThat(tokens).extracting(Token::getCoveredText).containsExactly("الرئيـــس",
                "العِرَاقِيّ", "ترم\u200Fب");
        assertThat(tokens).extracting(Token::getFormValue).containsExactly("الرئيس", "العراقي",
                "ترمب");
    }

    @Test
    void thatAnUnchangedWordHasNoSeparateForm() throws Exception
    {
        JCas jcas = process("بغداد");
        Token token = JCasUtil.selectSingle(jcas, Token.class);
        assertThat(token.getForm()).isNull();
        assertThat(token.getText()).isEqualTo("بغداد");
    }

    @Test
    void thatHardWrappedTextCanKeepSentencesOverLineBreaks() throws Exception
    {
        JCas jcas = process("وصل الكاظمي\nإلى واشنطن.",
                ArabicSegmenter.PARAM_LINE_BREAK_ENDS_SENTENCE, false);
        assertThat(JCasUtil.select(jcas, Sentence.class)).hasSize(1);
    }

    @Test
    void thatEmptyAndNonArabicDocumentsAreHandled() throws Exception
    {
        assertThat(JCasUtil.select(process(""), Token.class)).isEmpty();
        JCas latin = process("The Iraqi prime minister met President Trump on 20-08-2020.");
        assertThat(JCasUtil.select(latin, Token.class)).extracting(Token::getCoveredText)
                .contains("20-08-2020", "Trump", ".");
    }
}
