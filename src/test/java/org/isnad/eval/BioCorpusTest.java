package org.isnad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BioCorpusTest
{
    @TempDir
    Path dir;

    @Test
    void thatTheOutermostComparedEntityCountsInWojoodStyle()
        throws Exception
    {
        Path file = dir.resolve("w.txt");
        Files.writeString(file, String.join("\n", "مراسلة O", "سكرتير B-OCC", "اللجنة I-OCC B-ORG",
                "القومية I-OCC I-ORG", "في I-OCC", "نابلس I-OCC B-GPE", "$#$ O", "",
                "مجلس B-ORG", "الأمن I-ORG", "ضد I-ORG", "الأسد I-ORG B-PERS", ""), StandardCharsets.UTF_8);
        List<BioCorpus.Sentence> corpus = BioCorpus.read(file);
        assertThat(corpus).hasSize(2);
        TypeMap map = new TypeMap("PERS=PER,GPE=LOC", "PER,ORG,LOC");
        assertThat(BioCorpus.goldSpans(0, corpus.get(0), map)).containsExactly(
                new BioCorpus.Span(0, 2, 4, "ORG"), new BioCorpus.Span(0, 5, 6, "LOC"));
        assertThat(BioCorpus.goldSpans(1, corpus.get(1), map)).containsExactly(
                new BioCorpus.Span(1, 0, 4, "ORG"));
    }

    @Test
    void thatScoresUseExactSpanMatch()
    {
        NerScore score = new NerScore();
        score.add(List.of(new BioCorpus.Span(0, 0, 2, "PER"), new BioCorpus.Span(0, 3, 4, "LOC")),
                List.of(new BioCorpus.Span(0, 0, 2, "PER"), new BioCorpus.Span(0, 3, 5, "LOC")));
        assertThat(score.micro().precision()).isEqualTo(0.5);
        assertThat(score.micro().recall()).isEqualTo(0.5);
        assertThat(score.perType().get("PER").f1()).isEqualTo(1.0);
    }
}
