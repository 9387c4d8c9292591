package org.isnad.quote;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.testing.validation.CasValidator;
import org.isnad.pipeline.IsnadPipeline;
import org.isnad.type.Quotation;
import org.isnad.type.QuotationRole;
import org.isnad.type.QuoteCue;
import org.isnad.type.QuoteSource;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class QuotationAnnotatorTest
{
    /** "kind | speaker | speakerId | source | cue | text" for every Quotation. */
    private static List<String> dump(JCas jcas)
    {
        List<String> result = new ArrayList<>();
        for (Quotation q : JCasUtil.select(jcas, Quotation.class)) {
            String source = "-";
            String cue = "-";
            for (QuotationRole role : q.getRoles()) {
                if (role.getRole().equals(QuotationAnnotator.ROLE_SOURCE)) {
                    assertThat(role.getTarget()).isInstanceOf(QuoteSource.class);
                    source = role.getTarget().getCoveredText();
                }
                else {
                    assertThat(role.getRole()).isEqualTo(QuotationAnnotator.ROLE_CUE);
                    assertThat(role.getTarget()).isInstanceOf(QuoteCue.class);
                    cue = role.getTarget().getCoveredText();
                }
            }
            result.add(q.getKind() + " | " + q.getSpeaker() + " | " + q.getSpeakerId() + " | "
                    + source + " | " + cue + " | " + q.getCoveredText());
        }
        return result;
    }

    private static void token(JCas jcas, int begin, int end, String lemma)
    {
        Token token = new Token(jcas, begin, end);
        if (lemma != null) {
            Lemma l = new Lemma(jcas, begin, end);
            l.setValue(lemma);
            l.addToIndexes();
            token.setLemma(l);
        }
        token.addToIndexes();
    }

    @Test
    void thatHandMadeTokensLemmasAndEntitiesAreRead() throws Exception
    {
        // Tokens as the segmenter makes them: و + أضافت are two Tokens of one word
        String text = "قالت المستشارة أنغيلا ميركل إن أوروبا موحدة. وأضافت ميركل أن الأزمة ستنتهي.";
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("ar");
        int pos = 0;
        for (String word : text.split(" ")) {
            int begin = text.indexOf(word, pos);
            int end = begin + word.length();
            String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (bare.equals("وأضافت")) {
                token(jcas, begin, begin + 1, "و");
                token(jcas, begin + 1, begin + bare.length(), "أضاف");
            }
            else {
                token(jcas, begin, begin + bare.length(), bare.equals("قالت") ? "قال" : null);
            }
            if (bare.length() < word.length()) {
                token(jcas, end - 1, end, null);
            }
            pos = end;
        }
        int full = text.indexOf("أنغيلا ميركل");
        NamedEntity first = new NamedEntity(jcas, full, full + "أنغيلا ميركل".length());
        first.setValue("PER");
        first.setIdentifier("PER:انغيلا_ميركل");
        first.addToIndexes();
        int second = text.indexOf("ميركل أن");
        NamedEntity short_ = new NamedEntity(jcas, second, second + "ميركل".length());
        short_.setValue("PER");
        short_.setIdentifier("PER:انغيلا_ميركل");
        short_.addToIndexes();

        AnalysisEngine engine = createEngine(IsnadPipeline.createQuotationAnnotator());
        engine.process(jcas);
        assertThat(new CasValidator().analyze(jcas).isEmpty()).isTrue();
        assertThat(dump(jcas)).containsExactly(
                "indirect | أنغيلا ميركل | PER:انغيلا_ميركل | أنغيلا ميركل | قالت | أوروبا موحدة",
                "indirect | أنغيلا ميركل | PER:انغيلا_ميركل | ميركل | وأضافت | الأزمة ستنتهي");
    }

    @Test
    void thatTheWholePipelineAttributesQuotationsWithCliticSplitTokens() throws Exception
    {
        String text = "وقال وزير الخارجية العراقي فؤاد حسين إن \"الحوار مع واشنطن مستمر ومثمر\".\n"
                + "وأضاف أن الجولة المقبلة ستعقد في بغداد.";
        AnalysisEngine engine = createEngine(IsnadPipeline.createAggregate());
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("ar");
        engine.process(jcas);
        assertThat(new CasValidator().analyze(jcas).isEmpty()).isTrue();
        assertThat(JCasUtil.select(jcas, Quotation.class)).extracting(Quotation::getCoveredText,
                Quotation::getKind, Quotation::getSpeaker).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("الحوار مع واشنطن مستمر ومثمر",
                                "direct", "فؤاد حسين"),
                        org.assertj.core.groups.Tuple.tuple("الجولة المقبلة ستعقد في بغداد",
                                "indirect", "فؤاد حسين"));
        assertThat(JCasUtil.select(jcas, QuoteCue.class)).extracting(QuoteCue::getCoveredText)
                .containsExactly("وقال", "وأضاف");
    }

    @Test
    void thatATextWithoutTokensOrEntitiesStillGetsItsQuotations() throws Exception
    {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("وأعلنت الحكومة أن الانتخابات ستجرى في موعدها.");
        createEngine(QuotationAnnotator.class).process(jcas);
        assertThat(dump(jcas)).containsExactly(
                "indirect | الحكومة | null | الحكومة | وأعلنت | الانتخابات ستجرى في موعدها");
    }

    @Test
    void thatAnEmptyDocumentIsFine() throws Exception
    {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("");
        createEngine(QuotationAnnotator.class).process(jcas);
        assertThat(JCasUtil.select(jcas, Quotation.class)).isEmpty();
    }
}
