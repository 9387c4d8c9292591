package org.isnad.segment;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.io.conll.ConllUWriter;
import org.dkpro.core.testing.validation.CasValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.SurfaceForm;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class ArabicSegmenterCliticTest
{
    private static JCas segment(String text, Object... parameters)
        throws Exception
    {
        AnalysisEngine engine = createEngine(ArabicSegmenter.class, parameters);
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("ar");
        engine.process(jcas);
        assertThat(new CasValidator().analyze(jcas).isEmpty()).isTrue();
        return jcas;
    }

    private static List<String> tokens(JCas jcas)
    {
        return JCasUtil.select(jcas, Token.class).stream()
                .map(t -> t.getCoveredText() + (t.getForm() != null ? "=" + t.getForm().getValue() : ""))
                .collect(Collectors.toList());
    }

    @Test
    void thatEachSyntacticWordIsATokenOverItsExactSubstring()
        throws Exception
    {
        JCas jcas = segment("وقال بيان مشترك للحكومة العراقية.");
        assertThat(tokens(jcas)).containsExactly("و", "قال", "بيان", "مشترك", "ل",
                "لحكومة=الحكومة", "العراقية", ".");
        assertThat(JCasUtil.select(jcas, SurfaceForm.class)).extracting(SurfaceForm::getValue)
                .containsExactly("وقال", "للحكومة");
    }

    @Test
    void thatLemmaAndUposAreSetWhereTheLexiconKnowsThem()
        throws Exception
    {
        JCas jcas = segment("وأكد العراق والولايات المتحدة التزامهما.");
        Token conj = JCasUtil.select(jcas, Token.class).iterator().next();
        assertThat(conj.getPos().getCoarseValue()).isEqualTo("CCONJ");
        Token states = JCasUtil.select(jcas, Token.class).stream()
                .filter(t -> t.getCoveredText().equals("الولايات")).findFirst().orElseThrow();
        assertThat(states.getLemma().getValue()).isEqualTo("ولاية");
        assertThat(states.getPos().getCoarseValue()).isEqualTo("NOUN");
    }

    @Test
    void thatANameTheDocumentRepeatsStaysWholeWhileItsProcliticsAreSplit()
        throws Exception
    {
        JCas jcas = segment("صدر الجزء الأخير من سلسلة هاري بوتر. وقالت الكاتبة إن بوتر "
                + "سيعود، وإن لبوتر أصدقاء كثيرين.");
        assertThat(tokens(jcas)).contains("بوتر").doesNotContain("وتر")
                .containsSubsequence("و", "قالت", "ل", "بوتر", "أصدقاء");
    }

    @Test
    void thatOrthographicWordsStayWholeWhenClitcSplittingIsOff()
        throws Exception
    {
        JCas jcas = segment("وقال بيان مشترك للحكومة.", ArabicSegmenter.PARAM_SPLIT_CLITICS, false);
        assertThat(tokens(jcas)).containsExactly("وقال", "بيان", "مشترك", "للحكومة", ".");
        assertThat(JCasUtil.select(jcas, SurfaceForm.class)).isEmpty();
    }

    @Test
    void thatConllUOutputHasMultiwordTokenLines(@TempDir Path dir)
        throws Exception
    {
        Path input = Path.of("src/test/resources/org/isnad/segment/conllu/statement.txt");
        JCas jcas = segment(Files.readString(input, StandardCharsets.UTF_8));
        DocumentMetaData meta = DocumentMetaData.create(jcas);
        meta.setDocumentId("statement");
        meta.setDocumentBaseUri(dir.toUri().toString());
        meta.setDocumentUri(dir.resolve("statement.txt").toUri().toString());
        createEngine(createEngineDescription(ConllUWriter.class,
                ConllUWriter.PARAM_WRITE_COVERED_TEXT, false,
                ConllUWriter.PARAM_TARGET_LOCATION, dir.toString(),
                ConllUWriter.PARAM_OVERWRITE, true)).process(jcas);
        Path written;
        try (var files = Files.walk(dir)) {
            written = files.filter(f -> f.toString().endsWith(".conllu")).findFirst().orElseThrow();
        }
        String actual = Files.readString(written, StandardCharsets.UTF_8);
        String expected = Files.readString(
                Path.of("src/test/resources/org/isnad/segment/conllu/statement.conllu"),
                StandardCharsets.UTF_8);
        assertThat(actual.strip()).isEqualTo(expected.strip());
    }
}
