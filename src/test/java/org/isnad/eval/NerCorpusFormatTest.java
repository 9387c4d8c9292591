package org.isnad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCorpusFormatTest
{
    @TempDir
    Path folder;

    private Path newsfane(int blocks)
        throws Exception
    {
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (int n = 0; n < blocks; n++) {
            sb.append("\u200Eو\tO\r\n\u200Eاعلن\tO\r\n\u200Eبرند\tB-Politician\r\n")
                    .append("\u200Eجوتشولك\tI-Politician\r\n\u200Eفي\tO\r\n\u200Eالمئذنة\tB-Subarea-Facility\r\n")
                    .append("\u200Eل\tO\r\n\u200Eالامم\tB-Non-Governmental\r\n\u200Eالمتحدة\tI-Non-Governmental\r\n")
                    .append("\u200E.\tO\r\n\t\r\n");
        }
        Path file = folder.resolve("newsfane.txt");
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void thatNewsfaneClassesMapToIsnadTypesAndCommonNounClassesToO()
        throws Exception
    {
        List<BioCorpus.Sentence> corpus = NerCorpusFormat.NEWSFANE.read(newsfane(1),
                NerCorpusFormat.Split.ALL);
        assertThat(corpus).hasSize(1);
        assertThat(corpus.get(0).tokens()).startsWith("و", "اعلن", "برند");
        List<String> tags = new ArrayList<>();
        corpus.get(0).tags().forEach(t -> tags.add(t.get(0)));
        assertThat(tags).containsExactly("O", "O", "B-PER", "I-PER", "O", "O", "O", "B-ORG", "I-ORG",
                "O");
    }

    @Test
    void thatEveryTenthNewsfaneBlockIsDevelopmentData()
        throws Exception
    {
        Path file = newsfane(25);
        assertThat(NerCorpusFormat.NEWSFANE.read(file, NerCorpusFormat.Split.DEV)).hasSize(2);
        assertThat(NerCorpusFormat.NEWSFANE.read(file, NerCorpusFormat.Split.TRAIN)).hasSize(23);
        assertThat(NerCorpusFormat.WOJOOD.read(file, NerCorpusFormat.Split.DEV)).hasSize(25);
    }

    @Test
    void thatWojoodAndAqmarTagsAreRenamed()
    {
        assertThat(NerCorpusFormat.WOJOOD.map("PERS")).isEqualTo("PER");
        assertThat(NerCorpusFormat.WOJOOD.map("OCC")).isNull();
        assertThat(NerCorpusFormat.AQMAR.map("LOC")).isEqualTo("GPE");
        assertThat(NerCorpusFormat.AQMAR.map("MIS1")).isNull();
        assertThat(NerCorpusFormat.parse("newsfane")).isEqualTo(NerCorpusFormat.NEWSFANE);
    }

    @Test
    void thatCliticTokensAreGluedToTheirWordWithExactOffsets()
        throws Exception
    {
        List<BioCorpus.Sentence> corpus = NerCorpusFormat.NEWSFANE.read(newsfane(1),
                NerCorpusFormat.Split.ALL);
        GoldText text = GoldText.of(corpus, 0, 1, true);
        assertThat(text.text()).isEqualTo("واعلن برند جوتشولك في المئذنة للامم المتحدة .\n");
        assertThat(text.text().substring(text.begin(0, 1), text.end(0, 1))).isEqualTo("اعلن");
        // ل + الامم is written للامم: the gold token الامم starts at the second ل
        assertThat(text.text().substring(text.begin(0, 6), text.end(0, 6))).isEqualTo("ل");
        assertThat(text.text().substring(text.begin(0, 7), text.end(0, 7))).isEqualTo("لامم");
        assertThat(GoldText.of(corpus, 0, 1, false).text()).startsWith("و اعلن برند");
    }
}
