package org.isnad.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordTokenizerTest
{
    private final WordTokenizer tokenizer = new WordTokenizer();

    private List<String> tokens(String text)
    {
        return tokenizer.tokenize(text).stream().map(t -> t.coveredText(text)).toList();
    }

    private List<RawToken.Kind> kinds(String text)
    {
        return tokenizer.tokenize(text).stream().map(RawToken::kind).toList();
    }

    @Test
    void thatArabicCommaSemicolonAndQuestionMarkAreTokens()
    {
        assertThat(tokens("قال الوزير، إن الحكومة مستعدة؛ فهل توافق المعارضة؟"))
                .containsExactly("قال", "الوزير", "،", "إن", "الحكومة", "مستعدة", "؛", "فهل",
                        "توافق", "المعارضة", "؟");
    }

    @Test
    void thatLatinPunctuationIsSplitFromWords()
    {
        assertThat(tokens("زار بغداد (العاصمة)، ثم غادر: إلى أربيل!"))
                .containsExactly("زار", "بغداد", "(", "العاصمة", ")", "،", "ثم", "غادر", ":",
                        "إلى", "أربيل", "!");
    }

    @Test
    void thatEveryQuotationMarkStyleIsItsOwnToken()
    {
        assertThat(tokens("«داعش» و“الحشد” و\"البيان\" و'الاتفاق'"))
                .containsExactly("«", "داعش", "»", "و", "“", "الحشد", "”", "و", "\"", "البيان",
                        "\"", "و", "'", "الاتفاق", "'");
    }

    @Test
    void thatBracketsAreSplit()
    {
        assertThat(tokens("[تحديث] {ملاحظة}")).containsExactly("[", "تحديث", "]", "{", "ملاحظة",
                "}");
    }

    @Test
    void thatWesternAndArabicIndicNumbersWithSeparatorsStayWhole()
    {
        assertThat(tokens("بلغ 3.5 مليار و٣٫٥ مليون و1,000,000 دولار و٢٬٥٠٠ جندي"))
                .containsExactly("بلغ", "3.5", "مليار", "و٣٫٥", "مليون", "و1,000,000", "دولار",
                        "و٢٬٥٠٠", "جندي");
        assertThat(kinds("٣٫٥")).containsExactly(RawToken.Kind.NUMBER);
    }

    @Test
    void thatDatesAndTimesAreSingleTokens()
    {
        assertThat(tokens("واشنطن 20-08-2020 الساعة 21:20 بتوقيت بغداد في 20/8/2020."))
                .containsExactly("واشنطن", "20-08-2020", "الساعة", "21:20", "بتوقيت", "بغداد",
                        "في", "20/8/2020", ".");
    }

    @Test
    void thatANumberAtSentenceEndLeavesTheFullStop()
    {
        assertThat(tokens("في عام 2020.")).containsExactly("في", "عام", "2020", ".");
    }

    @Test
    void thatUrlsEmailsHashtagsAndMentionsStayWhole()
    {
        String text = "تابعونا على https://www.example.com/ar/news?id=5. أو www.elaph.com، "
                + "راسلونا news@example.co.uk ووسم #العراق_أولا و@AlKadhimi";
        assertThat(tokens(text)).containsExactly("تابعونا", "على",
                "https://www.example.com/ar/news?id=5", ".", "أو", "www.elaph.com", "،",
                "راسلونا", "news@example.co.uk", "ووسم", "#العراق_أولا", "و", "@AlKadhimi");
        assertThat(kinds(text)).contains(RawToken.Kind.URL, RawToken.Kind.EMAIL,
                RawToken.Kind.HASHTAG, RawToken.Kind.MENTION);
    }

    @Test
    void thatTatweelAndDiacriticsStayInsideTheWord()
    {
        assertThat(tokens("الرئيـــس العِرَاقِيّ معاً")).containsExactly("الرئيـــس", "العِرَاقِيّ",
                "معاً");
    }

    @Test
    void thatBidiAndZeroWidthMarksNeverSplitAWordAndAreNeverTokens()
    {
        String text = "\u200Fقال\u200F الرئيس\u200E \u200Cترمب\u200D ان\u200Cه \u200B ";
        assertThat(tokens(text)).containsExactly("قال", "الرئيس", "ترمب", "ان\u200Cه");
    }

    @Test
    void thatAbbreviationsKeepTheirDots()
    {
        assertThat(tokens("قال د. محمد إن أ.د. علي يسكن ص.ب. 25 في U.S. الآن"))
                .containsExactly("قال", "د.", "محمد", "إن", "أ.د.", "علي", "يسكن", "ص.ب.", "25",
                        "في", "U.S.", "الآن");
        assertThat(tokens("المهندس م. أحمد")).containsExactly("المهندس", "م.", "أحمد");
    }

    @Test
    void thatEllipsesAreSingleTokens()
    {
        assertThat(tokens("وأضاف... ثم سكت… وانتهى")).containsExactly("وأضاف", "...", "ثم", "سكت",
                "…", "وانتهى");
    }

    @Test
    void thatLatinHyphenatedWordsStayWhole()
    {
        assertThat(tokens("طائرات F-16 ولقاح COVID-19")).containsExactly("طائرات", "F-16", "ولقاح",
                "COVID-19");
    }

    @Test
    void thatControlCharactersSeparateWordsAndAreDropped()
    {
        assertThat(tokens("بغداد\u0000واشنطن\u0007لندن")).containsExactly("بغداد", "واشنطن", "لندن");
    }

    @Test
    void thatEmptyAndBlankTextGiveNoTokens()
    {
        assertThat(tokens("")).isEmpty();
        assertThat(tokens(" \n\t\u200F ")).isEmpty();
    }

    @Test
    void thatSurrogatePairsAreOneToken()
    {
        assertThat(tokens("مرحبا 😀!")).containsExactly("مرحبا", "😀", "!");
    }

    @Test
    void thatAdversarialInputIsTokenisedInLinearTime()
    {
        // long runs that would make a backtracking pattern explode
        String dots = "1.".repeat(100_000) + "x";
        String hyphens = "a-".repeat(100_000);
        String at = "a.".repeat(50_000) + "@";
        assertThat(tokenizer.tokenize(dots)).isNotEmpty();
        assertThat(tokenizer.tokenize(hyphens)).isNotEmpty();
        assertThat(tokenizer.tokenize(at)).isNotEmpty();
    }
}
