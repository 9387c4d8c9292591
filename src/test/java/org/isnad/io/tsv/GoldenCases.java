package org.isnad.io.tsv;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.uima.jcas.JCas;
import org.isnad.type.Event;
import org.isnad.type.Quotation;
import org.isnad.type.QuoteCue;
import org.isnad.type.QuoteSource;
import org.isnad.type.TimeExpression;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.SurfaceForm;
import de.tudarmstadt.ukp.dkpro.core.api.syntax.type.dependency.Dependency;

/**
 * The inputs of the golden TSV cases, one per folder of {@code tsv3-golden/}, built in code
 * from real Arabic news sentences.
 */
final class GoldenCases
{
    /** Builds the CAS of a case. */
    interface Case
    {
        JCas build(String aName) throws Exception;
    }

    static final Map<String, Case> CASES = new LinkedHashMap<>();

    static {
        CASES.put("arabic-clitics-and-rlm", GoldenCases::arabicCliticsAndRlm);
        CASES.put("entity-over-two-tokens", GoldenCases::entityOverTwoTokens);
        CASES.put("stacked-entities", GoldenCases::stackedEntities);
        CASES.put("quotation-with-source-and-cue", GoldenCases::quotationWithSourceAndCue);
        CASES.put("event-with-three-arguments", GoldenCases::eventWithThreeArguments);
        CASES.put("reserved-characters", GoldenCases::reservedCharacters);
        CASES.put("multi-line-sentence", GoldenCases::multiLineSentence);
        CASES.put("empty-document", GoldenCases::emptyDocument);
        CASES.put("sub-token-spans", GoldenCases::subTokenSpans);
        CASES.put("dependency-relations", GoldenCases::dependencyRelations);
    }

    private GoldenCases()
    {
    }

    /**
     * "وقال الرئيس‏ إن بلاده ستدعم الاتفاق." with proclitics و and س and the pronoun suffix ه as
     * tokens of their own, a right-to-left mark after الرئيس that belongs to no token, lemmas,
     * parts of speech and the orthographic words as surface forms.
     */
    static JCas arabicCliticsAndRlm(String aName) throws Exception
    {
        TestCas c = TestCas.of(aName, "وقال الرئيس\u200F إن بلاده ستدعم الاتفاق.");
        c.sentence().tokens("و", "قال", "الرئيس", "إن", "بلاد", "ه", "س", "تدعم", "الاتفاق", ".");
        c.lemmaPos("و", 0, "و", "CCONJ").lemmaPos("قال", 0, "قال", "VERB")
                .lemmaPos("الرئيس", 0, "رئيس", "NOUN").lemmaPos("إن", 0, "إن", "SCONJ")
                .lemmaPos("بلاد", 0, "بلاد", "NOUN").lemmaPos("ه", 20, "هو", "PRON")
                .lemmaPos("س", 22, "س", "AUX").lemmaPos("تدعم", 0, "دعم", "VERB")
                .lemmaPos("الاتفاق", 0, "اتفاق", "NOUN").lemmaPos(".", 0, null, "PUNCT");
        c.span(SurfaceForm.class, "وقال", 0).setValue("وقال");
        c.span(SurfaceForm.class, "بلاده", 0).setValue("بلاده");
        c.span(SurfaceForm.class, "ستدعم", 0).setValue("ستدعم");
        return c.jcas();
    }

    /** A person over two tokens, with its canonical identifier. */
    static JCas entityOverTwoTokens(String aName) throws Exception
    {
        TestCas c = TestCas.of(aName, "استقبل الرئيس دونالد ترمب نظيره الفرنسي.");
        c.sentence().tokens("استقبل", "الرئيس", "دونالد", "ترمب", "نظير", "ه", "الفرنسي", ".");
        c.entity("دونالد ترمب", 0, "PER", "دونالد ترمب");
        return c.jcas();
    }

    /** An organisation that contains a country: two entities stacked on one token. */
    static JCas stackedEntities(String aName) throws Exception
    {
        TestCas c = TestCas.of(aName, "أعلنت وزارة الخارجية الأميركية فرض عقوبات جديدة.");
        c.sentence().tokens("أعلنت", "وزارة", "الخارجية", "الأميركية", "فرض", "عقوبات", "جديدة",
                ".");
        c.entity("وزارة الخارجية الأميركية", 0, "ORG", "وزارة الخارجية الأميركية");
        c.entity("الأميركية", 0, "GPE", "الولايات المتحدة");
        return c.jcas();
    }

    /** A direct quotation linked to its source mention and its cue. */
    static JCas quotationWithSourceAndCue(String aName) throws Exception
    {
        TestCas c = TestCas.of(aName,
                "وقال المتحدث باسم الوزارة: \"لن نقبل بهذا القرار\".");
        c.sentence().tokens("و", "قال", "المتحدث", "ب", "اسم", "الوزارة", ":", "\"", "لن", "نقبل",
                "ب", "هذا", "القرار", "\"", ".");
        QuoteCue cue = c.span(QuoteCue.class, "قال", 0);
        QuoteSource source = c.span(QuoteSource.class, "المتحدث باسم الوزارة", 0);
        c.entity("الوزارة", 0, "ORG", "وزارة الخارجية");
        Quotation q = c.span(Quotation.class, "لن نقبل بهذا القرار", 0);
        q.setKind("direct");
        q.setSpeaker("المتحدث باسم الوزارة");
        q.setRoles(c.array(c.quotationRole("source", source), c.quotationRole("cue", cue)));
        return c.jcas();
    }

