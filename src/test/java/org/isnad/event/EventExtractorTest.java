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
        return dated(null, text, entities);
    }

    /** {@link #doc} with a document date. */
    private static EventDocument dated(String date, String text, String... entities)
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
        return new EventDocument(text, plain.sentences(), mentions, times, List.of(), date);
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

    @Test
    void thatLamBeforeAMeetingInANominalContextIsAGenitiveNotAPurpose()
    {
        EventDocument d = doc("وأعلن الديوان الملكي الترتيبات النهائية للقاء الملك عبد الله الثاني مع الرئيس الفرنسي.",
                "PER:عبد الله الثاني");
        assertThat(events(d)).extracting(m -> trigger(d, m)).contains("للقاء");
        EventMention m = events(d).stream().filter(e -> trigger(d, e).equals("للقاء")).findFirst()
                .orElseThrow();
        assertThat(m.category()).isEqualTo("CONSULT");
        assertThat(role(d, m, "source")).isEqualTo("عبد الله الثاني");
        // after a verb, ل + masdar stays a purpose
        EventDocument p = doc("وتوجه الوزير إلى باريس للقاء نظيره الفرنسي.", "GPE:باريس");
        assertThat(events(p)).noneMatch(e -> e.category().equals("CONSULT"));
    }

    @Test
    void thatTheSubjectsOfALightVerbAreTheSourcesOfTheEventNounItGoverns()
    {
        EventDocument d = doc("وترأس وزير الخارجية المصري سامح شكري، أمس الأحد، مع نظيره الأردني أيمن الصفدي، "
                + "الاجتماع التحضيري للجنة المشتركة.", "PER:سامح شكري", "PER:أيمن الصفدي");
        EventMention m = events(d).get(0);
        assertThat(trigger(d, m)).isEqualTo("الاجتماع");
        assertThat(role(d, m, "source")).isEqualTo("سامح شكري");
        assertThat(role(d, m, "target")).isEqualTo("أيمن الصفدي");

        EventDocument svo = doc("وقال المتحدث إن السيسي وماكرون عقدا اجتماعا مغلقا في باريس.",
                "PER:السيسي", "PER:ماكرون", "GPE:باريس");
        EventMention meeting = events(svo).get(0);
        assertThat(meeting.arguments("source")).extracting(EventMention.Argument::text)
                .containsExactlyInAnyOrder("السيسي", "ماكرون");
    }

    @Test
    void thatATitleFollowedByACommaAndANameIsThatPerson()
    {
        EventDocument d = doc("واتهم رئيس الحكومة، نجيب ميقاتي، الأحزاب بعرقلة تشكيل الحكومة.",
                "PER:نجيب ميقاتي");
        EventMention m = events(d).get(0);
        assertThat(m.category()).isEqualTo("ACCUSE");
        assertThat(role(d, m, "source")).isEqualTo("نجيب ميقاتي");
        assertThat(role(d, m, "target")).isEqualTo("الأحزاب");
    }

    @Test
    void thatATitleWithAnOrganisationAsGenitiveIsThePersonNotTheOrganisation()
    {
        EventDocument d = doc("وأثنى رئيس مجلس النواب على جهود القوات الأمنية في تأمين الانتخابات.",
                "ORG:مجلس النواب");
        EventMention m = events(d).get(0);
        assertThat(m.category()).isEqualTo("SUPPORT");
        assertThat(role(d, m, "source")).isEqualTo("رئيس مجلس النواب");
    }

    @Test
    void thatTheLatterStandsForTheMostRecentPersonNamed()
    {
        EventDocument d = doc("وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى عمان، "
                + "وكانت زيارة الأخير إلى المنطقة قد تأجلت مرتين.", "PER:أنتوني بلينكن", "GPE:عمان");
        EventMention m = events(d).stream().filter(e -> trigger(d, e).equals("زيارة")).findFirst()
                .orElseThrow();
        assertThat(m.arguments("source").get(0).entity().identifier()).isEqualTo("PER:بلينكن");
    }

    @Test
    void thatAPossessivePronounFindsItsPersonAcrossAClauseBoundaryInTheSentence()
    {
        EventDocument d = doc("ونقلت الوكالة عن مصدر في مكتب أردوغان أن ما جرى خلال لقائه مع بوتين كان إيجابيا.",
                "PER:أردوغان", "PER:بوتين");
        EventMention m = events(d).stream().filter(e -> trigger(d, e).equals("لقائه")).findFirst()
                .orElseThrow();
        assertThat(role(d, m, "source")).isEqualTo("أردوغان");
        assertThat(role(d, m, "target")).isEqualTo("بوتين");
    }

    @Test
    void thatTheDocumentDateResolvesAWeekdaySoThatADatedReportGetsTheSameEventId()
    {
        EventDocument weekday = dated("2020-08-21", "واجتمع السيسي مع ماكرون مساء الخميس في قصر الإليزيه.",
                "PER:السيسي", "PER:ماكرون");
        EventDocument explicit = doc("التقى ماكرون، في 20 آب 2020، السيسي في باريس.",
                "PER:السيسي", "PER:ماكرون", "TIME:20 آب 2020", "GPE:باريس");
        EventDocument weekLater = dated("2020-08-28", "واجتمع السيسي مع ماكرون مساء الخميس في قصر الإليزيه.",
                "PER:السيسي", "PER:ماكرون");
        EventMention a = events(weekday).get(0);
        EventMention b = events(explicit).get(0);
        EventMention c = events(weekLater).get(0);
        assertThat(a.timeValue()).isEqualTo("2020-08-20");
        assertThat(a.eventId()).isEqualTo(b.eventId());
        assertThat(c.eventId()).isNotEqualTo(a.eventId());
    }

    @Test
    void thatAMentionWithoutActorsJoinsTheNearestEarlierEventOfItsCategoryAndMode()
    {
        EventDocument d = doc("التقى السيسي ماكرون في باريس يوم الاثنين. وجرى الاجتماع في قصر الإليزيه.",
                "PER:السيسي", "PER:ماكرون", "GPE:باريس");
        List<EventMention> events = events(d);
        assertThat(events).extracting(e -> trigger(d, e)).containsExactly("التقى", "الاجتماع");
        assertThat(events.get(1).eventId()).isEqualTo(events.get(0).eventId());
    }

    @Test
    void thatTimeBucketsAreCompatibleByDayWeekdayAndMonth()
    {
        assertThat(EventIdentity.compatible(EventIdentity.bucket("2020-08-20"), "D4")).isTrue();
        assertThat(EventIdentity.compatible(EventIdentity.bucket("2020-08-20"), "D5")).isFalse();
        assertThat(EventIdentity.compatible("2020-08-20", EventIdentity.bucket("2020-08"))).isTrue();
        assertThat(EventIdentity.compatible("2020-08-20", "2020-08-27")).isFalse();
        assertThat(EventIdentity.bucket("2020-W34-4")).isEqualTo("2020-08-20");
    }

    @Test
    void thatAWordTheSegmenterKeptWholeIsAlsoReadWithItsProclitics()
    {
        // the segmenter read ودعا as the verb ودّع (bid farewell); و + دعا is a call (REQUEST)
        EventWord w = new EventWord(0, 4, "ودعا", null, "ودع", "");
        assertThat(w.keys()).startsWith("ودع").contains("دعا");
        // a word whose proclitics the segmenter split keeps its lemma reading
        EventWord split = new EventWord(1, 6, "بلقاء", null, "بلقاء", "و");
        assertThat(split.keys()).doesNotContain("لقاء");
    }
}
