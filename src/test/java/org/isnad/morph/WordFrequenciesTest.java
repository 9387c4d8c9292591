package org.isnad.morph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordFrequenciesTest
{
    private static WordFrequencies read(String table)
        throws IOException
    {
        return WordFrequencies.read(
                new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "test.txt");
    }

    @Test
    void thatEntriesAreNormalisedAndMerged()
        throws IOException
    {
        WordFrequencies f = read("# comment\nالحكومة\t3\nالحكومه\t2\nأعلن\t4\n");
        assertThat(f.count("الحكومه")).isEqualTo(5);
        assertThat(f.count("اعلن")).isEqualTo(4);
        assertThat(f.count("قال")).isZero();
        assertThat(f.total()).isEqualTo(9);
        assertThat(f.size()).isEqualTo(2);
    }

    @Test
    void thatAMalformedCountStopsWithTheFileAndLine()
    {
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> read("قال\t3\nوزير\tmany\n"))
                .withMessageContaining("test.txt:2");
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> read("قال\t0\n"))
                .withMessageContaining("test.txt:1");
    }

    @Test
    void thatColumnFilesAreCountedByTheirFirstFieldWithoutMarksAndTags(@TempDir Path dir)
        throws IOException
    {
        // NewsFANE style: a left-to-right mark before each token, a tag after it
        Path newsFane = dir.resolve("newsfane.txt");
        Files.writeString(newsFane, "\u200Eأعلن\tO\r\n\u200Eالرئيس\tB-Politician\r\n"
                + "\u200Eو\tO\r\n\u200Eاعلن\tO\r\n\r\n(\tO\n2020\tO\n");
        Path wojood = dir.resolve("wojood.txt");
        Files.writeString(wojood, "فقد O\nأعلنَ O\n$#$ O\n");
        Map<String, Integer> counts = WordFrequencies.countColumnFiles(List.of(newsFane, wojood));
        assertThat(counts).containsEntry("اعلن", 3).containsEntry("الرئيس", 1)
                .containsEntry("و", 1).containsEntry("فقد", 1).doesNotContainKeys("(", "2020", "$#$");
    }

    @Test
    void thatTheTableIsWrittenMostFrequentFirstAboveTheMinimumCount()
        throws IOException
    {
        StringWriter out = new StringWriter();
        WordFrequencies.write(Map.of("قال", 5, "وزير", 2, "نادر", 1, "بين", 5), 2,
                List.of("test"), out);
        assertThat(out.toString()).isEqualTo("# test\nبين\t5\nقال\t5\nوزير\t2\n");
        assertThat(read(out.toString()).count("وزير")).isEqualTo(2);
    }

    @Test
    void thatTheShippedTableKnowsCommonNewsWords()
        throws IOException
    {
        WordFrequencies f = WordFrequencies.loadDefault();
        assertThat(f.count("قال")).isGreaterThan(f.count("دعا")).isGreaterThan(0);
        assertThat(f.size()).isGreaterThan(10_000);
    }
}
