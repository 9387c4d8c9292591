package org.isnad.io.tsv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TsvEscapingTest
{
    @Test
    void thatEveryReservedCharacterOfAValueIsPrecededByABackslash()
    {
        assertThat(TsvEscaping.escapeValue("\\")).isEqualTo("\\\\");
        assertThat(TsvEscaping.escapeValue("[مصر]")).isEqualTo("\\[مصر\\]");
        assertThat(TsvEscaping.escapeValue("أ|ب")).isEqualTo("أ\\|ب");
        assertThat(TsvEscaping.escapeValue("ev_1")).isEqualTo("ev\\_1");
        assertThat(TsvEscaping.escapeValue("أ;ب")).isEqualTo("أ\\;ب");
        assertThat(TsvEscaping.escapeValue("*")).isEqualTo("\\*");
        assertThat(TsvEscaping.escapeValue("أ\tب\nج")).isEqualTo("أ\\tب\\nج");
    }

    @Test
    void thatAnArrowIsEscapedAsOneUnitButALoneHyphenIsNot()
    {
        assertThat(TsvEscaping.escapeValue("قال->أكد")).isEqualTo("قال\\->أكد");
        assertThat(TsvEscaping.escapeValue("2020-08-20")).isEqualTo("2020-08-20");
        assertThat(TsvEscaping.escapeValue("-")).isEqualTo("-");
    }

    @Test
    void thatUnescapingAValueRestoresIt()
    {
        String raw = "a\\b [c] d|e f_g h->i j;k *l*\tm\nn -o";
        assertThat(TsvEscaping.unescapeValue(TsvEscaping.escapeValue(raw))).isEqualTo(raw);
    }

    @Test
    void thatSentenceTextKeepsBracketsAndPipesButEscapesBackslashAndControls()
    {
        assertThat(TsvEscaping.escapeText("قال [الوزير] a|b_c *d* ->e;"))
                .isEqualTo("قال [الوزير] a|b_c *d* ->e;");
        assertThat(TsvEscaping.escapeText("C:\\dir\tx\ry\fz\bw"))
                .isEqualTo("C:\\\\dir\\tx\\ry\\fz\\bw");
        assertThat(TsvEscaping.escapeText("a\u0001b")).isEqualTo("a\\\u0001b");
        assertThat(TsvEscaping.escapeText("a\u000Bb")).isEqualTo("a\u000Bb");
        assertThat(TsvEscaping.escapeText("الرئيس\u200F")).isEqualTo("الرئيس\u200F");
    }

    @Test
    void thatUnescapingSentenceTextRestoresIt()
    {
        String raw = "C:\\dir\tx\ry\fz\bw\u0001v\u000B";
        assertThat(TsvEscaping.unescapeText(TsvEscaping.escapeText(raw))).isEqualTo(raw);
    }
}
