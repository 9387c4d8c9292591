package org.isnad.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.isnad.report.DocumentReport.QuoteSpan;
import org.isnad.type.Quotation;
import org.isnad.type.QuotationRole;
import org.isnad.type.QuoteSource;
import org.junit.jupiter.api.Test;

class CasReportExtractorTest
{
    @Test
    void thatQuotationsKeepTheirSourceAndCueSpans() throws Exception
    {
        ReportFixtures.Doc doc = ReportFixtures.washington();
        DocumentReport report = CasReportExtractor.extract(doc.jcas, "washington.txt");

        QuoteSpan quote = report.quotes().get(0);
        assertThat(doc.text.substring(quote.begin(), quote.end())).isEqualTo("سنغادر العراق قريبا");
        assertThat(quote.kind()).isEqualTo("direct");
        assertThat(quote.speakerKey()).isEqualTo(ReportFixtures.TRUMP);
        assertThat(quote.sources()).singleElement()
                .satisfies(s -> assertThat(doc.text.substring(s.begin(), s.end())).isEqualTo("ترمب"));
        assertThat(quote.cues()).singleElement()
                .satisfies(s -> assertThat(doc.text.substring(s.begin(), s.end())).isEqualTo("قال"));
        assertThat(report.tokens()).isEqualTo(doc.text.split("\\s+").length);
        assertThat(report.date()).isEqualTo("2020-08-20");
    }

    @Test
    void thatASpeakerWithoutNameOrIdIsNamedByItsSourceMention() throws Exception
    {
        JCas jcas = JCasFactory.createText("وأضاف المتحدث باسم الخارجية أن الحوار مستمر.", "ar");
        String text = jcas.getDocumentText();
        QuoteSource source = new QuoteSource(jcas, text.indexOf("المتحدث"),
                text.indexOf("المتحدث") + "المتحدث باسم الخارجية".length());
        source.addToIndexes();
        Quotation quotation = new Quotation(jcas, text.indexOf("الحوار"), text.length() - 1);
        quotation.setKind("indirect");
        QuotationRole role = new QuotationRole(jcas);
        role.setRole("source");
        role.setTarget(source);
        quotation.setRoles(new org.apache.uima.jcas.cas.FSArray<>(jcas, 1));
        quotation.getRoles().set(0, role);
        quotation.addToIndexes();

        QuoteSpan quote = CasReportExtractor.extract(jcas, "x.txt").quotes().get(0);
        assertThat(quote.speaker()).isEqualTo("المتحدث باسم الخارجية");
        assertThat(quote.speakerKey()).isEqualTo("name:المتحدث باسم الخارجية");
    }

    @Test
    void thatACasWithOnlyTextGivesAnEmptyDocument() throws Exception
    {
        JCas jcas = JCasFactory.createText("نص بلا تحليل", "ar");
        DocumentReport report = CasReportExtractor.extract(jcas, "plain.txt");
        assertThat(report.text()).isEqualTo("نص بلا تحليل");
        assertThat(report.entities()).isEmpty();
        assertThat(report.quotes()).isEmpty();
        assertThat(report.events()).isEmpty();
        assertThat(report.date()).isNull();
    }

    @Test
    void thatNamesAreComparedWithoutDiacriticsTatweelOrExtraSpaces()
    {
        assertThat(CasReportExtractor.textKey("  مُصطفى   الكاظـــمي ")).isEqualTo("مصطفى الكاظمي");
        assertThat(CasReportExtractor.textKey("\u00A0ترمب\n")).isEqualTo("ترمب");
    }

    @Test
    void thatOnlyFullCalendarDatesAreDocumentDates()
    {
        assertThat(CasReportExtractor.isCalendarDate("2020-08-20")).isTrue();
        assertThat(CasReportExtractor.isCalendarDate("2020-08")).isFalse();
        assertThat(CasReportExtractor.isCalendarDate("2020-W34-4")).isFalse();
        assertThat(CasReportExtractor.isCalendarDate("2020-0a-20")).isFalse();
    }

    @Test
    void thatUnpairedSurrogatesBecomeReplacementCharactersWithoutMovingOffsets()
    {
        String broken = "أ\uD800ب\uDC00ج😀";
        String fixed = CasReportExtractor.wellFormed(broken);
        assertThat(fixed).isEqualTo("أ\uFFFDب\uFFFDج😀").hasSameSizeAs(broken);
    }
}
