package org.isnad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.isnad.morph.WordFrequencies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainFrequenciesCommandTest
{
    @Test
    void thatTrainFrequenciesWritesATableTheLexiconCanRead(@TempDir Path dir)
        throws Exception
    {
        Path corpus = dir.resolve("corpus.txt");
        Files.writeString(corpus, "وقال O\nالرئيس B-PER\nإن O\nالحكومة O\n\nقال O\nالرئيس O\n");
        Path table = dir.resolve("out/word-frequencies.txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = IsnadCli.run(ps, ps, "train", "frequencies", "--min-count", "2", "--data",
                corpus.toString(), "-o", table.toString());
        assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
        String text = Files.readString(table);
        assertThat(text).contains("# Built by: isnad train frequencies --min-count 2")
                .contains("الرئيس\t2").doesNotContain("الحكومه");
        assertThat(WordFrequencies.read(table).count("الرئيس")).isEqualTo(2);
    }

    @Test
    void thatAMissingDataOptionIsAUsageError(@TempDir Path dir)
    {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(IsnadCli.run(ps, ps, "train", "frequencies", "-o",
                dir.resolve("x.txt").toString())).isEqualTo(IsnadCli.EXIT_USAGE);
    }
}
