package org.isnad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteVerbFormsTest
{
    private static CueLexicon lexicon;

    @BeforeAll
    static void load() throws Exception
    {
        lexicon = CueLexicon.loadDefault();
    }

    private static CueLexicon.VerbMatch match(String word)
    {
        return lexicon.matchVerb(QuoteText.normalize(word), List.of());
    }

    @ParameterizedTest(name = "{0} is a form of {1}")
    @CsvSource({ "قال,قال", "وقالت,قال", "يقول,قال", "سيقول,قال", "قلنا,قال", "فقالوا,قال",
            "وأضاف,اضاف", "أضافت,اضاف", "يضيفون,اضاف", "أضفنا,اضاف", "أكدت,اكد", "يؤكد,اكد",
            "وتؤكد,اكد", "أشارت,اشار", "يشير,اشار", "أوضحوا,اوضح", "لفتت,لفت", "شددت,شدد",
            "يعتبر,اعتبر", "أعلنت,اعلن", "كشفت,كشف", "ذكرت,ذكر", "يرى,راي", "رأت,راي", "نفت,نفي",
            "ينفي,نفي", "أفادت,افاد", "وتابع,تابع", "يتابع,تابع", "وأكمل,اكمل" })
    void thatEveryPersonGenderAndTenseOfACueVerbIsRecognised(String word, String lemma)
    {
        CueLexicon.VerbMatch match = match(word);
        assertThat(match).isNotNull();
        assertThat(match.lemma()).isEqualTo(lemma);
        assertThat(match.participle()).isFalse();
    }

    @ParameterizedTest(name = "{0} is a participle")
    @ValueSource(strings = { "مضيفا", "مضيفاً", "مشيرا", "مؤكدا", "مؤكّدًا", "معربا", "لافتا",
            "قائلا", "موضحة", "ومجدّدًا", "معتبرين" })
    void thatParticipialCuesAreRecognisedAsParticiples(String word)
    {
        assertThat(match(word)).isNotNull();
        assertThat(match(word).participle()).isTrue();
    }

    @Test
    void thatFeminineSubjectAgreementIsRead()
    {
        assertThat(match("وأضافت").feminine()).isTrue();
        assertThat(match("تقول").feminine()).isTrue();
        assertThat(match("مضيفة").feminine()).isTrue();
        assertThat(match("وأضاف").feminine()).isFalse();
        assertThat(match("يقول").feminine()).isFalse();
    }

    @ParameterizedTest(name = "{0} is not a cue")
    @ValueSource(strings = { "نشرت", "الرئيس", "تأكيد", "فؤاد", "إعلان", "المؤكد", "كاد", "بيانا",
            "وزارة", "الحكومة" })
    void thatNounsAndOtherVerbsAreNotCues(String word)
    {
        assertThat(match(word)).isNull();
    }

    @Test
    void thatALemmaAnnotationDecidesWhenItNamesACueVerb()
    {
        CueLexicon.VerbMatch match = lexicon.matchVerb("وتحدثت", List.of("و", "قال"));
        assertThat(match).isNotNull();
        assertThat(match.lemma()).isEqualTo("قال");
    }

    @Test
    void thatStrictVerbsAreMarked()
    {
        assertThat(match("وبين").strict()).isTrue();
        assertThat(match("قال").strict()).isFalse();
    }
}
