package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.isnad.event.EventDocument.EntityMention;
import org.isnad.event.EventDocument.TimeMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The event rules on plain text (no CAS, no lemmas: the affix-stripping fallback). */
class EventExtractorTest
{
    private static EventExtractor extractor;

    @BeforeAll
    static void load() throws Exception
    {
        extractor = new EventExtractor(EventLexicon.loadDefault());
    }

    /**
     * Entities are given as "type:surface" (longest first) and found at every occurrence in the
     * text not inside an earlier one; as a stand-in for the
     * named-entity stage, an entity's identifier is its type and last word.
     */
    private static EventDocument doc(String text, String... entities)
    {
        EventDocument plain = EventDocuments.fromText(text);
        List<EntityMention> mentions = new ArrayList<>();
        List<TimeMention> times = new ArrayList<>();
        for (String e : entities) {
            String type = e.substring(0, e.indexOf(':'));
            String surface = e.substring(e.indexOf(':') + 1);
            for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
                int begin = at;
                boolean inside = mentions.stream()
                        .anyMatch(x -> x.begin() <= begin && begin < x.end());
                if (inside) {
                    continue;
                }
                if (type.equals("TIME")) {
                    times.add(new TimeMention(at, at + surface.length(), "2020-08-20"));
                }
                else {
                    String[] words = surface.split(" ");
                    mentions.add(new EntityMention(at, at + surface.length(), type,
                            type + ":" + words[words.length - 1]));
                }
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return new EventDocument(text, plain.sentences(), mentions, times, List.of(), null);
    }

    private static List<EventMention> events(EventDocument doc)
    {
        List<EventMention> mentions = extractor.extract(doc);
        EventIdentity.assign(doc, mentions);
        return mentions;
    }

    private static String role(EventDocument doc, EventMention m, String role)
    {
        List<EventMention.Argument> args = m.arguments(role);
        return args.isEmpty() ? null : args.get(0).text();
    }

    private static String trigger(EventDocument doc, EventMention m)
    {
        return doc.text().substring(m.begin(), m.end());
    }

    @Test
    void thatAVerbFirstClauseGivesSubjectAsSourceAndObjectAsTarget()
    {
        EventDocument d = doc("اتهم الرئيس التركي المعارضة بالتحريض على العنف.");
        List<EventMention> events = events(d);
        assertThat(events).hasSize(1);
        EventMention m = events.get(0);
        assertThat(m.category()).isEqualTo("ACCUSE");
        assertThat(role(d, m, "source")).isEqualTo("الرئيس التركي");
        assertThat(role(d, m, "target")).isEqualTo("المعارضة");
        assertThat(m.modality()).isEqualTo("asserted");
    }

    @Test
    void thatAMasdarTakesItsGenitiveAsSourceAndTheDestinationAsTargetAndPlace()
    {
        EventDocument d = doc("وصل الوفد أمس، وتأتي زيارة الكاظمي إلى واشنطن بعد أسابيع من التوتر.",
                "PER:الكاظمي", "GPE:واشنطن");
        EventMention m = events(d).get(0);
        assertThat(trigger(d, m)).isEqualTo("زيارة");
        assertThat(m.category()).isEqualTo("CONSULT");
        assertThat(m.mode()).isEqualTo("visit");
        assertThat(m.arguments("source").get(0).entity().identifier()).isEqualTo("PER:الكاظمي");
        assertThat(role(d, m, "target")).isEqualTo("واشنطن");
        assertThat(role(d, m, "place")).isEqualTo("واشنطن");
    }

    @Test
    void thatBetweenXAndYNamesBothSidesOfAMeeting()
    {
        EventDocument d = doc("وجرت محادثات بين مصر والأردن في عمان حول أمن الحدود.");
        EventMention m = events(d).get(0);
        assertThat(m.category()).isEqualTo("CONSULT");
        assertThat(role(d, m, "source")).isEqualTo("مصر");
        assertThat(role(d, m, "target")).isEqualTo("والأردن");
    }

    @Test
    void thatAMarkedPassiveTurnsTheSubjectIntoTheTargetAndTheAgentIntoTheSource()
    {
        EventDocument d = doc("واُعتقل الناشط الحقوقي من قبل الشرطة في القاهرة.");
        EventMention m = events(d).get(0);
        assertThat(m.category()).isEqualTo("COERCE");
        assertThat(role(d, m, "target")).isEqualTo("الناشط الحقوقي");
        assertThat(role(d, m, "source")).isEqualTo("الشرطة");
    }

    @Test
    void thatTamPlusMasdarIsAPassiveWithoutASource()
    {
        EventDocument d = doc("وتم توقيع الاتفاق في الدوحة.");
        EventMention m = events(d).get(0);
        assertThat(m.category()).isEqualTo("AGREE");
        assertThat(m.arguments("source")).isEmpty();
    }

    @Test
    void thatNegationFutureAndConditionsSetTheModality()
    {
        assertThat(events(doc("لم يلتق وزير الخارجية نظيره الإيراني.")).get(0).modality())
                .isEqualTo("negated");
        assertThat(events(doc("وسيزور وزير الخارجية القاهرة الأسبوع المقبل.")).get(0).modality())
                .isEqualTo("future");
        assertThat(events(doc("ومن المقرر أن يجتمع الوزراء في بروكسل.")).get(0).modality())
                .isEqualTo("future");
        assertThat(events(doc("وقال إن الجيش سينسحب من المدينة في حال توقف القصف.")).get(0)
                .modality()).isEqualTo("hypothetical");
        assertThat(events(doc("إذا هاجمت الميليشيات القاعدة فسنرد بقوة.")).get(0).modality())
                .isEqualTo("hypothetical");
    }

    @Test
    void thatATriggerWordInsideANameIsNoEvent()
    {
        EventDocument d = doc("وقال الأمين العام لمنظمة التعاون الإسلامي إن القمة ناجحة.",
                "ORG:منظمة التعاون الإسلامي");
        assertThat(events(d)).extracting(EventMention::category).doesNotContain("COOPERATE");
        EventDocument title = doc("وبحث الجانبان تنفيذ اتفاق الإطار الاستراتيجي بين البلدين.");
        assertThat(events(title)).extracting(EventMention::category).doesNotContain("AGREE");
    }

    @Test
    void thatGenericAndPurposeUsesAreNoEvents()
    {
        assertThat(events(doc("وشدد على مواجهة التهديدات الإرهابية."))).isEmpty();
        assertThat(events(doc("ولن نسمح بأي هجوم على أراضينا."))).isEmpty();
        assertThat(events(doc("وشكل الطرفان فريقا لمناقشة الانسحاب من المدينة."))).isEmpty();
    }

    @Test
    void thatASignedObjectIsPartOfTheSigningNotASecondEvent()
    {
        EventDocument d = doc("ووقعت الحكومة مذكرة تفاهم مع شركة سيمنز لتطوير الكهرباء.");
        List<EventMention> events = events(d);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).mode()).isEqualTo("sign");
        assertThat(trigger(d, events.get(0))).isEqualTo("ووقعت");
    }

    @Test
    void thatWaqqaaWithoutAnAgreementIsNoSigning()
    {
        assertThat(events(doc("ووقع الحادث قرب الحدود مساء أمس."))).isEmpty();
    }

    @Test
    void thatProtestersAreTheSourceOfAProtest()
    {
        EventDocument d = doc("وتظاهر آلاف الطلاب أمام مبنى البرلمان احتجاجا على رفع الأسعار.");
        List<EventMention> events = events(d);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).category()).isEqualTo("PROTEST");
        assertThat(role(d, events.get(0), "source")).contains("الطلاب");
    }

    @Test
    void thatMentionsOfOneMeetingShareAnIdWithinAndAcrossDocuments()
    {
        EventDocument a = doc("التقى الرئيس المصري عبد الفتاح السيسي يوم الخميس الملك عبد الله. "
                + "وقال السيسي إن لقاءه مع الملك عبد الله كان مثمرا.",
                "PER:عبد الفتاح السيسي", "PER:الملك عبد الله", "PER:السيسي", "PER:عبد الله");
        List<EventMention> first = events(a);
        assertThat(first).hasSize(2);
        EventDocument b = doc("واجتمع السيسي مع الملك عبد الله الخميس في القاهرة.",
                "PER:السيسي", "PER:الملك عبد الله");
        List<EventMention> second = events(b);
        assertThat(second).hasSize(1);
        EventDocument c = doc("واجتمع السيسي مع الرئيس الفرنسي الخميس في القاهرة.",
                "PER:السيسي");
        assertThat(first.get(0).eventId()).startsWith("CONSULT-");
        assertThat(first.get(1).eventId()).isEqualTo(first.get(0).eventId());
        assertThat(events(c).get(0).eventId()).isNotEqualTo(first.get(0).eventId());
    }

    @Test
    void thatBadInputNeverThrows()
    {
        assertThat(events(doc(""))).isEmpty();
        assertThat(events(doc("Hello world. 12345 \u0000\u0001 ،،، «»"))).isEmpty();
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            huge.append("وتظاهر المحتجون في الساحة وهاجموا ");
        }
        assertThat(events(doc(huge.toString()))).isNotEmpty();
    }
}
