package org.isnad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuotationFinderTest
{
    private static QuotationFinder finder;

    @BeforeAll
    static void load() throws Exception
    {
        finder = new QuotationFinder(CueLexicon.loadDefault(), SpeakerLexicon.loadDefault(),
                QuotationFinder.Settings.DEFAULT);
    }

    /** Quotations as "kind | speaker | cue | text". */
    private static List<String> quotes(String text)
    {
        return quotes(text, List.of());
    }

    private static List<String> quotes(String text, List<QuotationFinder.Mention> mentions)
    {
        List<String> result = new ArrayList<>();
        for (QuotationFinder.Found q : finder.find(text, QuoteWord.fromText(text), mentions)) {
            String cue = q.cueBegin() < 0 ? "-" : text.substring(q.cueBegin(), q.cueEnd());
            result.add(q.kind().label() + " | " + q.speaker() + " | " + cue + " | "
                    + text.substring(q.begin(), q.end()));
        }
        return result;
    }

    @Test
    void thatADirectQuotationAfterItsCueIsAttributedToTheSubject()
    {
        assertThat(quotes("وقال وزير الخارجية الفرنسي جان إيف لودريان: «إن الحل السياسي هو الطريق الوحيد».")) //
                .containsExactly("direct | جان إيف لودريان | وقال | إن الحل السياسي هو الطريق الوحيد");
    }

    @Test
    void thatQuotesBeforeTheCueAreAttributedToTheFollowingSpeaker()
    {
        assertThat(quotes("«سنواصل الضغط حتى تتحقق مطالبنا كاملة»، قال زعيم المعارضة محمد العلي.")) //
                .containsExactly("direct | محمد العلي | قال | سنواصل الضغط حتى تتحقق مطالبنا كاملة");
    }

    @Test
    void thatAQuotationInterruptedByItsCueKeepsOneSpeaker()
    {
        assertThat(quotes("قال وزير الداخلية سامي الأحمد إن الحوار مستمر. "
                + "\"لن نقبل بأي تسوية على حساب شعبنا\"، وأضاف الوزير \"وسنبقى متمسكين بحقوقنا حتى النهاية\"."))
                .containsExactly("indirect | سامي الأحمد | قال | الحوار مستمر",
                        "direct | سامي الأحمد | وأضاف | لن نقبل بأي تسوية على حساب شعبنا",
                        "direct | سامي الأحمد | وأضاف | وسنبقى متمسكين بحقوقنا حتى النهاية");
    }

    @Test
    void thatAFemaleSpeakerKeepsHerFeminineContinuations()
    {
        String text = "وقالت وزيرة الخارجية السويدية آن ليندي إن بلادها تدرس المقترح بعناية.\n"
                + "من جهته، قال رئيس الوزراء الإسباني بيدرو سانشيز إن حكومته ستدعم الخطة.\n"
                + "وأضافت أن القرار النهائي سيتخذ الشهر المقبل.\n"
                + "وأضاف أن مدريد لن تتراجع عن التزاماتها.";
        assertThat(quotes(text)).containsExactly(
                "indirect | آن ليندي | وقالت | بلادها تدرس المقترح بعناية",
                "indirect | بيدرو سانشيز | قال | حكومته ستدعم الخطة",
                "indirect | آن ليندي | وأضافت | القرار النهائي سيتخذ الشهر المقبل",
                "indirect | بيدرو سانشيز | وأضاف | مدريد لن تتراجع عن التزاماتها");
    }

    @Test
    void thatAFeminineContinuationMayGoToAnOrganisation()
    {
        String text = "وذكرت وزارة الصحة في بيان أن عدد الإصابات ارتفع إلى ألف. "
                + "وقال الطبيب أحمد سالم إن الوضع تحت السيطرة. وأوضحت أن المستشفيات جاهزة.";
        assertThat(quotes(text)).extracting(q -> q.split(" \\| ")[1])
                .containsExactly("وزارة الصحة", "أحمد سالم", "وزارة الصحة");
    }

    @Test
    void thatANestedQuotationHasItsOwnSpeakerAndScareQuotesInsideAreNot()
    {
        String text = "وقال النائب خالد يوسف: «قال لي الرئيس \"لن نتراجع عن قرارنا مهما كانت الضغوط\" "
                + "قبل أن يغادر القاعة، وتنظيم \"داعش\" ما زال يهددنا».";
        assertThat(quotes(text)).containsExactly(
                "direct | خالد يوسف | وقال | قال لي الرئيس \"لن نتراجع عن قرارنا مهما كانت الضغوط\" "
                        + "قبل أن يغادر القاعة، وتنظيم \"داعش\" ما زال يهددنا",
                "direct | الرئيس | قال | لن نتراجع عن قرارنا مهما كانت الضغوط");
    }

    @Test
    void thatTitlesNamesAndScareQuotesAreNotQuotations()
    {
        assertThat(quotes("ووصفت الصحيفة الهجوم بأنه «مروع»، فيما نشرت «نيويورك تايمز» "
                + "تقريرا عن تنظيم «داعش» في العراق.")).isEmpty();
    }

    @Test
    void thatAnUnclosedMarkNeverSwallowsTheFollowingParagraphs()
    {
        String text = "وقال المتحدث باسم الجيش سعيد حسن: «إن القوات تقدمت في المحور الشمالي وسيطرت على مواقع جديدة\n\n"
                + "وفي سياق آخر، أعلنت وزارة الصحة أن الإصابات تراجعت هذا الأسبوع.\n"
                + "وقال الوزير «إن الوضع مستقر تماما في كل المحافظات».";
        assertThat(quotes(text)).containsExactly(
                "direct | سعيد حسن | وقال | إن القوات تقدمت في المحور الشمالي وسيطرت على مواقع جديدة",
                "indirect | وزارة الصحة | أعلنت | الإصابات تراجعت هذا الأسبوع",
                "direct | سعيد حسن | وقال | إن الوضع مستقر تماما في كل المحافظات");
    }

    @Test
    void thatAQuotationOverSeveralSentencesIsOne()
    {
        assertThat(quotes("وقالت المتحدثة باسم البيت الأبيض جين ساكي: \"نحن قلقون. "
                + "سنراقب الوضع عن كثب. لن نسمح بتكرار ما حدث\".")).containsExactly(
                        "direct | جين ساكي | وقالت | نحن قلقون. سنراقب الوضع عن كثب. لن نسمح بتكرار ما حدث");
    }

    @Test
    void thatTheReportedClauseEndsAtAParticipialCueWhichStartsItsOwn()
    {
        assertThat(quotes("وأكد المسؤول الأممي مارتن غريفيث أن المفاوضات ستستأنف قريبا، "
                + "مشيرا إلى أن الطرفين وافقا على الهدنة، بحسب وكالة رويترز.")).containsExactly(
                        "indirect | مارتن غريفيث | وأكد | المفاوضات ستستأنف قريبا",
                        "indirect | مارتن غريفيث | مشيرا | الطرفين وافقا على الهدنة");
    }

    @Test
    void thatAnIndirectClauseHoldingADirectQuoteIsMixed()
    {
        assertThat(quotes("وقال رئيس البرلمان محمد الحلبوسي إن المجلس \"لن يصوت على أي قانون يمس السيادة\" هذا العام."))
                .containsExactly("mixed | محمد الحلبوسي | وقال | المجلس \"لن يصوت على أي قانون يمس السيادة\" هذا العام");
    }

    @Test
    void thatSubjectBeforeTheVerbIsTheSpeaker()
    {
        assertThat(quotes("وكان المتحدث العسكري يحيى رسول، قد قال إن القوات دمرت ثلاثة أوكار للتنظيم."))
                .extracting(q -> q.split(" \\| ")[1]).containsExactly("يحيى رسول");
        assertThat(quotes("ترمب قال إن الاتفاق سيوقع قريبا.")).extracting(q -> q.split(" \\| ")[1])
                .containsExactly("ترمب");
    }

    @Test
    void thatAgentlessAndSourcePhrasesNameTheirSource()
    {
        assertThat(quotes("وجاء في البيان الختامي أن القادة اتفقوا على خطة مشتركة للتعافي."))
                .containsExactly("indirect | البيان الختامي | وجاء في | القادة اتفقوا على خطة مشتركة للتعافي");
        assertThat(quotes("\"سنفتح المعابر خلال أيام قليلة\"، وفقا لمصدر أمني مطلع."))
                .containsExactly("direct | مصدر أمني مطلع | وفقا | سنفتح المعابر خلال أيام قليلة");
    }

    @Test
    void thatBackgroundFormulasAndUngovernedComplementisersAreNotQuotations()
    {
        assertThat(quotes("يذكر أن الرئيس كان قد زار المنطقة العام الماضي. "
                + "ومن المقرر أن تنتهي الزيارة مساء الخميس.")).isEmpty();
    }

    @Test
    void thatNamedEntitiesGiveTheCanonicalNameAndIdentifier()
    {
        String text = "وصل رئيس الوزراء مصطفى الكاظمي إلى واشنطن. وقال الكاظمي إن الزيارة ناجحة.";
        int full = text.indexOf("مصطفى الكاظمي");
        int shortName = text.indexOf("الكاظمي إن");
        List<QuotationFinder.Mention> mentions = List.of(
                new QuotationFinder.Mention(full, full + "مصطفى الكاظمي".length(), "PER", "PER:k"),
                new QuotationFinder.Mention(shortName, shortName + "الكاظمي".length(), "PER", "PER:k"));
        List<QuotationFinder.Found> found = finder.find(text, QuoteWord.fromText(text), mentions);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker()).isEqualTo("مصطفى الكاظمي");
        assertThat(found.get(0).speakerId()).isEqualTo("PER:k");
        assertThat(text.substring(found.get(0).sourceBegin(), found.get(0).sourceEnd()))
                .isEqualTo("الكاظمي");
    }

    @Test
    void thatALongDocumentWithManySpeakersAttributesEveryQuotation()
    {
        String[][] people = { { "وزير الخارجية", "سامح شكري", "قال", "وأضاف" },
                { "وزيرة الدفاع", "ليلى بنعلي", "قالت", "وأضافت" },
                { "المتحدث باسم الحكومة", "علي الدباغ", "أكد", "وتابع" },
                { "رئيسة البرلمان", "نانسي بيلوسي", "أعلنت", "وأشارت" },
                { "السفير", "ماثيو تولر", "أوضح", "وشدد" } };
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            for (String[] p : people) {
                text.append("وفي سياق متصل، ").append(p[2]).append(' ').append(p[0]).append(' ')
                        .append(p[1]).append(" إن الجولة رقم ").append(round)
                        .append(" من المحادثات كانت مثمرة.\n");
                expected.add(p[1]);
                text.append("\"نأمل أن نصل إلى اتفاق شامل قبل نهاية العام\"، ")
                        .append(p[3]).append(".\n\n");
                expected.add(p[1]);
            }
        }
        List<String> speakers = quotes(text.toString()).stream().map(q -> q.split(" \\| ")[1])
                .toList();
        assertThat(speakers).containsExactlyElementsOf(expected);
    }

    @Test
    void thatBadInputNeverThrows()
    {
        assertThat(quotes("")).isEmpty();
        assertThat(quotes("\"\"\"«««»»»\u0000\u0001 ' \" « » “")).isEmpty();
        assertThat(quotes("قال إن")).isEmpty();
        assertThat(quotes("Hello there, \"this is a long quoted sentence in English\" he said."))
                .containsExactly("direct | null | - | this is a long quoted sentence in English");
    }
}
