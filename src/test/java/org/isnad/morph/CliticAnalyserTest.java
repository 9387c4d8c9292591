package org.isnad.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliticAnalyserTest
{
    private CliticAnalyser analyser;

    @BeforeAll
    void loadLexicon()
        throws IOException
    {
        analyser = new CliticAnalyser(ArabicLexicon.loadDefault());
    }

    /** The word's syntactic words as surface pieces joined by +. */
    private String split(String word)
    {
        return analyser.analyse(word).stream().map(w -> word.substring(w.begin(), w.end()))
                .collect(Collectors.joining("+"));
    }

    private String forms(String word)
    {
        return analyser.analyse(word).stream().map(SyntacticWord::form)
                .collect(Collectors.joining("+"));
    }

    @Test
    void thatTheConjunctionWawIsSplitFromAVerb()
    {
        assertThat(split("وقال")).isEqualTo("و+قال");
        assertThat(split("وأضاف")).isEqualTo("و+أضاف");
    }

    @Test
    void thatPrepositionsAreSplitFromNounsInTheGenitive()
    {
        assertThat(split("بتنسيق")).isEqualTo("ب+تنسيق");
        assertThat(split("كقوة")).isEqualTo("ك+قوة");
        assertThat(split("لبناء")).isEqualTo("ل+بناء");
    }

    @Test
    void thatConjunctionAndPrepositionCombine()
    {
        assertThat(split("وبالتنسيق")).isEqualTo("و+ب+التنسيق");
        assertThat(split("وللعراق")).isEqualTo("و+ل+لعراق");
    }

    @Test
    void thatLamBeforeTheArticleRestoresTheArticleInTheForm()
    {
        assertThat(split("للحكومة")).isEqualTo("ل+لحكومة");
        assertThat(forms("للحكومة")).isEqualTo("ل+الحكومة");
        assertThat(forms("للاستقرار")).isEqualTo("ل+الاستقرار");
    }

    @Test
    void thatFutureSeenIsSplitOnlyBeforeImperfectVerbs()
    {
        assertThat(split("سيكون")).isEqualTo("س+يكون");
        assertThat(split("ستكون")).isEqualTo("س+تكون");
        assertThat(split("سياسة")).isEqualTo("سياسة");
        assertThat(split("سنة")).isEqualTo("سنة");
    }

    @Test
    void thatPronounSuffixesOnPrepositionsRestoreTheStem()
    {
        assertThat(forms("عليه")).isEqualTo("على+ه");
        assertThat(forms("لديه")).isEqualTo("لدى+ه");
        assertThat(forms("إليهم")).isEqualTo("إلى+هم");
        assertThat(split("منها")).isEqualTo("من+ها");
        assertThat(split("عنه")).isEqualTo("عن+ه");
        assertThat(split("لها")).isEqualTo("ل+ها");
    }

    @Test
    void thatPronounSuffixesOnNounsRestoreTehMarbuta()
    {
        assertThat(split("حكومته")).isEqualTo("حكومت+ه");
        assertThat(forms("حكومته")).isEqualTo("حكومة+ه");
        assertThat(split("ترشيحاتها")).isEqualTo("ترشيحات+ها");
        assertThat(split("التزامهما")).isEqualTo("التزام+هما");
    }

    @Test
    void thatSubordinatorsTakePronounSuffixes()
    {
        assertThat(split("أنه")).isEqualTo("أن+ه");
        assertThat(split("لأنها")).isEqualTo("ل+أن+ها");
    }

    @Test
    void thatFunctionWordsBeatRareDictionaryReadings()
    {
        // وقد is also a noun (fuel) in the dictionary, بها a rare verb
        assertThat(split("وقد")).isEqualTo("و+قد");
        assertThat(split("بها")).isEqualTo("ب+ها");
    }

    @ParameterizedTest
    @ValueSource(strings = { "ولايات", "وزير", "وكالة", "بين", "بيان", "بلد", "كان", "لكن", "فيديو",
            "واشنطن", "بغداد", "كما", "ليبيا", "مصالح", "سوريا", "لندن", "فيلم" })
    void thatLettersOfTheWordAreNeverSplit(String word)
    {
        assertThat(split(word)).isEqualTo(word);
    }

    @ParameterizedTest
    @ValueSource(strings = { "ترمب", "بلينكن", "الكاظمي", "بارزاني" })
    void thatUnknownNamesStayWhole(String word)
    {
        assertThat(split(word)).isEqualTo(word);
    }

    @Test
    void thatAClearProcliticBeforeTheArticleIsSplitFromUnknownNames()
    {
        assertThat(split("بالكاظمي")).isEqualTo("ب+الكاظمي");
        assertThat(split("والولايات")).isEqualTo("و+الولايات");
        assertThat(forms("للكاظمي")).isEqualTo("ل+الكاظمي");
    }

    @Test
    void thatSpellingVariantsOfNewsAreKnown()
    {
        List<SyntacticWord> words = analyser.analyse("أميركية");
        assertThat(words).hasSize(1);
        assertThat(words.get(0).lemma()).isEqualTo("أمريكي");
        assertThat(analyser.analyse("الأمريكية").get(0).lemma()).isEqualTo("أمريكي");
    }

    @Test
    void thatLemmasAndUposComeFromTheLexicon()
    {
        List<SyntacticWord> words = analyser.analyse("والولايات");
        assertThat(words.get(0).upos()).isEqualTo("CCONJ");
        assertThat(words.get(1).lemma()).isEqualTo("ولاية");
        assertThat(words.get(1).upos()).isEqualTo("NOUN");
        assertThat(analyser.analyse("عليه").get(1).lemma()).isEqualTo("هو");
    }

    @Test
    void thatDiacriticsStayInsideTheSpansButNotInTheForms()
    {
        String word = "وَقَالَ";
        List<SyntacticWord> words = analyser.analyse(word);
        assertThat(words).hasSize(2);
        assertThat(word.substring(words.get(0).begin(), words.get(0).end())).isEqualTo("وَ");
        assertThat(words.get(1).form()).isEqualTo("قال");
        assertThat(words.get(1).end()).isEqualTo(word.length());
    }

    @Test
    void thatNonArabicAndEmptyWordsAreKeptWhole()
    {
        assertThat(split("COVID")).isEqualTo("COVID");
        assertThat(analyser.analyse("")).isEmpty();
    }
    @Test
    void thatAFrequentStemAfterAProcliticBeatsARareDictionaryWordSpelledTheSame()
    {
        // ودع (bid farewell) and بلغة (a slipper) are dictionary words, but news writes و + دعا
        // and ب + لغة; البلغة never occurs
        assertThat(split("ودعا")).isEqualTo("و+دعا");
        assertThat(split("ودعت")).isEqualTo("و+دعت");
        assertThat(split("بلغة")).isEqualTo("ب+لغة");
        assertThat(split("وزير")).isEqualTo("وزير");
        assertThat(split("وكالة")).isEqualTo("وكالة");
    }

    @Test
    void thatWholeAdverbsInTanwinAreNotSplitAtAnInitialPreposition()
    {
        assertThat(split("كبيرا")).isEqualTo("كبيرا");
        assertThat(split("بعيدا")).isEqualTo("بعيدا");
        assertThat(split("فعليا")).isEqualTo("فعليا");
    }

    @Test
    void thatFutureSeenCombinesWithTheConjunction()
    {
        assertThat(split("وسيتم")).isEqualTo("و+س+يتم");
    }

    @ParameterizedTest
    @ValueSource(strings = { "فليم", "فانس", "فوكس", "كاثرين" })
    void thatARareProcliticIsNotSplitFromAnUnknownNameLeavingAnUnusedStem(String word)
    {
        assertThat(split(word)).isEqualTo(word);
    }

    @Test
    void thatAHamzaOnAlefAfterAProcliticStartsAnUnknownWord()
    {
        assertThat(split("بأوسكار")).isEqualTo("ب+أوسكار");
        assertThat(split("وإيمانويل")).isEqualTo("و+إيمانويل");
    }

    @Test
    void thatWawAndLamBeforeAConsonantAreSplitFromUnknownNames()
    {
        assertThat(split("وتويتر")).isEqualTo("و+تويتر");
        assertThat(split("لرويترز")).isEqualTo("ل+رويترز");
    }

    @Test
    void thatStemsTheCorpusUsesTakePronounSuffixes()
    {
        // جثمان (body) is missing from the dictionary but frequent in news
        assertThat(split("جثمانه")).isEqualTo("جثمان+ه");
    }

    @Test
    void thatAnUnknownWordTheCorpusUsesStaysWholeAgainstARareSuffix()
    {
        // not مار + ك (your passer-by)
        assertThat(split("مارك")).isEqualTo("مارك");
    }

    @Test
    void thatNounsOfComplexPrepositionsAreSplitFromBeh()
    {
        assertThat(split("بواسطة")).isEqualTo("ب+واسطة");
        assertThat(split("بموجب")).isEqualTo("ب+موجب");
        assertThat(split("بمثابة")).isEqualTo("ب+مثابة");
    }

    @Test
    void thatADocumentRepeatingANameWithoutItsStemKeepsItWhole()
    {
        // Harry Potter: ب + وتر (string) is a weak reading of an unknown word
        assertThat(split("بوتر")).isEqualTo("ب+وتر");
        Map<String, Integer> article = Map.of("بوتر", 4, "هاري", 4);
        assertThat(analyser.analyse("بوتر", k -> article.getOrDefault(k, 0))).hasSize(1);
        // a document that writes the stem alone keeps the split
        Map<String, Integer> other = Map.of("بوتر", 2, "وتر", 1);
        assertThat(analyser.analyse("بوتر", k -> other.getOrDefault(k, 0))).hasSize(2);
        // once is not a repeat
        Map<String, Integer> once = Map.of("بوتر", 1);
        assertThat(analyser.analyse("بوتر", k -> once.getOrDefault(k, 0))).hasSize(2);
    }

    @Test
    void thatTheDocumentRuleNeverUndoesWellSupportedSplits()
    {
        Map<String, Integer> counts = Map.of("والحكومة", 5, "وقال", 5, "بتنسيق", 3);
        assertThat(analyser.analyse("والحكومة", k -> counts.getOrDefault(k, 0))).hasSize(2);
        assertThat(analyser.analyse("وقال", k -> counts.getOrDefault(k, 0))).hasSize(2);
        assertThat(analyser.analyse("بتنسيق", k -> counts.getOrDefault(k, 0))).hasSize(2);
    }
}
