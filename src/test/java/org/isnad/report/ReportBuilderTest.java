package org.isnad.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.report.ReportFixtures.IRAQ;
import static org.isnad.report.ReportFixtures.KADHIMI;
import static org.isnad.report.ReportFixtures.MEETING;
import static org.isnad.report.ReportFixtures.TRUMP;

import java.util.List;

import org.isnad.report.ReportData.ActorEdge;
import org.isnad.report.ReportData.EventGroup;
import org.isnad.report.ReportData.Failure;
import org.isnad.report.ReportData.Ref;
import org.isnad.report.ReportData.Speaker;
import org.isnad.testing.CasAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportBuilderTest
{
    static ReportData data;

    @BeforeAll
    static void build() throws Exception
    {
        ReportFixtures.Doc washington = ReportFixtures.washington();
        ReportFixtures.Doc baghdad = ReportFixtures.baghdad();
        CasAssert.assertValid(washington.jcas);
        CasAssert.assertValid(baghdad.jcas);
        data = ReportBuilder.build(List.of(
                CasReportExtractor.extract(washington.jcas, "washington.txt"),
                CasReportExtractor.extract(baghdad.jcas, "baghdad.txt")),
                List.of(new Failure("broken.txt", "not valid UTF-8")));
    }

    static EventGroup event(String id)
    {
        return data.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void thatMentionsSharingAnEventIdAcrossDocumentsAreOneEvent()
    {
        EventGroup meeting = event(MEETING);
        assertThat(meeting.mentions()).containsExactly(new Ref(0, 0), new Ref(1, 0));
        assertThat(meeting.category()).isEqualTo("CONSULT");
        assertThat(meeting.sources()).containsExactly(TRUMP, KADHIMI);
        assertThat(meeting.targets()).containsExactly(KADHIMI, TRUMP);
        assertThat(meeting.places()).containsExactly("LOC:البيت_الأبيض");
        assertThat(meeting.trigger()).isEqualTo("التقى");
        assertThat(data.summary().eventMentions()).isEqualTo(6);
        assertThat(data.summary().events()).isEqualTo(5);
    }

    @Test
    void thatAnEventIsDatedByItsTimeArgumentElseByTheDocumentDate()
    {
        EventGroup meeting = event(MEETING);
        assertThat(meeting.date()).isEqualTo("2020-08-20");
        assertThat(meeting.dateSource()).isEqualTo("time");

        EventGroup agreement = event("AGREE|2020-08-21|الجانبين");
        assertThat(agreement.date()).isEqualTo("2020-08-21");
        assertThat(agreement.dateSource()).isEqualTo("document");
        // the threat is in the same document: dated, and negated
        assertThat(event("THREATEN|GPE:العراق").modalities()).containsExactly("negated");
        assertThat(data.documents().get(1).date()).isEqualTo("2020-08-21");
    }

    @Test
    void thatTheTimelineIsOrderedByDate()
    {
        assertThat(data.events()).extracting(EventGroup::date).containsExactly("2020-08-20",
                "2020-08-20", "2020-08-20", "2020-08-21", "2020-08-21");
    }

    @Test
    void thatActorEdgesAreWeightedByEventsNotMentions()
    {
        // two reports of one meeting: Trump → al-Kadhimi once, al-Kadhimi → Trump once
        assertThat(data.edges()).contains(
                new ActorEdge(TRUMP, KADHIMI, 1, List.of("CONSULT")),
                new ActorEdge(KADHIMI, TRUMP, 1, List.of("CONSULT")),
                new ActorEdge(TRUMP, IRAQ, 1, List.of("RETREAT")));
        assertThat(data.edges()).hasSize(3);
        assertThat(data.actors()).filteredOn(a -> a.key().equals(TRUMP)).singleElement()
                .satisfies(trump -> {
                    assertThat(trump.name()).isEqualTo("ترمب");
                    assertThat(trump.events()).isEqualTo(2);
                });
    }

    @Test
    void thatANonEntityArgumentIsAnActorKeyedByItsText()
    {
        assertThat(event("AGREE|2020-08-21|الجانبين").sources()).containsExactly("text:الجانبين");
    }

    @Test
    void thatSpeakersCountQuotationsByKindAndDocument()
    {
        assertThat(data.speakers()).extracting(Speaker::name).containsExactly("مصطفى الكاظمي",
                "دونالد ترمب", null);
        Speaker kadhimi = data.speakers().get(0);
        assertThat(kadhimi.key()).isEqualTo(KADHIMI);
        assertThat(kadhimi.quotations()).isEqualTo(2);
        assertThat(kadhimi.direct()).isEqualTo(1);
        assertThat(kadhimi.indirect()).isEqualTo(1);
        assertThat(kadhimi.documents()).isEqualTo(2);
        assertThat(kadhimi.quotes()).containsExactly(new Ref(0, 1), new Ref(1, 0));
        Speaker unknown = data.speakers().get(2);
        assertThat(unknown.key()).isEqualTo(ReportBuilder.UNKNOWN_SPEAKER);
        assertThat(unknown.quotes()).containsExactly(new Ref(1, 1));
    }

    @Test
    void thatTheSummaryCountsDocumentsIncludingFailures()
    {
        ReportData.Summary summary = data.summary();
        assertThat(summary.documents()).isEqualTo(3);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.quotations()).isEqualTo(4);
        assertThat(summary.entities()).isEqualTo(17);
        assertThat(summary.tokens()).isEqualTo(
                data.documents().get(0).tokens() + data.documents().get(1).tokens());
        assertThat(data.failures()).containsExactly(new Failure("broken.txt", "not valid UTF-8"));
    }

    @Test
    void thatAnEmptyRunGivesAnEmptyReport()
    {
        ReportData empty = ReportBuilder.build(List.of(), List.of());
        assertThat(empty.summary().documents()).isZero();
        assertThat(empty.speakers()).isEmpty();
        assertThat(empty.events()).isEmpty();
        assertThat(empty.edges()).isEmpty();
    }
}
