package org.isnad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.isnad.morph.GazetteerReader;
import org.junit.jupiter.api.Test;

class GazetteerReaderTest
{
    private static ByteArrayInputStream utf8(String s)
    {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void thatCommentsAndBlankLinesAreSkipped()
        throws IOException
    {
        assertThat(GazetteerReader.read(utf8("# places\n\nبغداد\tGPE\n"), "t.txt"))
                .extracting(GazetteerReader.Entry::text, GazetteerReader.Entry::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("بغداد", "GPE"));
    }

    @Test
    void thatAMalformedLineStopsWithFileAndLineNumber()
    {
        assertThatExceptionOfType(IOException.class)
                .isThrownBy(() -> GazetteerReader.read(utf8("بغداد\tGPE\nالبصرة GPE\n"), "places.txt"))
                .withMessageContaining("places.txt:2");
    }

    @Test
    void thatEveryShippedLexiconLoads()
        throws IOException
    {
        NerLexicon lexicon = NerLexicon.load(KnownWords.NONE);
        assertThat(lexicon.phraseCount()).isGreaterThan(1000);
        assertThat(lexicon.phrasesOfType("GPE")).contains("العراق", "بغداد", "واشنطن");
        assertThat(lexicon.phrasesOfType("NORP")).contains("العراقي", "عراقيون", "السوريين");
        assertThat(lexicon.month("كانون الثاني")).isEqualTo(1);
        assertThat(lexicon.month("اب")).isEqualTo(8);
        assertThat(lexicon.month("يونيو")).isEqualTo(6);
    }
}
