package org.isnad.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.isnad.pipeline.IsnadCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportCommandTest
{
    @TempDir
    Path temp;

    @Test
    void thatAnnotateWritesOneReportForTheRunNextToTheOtherFormats() throws Exception
    {
        Path input = Files.createDirectories(temp.resolve("in"));
        Files.copy(Path.of("seeds/004_d9981d3c609c2851.txt"), input.resolve("a.txt"));
        Files.write(input.resolve("broken.txt"), new byte[] { 'x', (byte) 0xC3, (byte) 0x28 });
        Path out = temp.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = IsnadCli.run(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "annotate", "-q", "-o", out.toString(), "--format", "xmi,html", input.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(IsnadCli.EXIT_FAILURES);
        assertThat(out.resolve("a.xmi")).exists();
        String html = Files.readString(out.resolve(HtmlReport.FILE_NAME));
        String data = HtmlReportGoldenTest.embeddedData(html);
        assertThat(data).contains("\"name\":\"a.txt\"", "\"document\":\"broken.txt\"",
                "وأشار الرئيس الأميركي");
        assertThat(html).contains("<dd id=\"stat-documents\"><bdi>2</bdi></dd>",
                "<dd id=\"stat-failed\"><bdi>1</bdi></dd>");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".part"));
        }
    }
}
