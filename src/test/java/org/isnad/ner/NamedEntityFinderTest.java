package org.isnad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.ner.NerTestSupport.entities;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamedEntityFinderTest
{
    private NamedEntityFinder finder;

    @BeforeAll
    void loadLexicons()
    {
        NerLexiconResource resource = new NerLexiconResource();
        assertThat(resource).isNotNull();
        try {
            resource.load(null);
            finder = new NamedEntityFinder(resource.getLexicon(), resource.newKnownWords());
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void thatTitlesAreNotPartOfThePersonAndTheirNationalityIsNorp()
    {
        assertThat(entities(finder, "وقال رئيس الوزراء العراقي مصطفى الكاظمي إن الحوار مستمر."))
                .containsExactly("NORP [العراقي] NORP:عراقي",
                        "PER [مصطفى الكاظمي] PER:مصطفي_الكاظمي");
    }

    @Test
    void thatSpansNeverIncludeAGluedProclitic()
    {
        assertThat(entities(finder, "ورحب الرئيس الأمريكي ترامب بالكاظمي في البيت الأبيض."))
                .contains("PER [الكاظمي] PER:مصطفي_الكاظمي", "PER [ترامب] PER:دونالد_ترمب",
                        "ORG [البيت الأبيض] ORG:البيت_الابيض");
    }

    @Test
    void thatMultiwordCountryNamesAreOneSpanWithTheKeyOfTheirCldrName()
    {
        assertThat(entities(finder, "وأكد استمرار دعم الولايات المتحدة الأميركية للعراق."))
                .containsExactly("GPE [الولايات المتحدة الأميركية] GPE:الولايات_المتحده",
                        "GPE [لعراق] GPE:العراق");
    }

    @Test
    void thatAnOrganisationHeadTakesItsGenitiveComplementAndAdjectives()
    {
        assertThat(entities(finder, "أفادت وكالة الأنباء العراقية بأن مجلس محافظة بغداد اجتمع أمس."))
                .containsExactly("ORG [وكالة الأنباء العراقية] ORG:وكاله_الانباء_العراقيه",
                        "ORG [مجلس محافظة بغداد] ORG:مجلس_محافظه_بغداد");
    }

    @Test
    void thatADefiniteHeadNeedsANationalityToBeAnOrganisation()
    {
        assertThat(entities(finder, "وشددت الحكومة العراقية على أن الحكومة ستواصل عملها."))
                .containsExactly("ORG [الحكومة العراقية] ORG:الحكومه_العراقيه");
    }

    @Test
    void thatATitleCanBeFollowedByAnOrganisationBeforeTheName()
    {
        assertThat(entities(finder, "قال الناطق باسم وزارة الخارجية أحمد الصحاف إن العراق يرى ذلك."))
                .containsExactly("ORG [وزارة الخارجية] ORG:وزاره_الخارجيه",
                        "PER [أحمد الصحاف] PER:احمد_الصحاف", "GPE [العراق] GPE:العراق");
    }

    @Test
    void thatAWordUnknownToTheDictionaryAfterAReportingVerbIsAPerson()
    {
        assertThat(entities(finder, "وقال غروندبرغ في بيان إن الهدنة صامدة."))
                .containsExactly("PER [غروندبرغ] PER:غروندبرغ");
    }

    @Test
    void thatAFamilyNameFoundInAStrongContextIsTaggedAtEveryMention()
    {
        assertThat(entities(finder,
                "التقى المبعوث الأممي هانس غروندبرغ وزير الخارجية. وأكد غروندبرغ أهمية الحوار."))
                .containsExactly("PER [هانس غروندبرغ] PER:هانس_غروندبرغ",
                        "PER [غروندبرغ] PER:هانس_غروندبرغ");
    }

    @Test
    void thatSpellingVariantsShareOneIdentifier()
    {
        assertThat(entities(finder, "التقى ترمب مع نظيره. وقال ترامب إن أميركا وأمريكا واحدة."))
                .containsExactly("PER [ترمب] PER:دونالد_ترمب", "PER [ترامب] PER:دونالد_ترمب",
                        "GPE [أميركا] GPE:الولايات_المتحده", "GPE [أمريكا] GPE:الولايات_المتحده");
    }

    @Test
    void thatAnUnknownNameAfterAPlaceHeadIsAPlaceWithoutTheHead()
    {
        assertThat(entities(finder, "اقتحمت القوات قرية اليامون قضاء جنين فجر اليوم."))
                .contains("GPE [اليامون] GPE:اليامون");
    }

    @Test
    void thatAFirstNameStartsAPersonName()
    {
        assertThat(entities(finder, "وأوضح خليل السكاكيني في مذكراته أن المدينة تغيرت."))
                .containsExactly("PER [خليل السكاكيني] PER:خليل_السكاكيني");
    }

    @Test
    void thatCoordinatedNamesAreSeparateEntities()
    {
        assertThat(entities(finder, "وترأس الكاظمي وترامب الاجتماع الموسع."))
                .containsExactly("PER [الكاظمي] PER:مصطفي_الكاظمي", "PER [ترامب] PER:دونالد_ترمب");
    }

    @Test
    void thatOddInputNeverThrows()
    {
        assertThat(entities(finder, "")).isEmpty();
        assertThat(entities(finder, "Hello world 123 \u0000\u200F ،،، ...")).isEmpty();
        assertThat(entities(finder, "و ب ل ال لل")).isEmpty();
    }
}