    /** An AGREE event with a source, a target and a time argument. */
    static JCas eventWithThreeArguments(String aName) throws Exception
    {
        TestCas c = TestCas.of(aName, "وقعت مصر والأردن أمس اتفاقية للتعاون في مجال الطاقة.");
        c.sentence().tokens("وقعت", "مصر", "و", "الأردن", "أمس", "اتفاقية", "ل", "لتعاون", "في",
                "مجال", "الطاقة", ".");
        var egypt = c.entity("مصر", 0, "GPE", "مصر");
        var jordan = c.entity("الأردن", 0, "GPE", "الأردن");
        TimeExpression yesterday = c.span(TimeExpression.class, "أمس", 0);
        yesterday.setValue("2020-08-19");
        Event e = c.span(Event.class, "وقعت", 0);
        e.setCategory("AGREE");
        e.setMode("sign");
        e.setModality("asserted");
        e.setEventId("ev-1");
        e.setArguments(c.array(c.eventRole("source", egypt), c.eventRole("target", jordan),
                c.eventRole("time", yesterday)));
        return c.jcas();
    }

    /**
     * Every reserved character in the text (a TAB and a backslash in the sentence) and in
     * feature values ({@code \ [ ] | _ -> ; * TAB LF}).
     */
    static JCas reservedCharacters(String aName) throws Exception
    {
        TestCas c = TestCas.of(aName, "نشرت الوكالة الملف C:\\data_1\tبعنوان [عاجل] a|b *x* ->y;");
        c.sentence().tokens("نشرت", "الوكالة", "الملف", "C:\\data_1", "بعنوان", "[", "عاجل", "]",
                "a|b", "*x*", "->y;");
        c.entity("الوكالة", 0, "ORG", "a\\b [c] d|e f_g h->i j;k *l*\tm\nn");
        c.entity("C:\\data_1", 0, "*", "_");
        c.span(TimeExpression.class, "->y;", 0).setValue("->");
        return c.jcas();
    }

    /** A headline and its dateline in one sentence, broken by CR LF. */
    static JCas multiLineSentence(String aName) throws Exception
    {
        TestCas c = TestCas.of(aName, "عاجل: الرئيس يصل\r\nإلى القاهرة اليوم");
        c.sentence().tokens("عاجل", ":", "الرئيس", "يصل", "إلى", "القاهرة", "اليوم");
        c.entity("القاهرة", 0, "GPE", "القاهرة");
        c.span(TimeExpression.class, "اليوم", 0).setValue("2020-08-20");
        return c.jcas();
    }

    /** No text at all. */
    static JCas emptyDocument(String aName) throws Exception
    {
        return TestCas.of(aName, "").jcas();
    }

    /**
     * Spans inside a token: the two capitals of "بيروت-دمشق" (one token) as entities, and a
     * zero-width annotation at the end of a token.
     */
    static JCas subTokenSpans(String aName) throws Exception
    {
        TestCas c = TestCas.of(aName, "افتتح خط بيروت-دمشق مجددا.");
        c.sentence().tokens("افتتح", "خط", "بيروت-دمشق", "مجددا", ".");
        c.entity("بيروت", 0, "GPE", "بيروت");
        c.entity("دمشق", 0, "GPE", "دمشق");
        int end = c.at("خط", 0) + 2;
        QuoteCue zero = new QuoteCue(c.jcas(), end, end);
        zero.addToIndexes();
        return c.jcas();
    }

    /** DKPro dependency relations between tokens: a generic relation layer. */
    static JCas dependencyRelations(String aName) throws Exception
    {
        TestCas c = TestCas.of(aName, "وصل الوفد أمس.");
        c.sentence().tokens("وصل", "الوفد", "أمس", ".");
        c.lemmaPos("وصل", 0, null, "VERB").lemmaPos("الوفد", 0, null, "NOUN")
                .lemmaPos("أمس", 0, null, "NOUN").lemmaPos(".", 0, null, "PUNCT");
        var head = c.token("وصل", 0);
        dep(c, head, head, "root");
        dep(c, head, c.token("الوفد", 0), "nsubj");
        dep(c, head, c.token("أمس", 0), "obl:tmod");
        dep(c, head, c.token(".", 0), "punct");
        return c.jcas();
    }

    private static void dep(TestCas aCas,
            de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token aGov,
            de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token aDep, String aType)
    {
        Dependency d = new Dependency(aCas.jcas(), aDep.getBegin(), aDep.getEnd());
        d.setGovernor(aGov);
        d.setDependent(aDep);
        d.setDependencyType(aType);
        d.setFlavor("basic");
        d.addToIndexes();
    }
}
