package org.isnad.io.tsv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The layout rules, on documents built without UIMA. */
class TsvLayoutTest
{
    private static final TsvLayer ENTITY = TsvLayer.span(
            "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity",
            List.of("value", "identifier"), List.of());

    @Test
    void thatASpanStartingInsideWhitespaceIsWrittenFromTheNextToken()
    {
        String text = "زار الرئيس  القاهرة";
        TsvDocument doc = new TsvDocument(text);
        TsvDocument.Sentence s = doc.addSentence(0, text.length());
        s.addToken(0, 3);
        s.addToken(4, 10);
        s.addToken(12, 19);
        doc.addLayer(ENTITY);
        doc.addAnnotation(TsvAnnotation.of(ENTITY, 11, 19).set("value", "GPE"));

        String tsv = TsvSerializer.toString(TsvLayout.of(doc));

        assertThat(tsv).contains("1-3\t12-19\tالقاهرة\t*\tGPE\t\n")
                .contains("1-2\t4-10\tالرئيس\t_\t_\t\n").doesNotContain("1-2.1");
    }

    @Test
    void thatASpanStartingAtTheEndOfATokenKeepsAZeroWidthSubTokenAsInception()
    {
        String text = "زار الرئيس القاهرة";
        TsvDocument doc = new TsvDocument(text);
        TsvDocument.Sentence s = doc.addSentence(0, text.length());
        s.addToken(0, 3);
        s.addToken(4, 10);
        s.addToken(11, 18);
        doc.addLayer(ENTITY);
        doc.addAnnotation(TsvAnnotation.of(ENTITY, 10, 18).set("value", "GPE"));

        assertThat(TsvSerializer.toString(TsvLayout.of(doc)))
                .contains("1-2.1\t10-10\t\t*[1]\tGPE[1]\t\n")
                .contains("1-3\t11-18\tالقاهرة\t*[1]\tGPE[1]\t\n");
    }

    @Test
    void thatAnAnnotationInADocumentWithoutTokensIsReportedNotWritten()
    {
        TsvDocument doc = new TsvDocument("مصر");
        doc.addLayer(ENTITY);
        doc.addAnnotation(TsvAnnotation.of(ENTITY, 0, 3).set("value", "GPE"));

        TsvLayout layout = TsvLayout.of(doc);

        assertThat(layout.getWarnings()).hasSize(1);
        assertThat(TsvSerializer.toString(layout)).isEqualTo("#FORMAT=WebAnno TSV 3.3\n\n");
    }

    @Test
    void thatSentencesAreSeparatedByOneEmptyLineAndTheHeaderByTwo()
    {
        String text = "وصل الوفد. بدأت المحادثات.";
        TsvDocument doc = new TsvDocument(text);
        TsvDocument.Sentence s1 = doc.addSentence(0, 10);
        s1.addToken(0, 3);
        s1.addToken(4, 9);
        s1.addToken(9, 10);
        TsvDocument.Sentence s2 = doc.addSentence(11, 26);
        s2.addToken(11, 15);
        s2.addToken(16, 25);
        s2.addToken(25, 26);
        doc.addLayer(ENTITY);
        doc.addAnnotation(TsvAnnotation.of(ENTITY, 4, 9).set("value", "ORG"));

        assertThat(TsvSerializer.toString(TsvLayout.of(doc))).isEqualTo("""
                #FORMAT=WebAnno TSV 3.3
                #T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value


                #Text=وصل الوفد.
                1-1\t0-3\tوصل\t_\t_\t
                1-2\t4-9\tالوفد\t*\tORG\t
                1-3\t9-10\t.\t_\t_\t

                #Text=بدأت المحادثات.
                2-1\t11-15\tبدأت\t_\t_\t
                2-2\t16-25\tالمحادثات\t_\t_\t
                2-3\t25-26\t.\t_\t_\t
                """);
    }

    @Test
    void thatASlotTargetOutsideTheFileIsDroppedFromBothSlotColumns()
    {
        TsvLayer host = TsvLayer.span("org.isnad.type.Quotation", List.of(),
                List.of(new TsvLayer.SlotFeature("roles", "org.isnad.type.QuotationRole",
                        TsvLayer.ANNOTATION_TYPE)));
        String text = "قال نعم";
        TsvDocument doc = new TsvDocument(text);
        TsvDocument.Sentence s = doc.addSentence(0, 7);
        TsvAnnotation cue = s.addToken(0, 3);
        s.addToken(4, 7);
        doc.addLayer(host);
        doc.addAnnotation(TsvAnnotation.of(host, 4, 7).link("roles", "cue", cue).link("roles",
                "source", new TsvAnnotation(null, "some.Other", 0, 3)));

        assertThat(TsvSerializer.toString(TsvLayout.of(doc)))
                .contains("1-2\t4-7\tنعم\tcue\t1-1[1]\t\n");
    }
}
