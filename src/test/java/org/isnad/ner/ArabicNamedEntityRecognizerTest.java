package org.isnad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.isnad.pipeline.IsnadPipeline;
import org.isnad.testing.CasAssert;
import org.isnad.type.TimeExpression;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

class ArabicNamedEntityRecognizerTest
{
    private static JCas annotate(String text, Object... nerParameters)
        throws Exception
    {
        AggregateBuilder builder = new AggregateBuilder();
        builder.add(IsnadPipeline.createSegmenter());
        builder.add(IsnadPipeline.createNamedEntityRecognizer(nerParameters));
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(builder.createAggregateDescription());
        JCas jcas = org.apache.uima.fit.factory.JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("ar");
        engine.process(jcas);
        CasAssert.assertValid(jcas);
        return jcas;
    }

    private static List<String> dump(JCas jcas)
    {
        List<String> result = new ArrayList<>();
        for (NamedEntity e : JCasUtil.select(jcas, NamedEntity.class)) {
            result.add(e.getValue() + " " + e.getCoveredText() + " " + e.getIdentifier());
        }
        for (TimeExpression t : JCasUtil.select(jcas, TimeExpression.class)) {
            result.add("TIME " + t.getCoveredText() + " " + t.getValue());
        }
        return result;
    }

    @Test
    void thatEntitiesAndTimesAreWrittenWithIdentifiersAndDocumentDate()
        throws Exception
    {
        JCas jcas = annotate("وعقد الكاظمي مساء الخميس اجتماعا في البيت الأبيض مع ترمب.",
                ArabicNamedEntityRecognizer.PARAM_DOCUMENT_DATE, "2020-08-21");
        assertThat(dump(jcas)).containsExactly("PER الكاظمي PER:مصطفي_الكاظمي",
                "ORG البيت الأبيض ORG:البيت_الابيض", "PER ترمب PER:دونالد_ترمب",
                "TIME الخميس 2020-08-20");
    }

    @Test
    void thatADatelineInTheTextWinsOverNoDate()
        throws Exception
    {
        JCas jcas = annotate("سياسة | 20-08-2020, 21:20 |\nوصل الوفد أمس إلى واشنطن.");
        assertThat(dump(jcas)).contains("GPE واشنطن GPE:واشنطن", "TIME أمس 2020-08-19");
    }

    @Test
    void thatAnEmptyDocumentGivesNoAnnotations()
        throws Exception
    {
        assertThat(dump(annotate(""))).isEmpty();
    }

    @Test
    void thatAPlaceHeadJoinsThePlaceOnlyWithPlaceHeadInSpan()
        throws Exception
    {
        String text = "واقتحمت القوات قرية اليامون قضاء مدينة جنين فجر اليوم.";
        assertThat(dump(annotate(text))).contains("GPE قرية اليامون GPE:اليامون",
                "GPE قضاء مدينة جنين GPE:جنين");
        assertThat(dump(annotate(text, ArabicNamedEntityRecognizer.PARAM_PLACE_HEAD_IN_SPAN, false)))
                .contains("GPE اليامون GPE:اليامون", "GPE جنين GPE:جنين");
    }

    @Test
    void thatTheHeadOfAnOfficialStateNameIsAlwaysPartOfIt()
        throws Exception
    {
        String text = "وصل الوفد إلى جمهورية الصين الشعبية أمس.";
        for (boolean headInSpan : new boolean[] { true, false }) {
            assertThat(dump(annotate(text, ArabicNamedEntityRecognizer.PARAM_PLACE_HEAD_IN_SPAN,
                    headInSpan))).anyMatch(e -> e.startsWith("GPE جمهورية الصين"));
        }
    }

    @Test
    void thatTheNameBiasMovesTheModelsThresholdForNames()
        throws Exception
    {
        String text = "وقال المدرب الفرنسي ديدييه ديشان إن الفريق سيعود إلى مرسيليا الأسبوع المقبل.";
        List<String> none = dump(annotate(text, ArabicNamedEntityRecognizer.PARAM_NAME_BIAS, -20f,
                ArabicNamedEntityRecognizer.PARAM_ADD_RULE_ENTITIES, false));
        List<String> more = dump(annotate(text, ArabicNamedEntityRecognizer.PARAM_NAME_BIAS, 3f,
                ArabicNamedEntityRecognizer.PARAM_ADD_RULE_ENTITIES, false));
        assertThat(none).noneMatch(e -> e.startsWith("PER") || e.startsWith("GPE"));
        assertThat(more).contains("GPE مرسيليا GPE:مرسيليا").anyMatch(e -> e.startsWith("PER ديدييه ديشان"));
    }
}
