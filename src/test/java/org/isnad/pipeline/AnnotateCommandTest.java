package org.isnad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.isnad.io.InceptionLayerDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class AnnotateCommandTest
{
    public static final Path SEEDS = Path.of("seeds");

    @TempDir
    Path temp;

    public record Result(int exitCode, String out, String err) {}

    public static Result run(String... args)
    {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = IsnadCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Result(code, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    static List<String> files(Path dir) throws IOException
    {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()
                    .replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void thatTheSeedsAreAnnotatedAsXmiWithOneTypeSystem() throws Exception
    {
        Path out = temp.resolve("out");
        Result result = run("annotate", "-q", "-o", out.toString(), SEEDS.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("5 documents \\(0 failed\\), \\d+ tokens");
        assertThat(files(out)).contains("000_72e4a774ec884689.xmi", "004_d9981d3c609c2851.xmi",
                AnnotationRunner.TYPE_SYSTEM_FILE);
        assertThat(files(out)).noneMatch(f -> f.contains(".part") || f.contains("staging"));
    }

    @Test
    void thatConllUIsWrittenOnRequest() throws Exception
    {
        Path out = temp.resolve("out");
        Result result = run("annotate", "-q", "-o", out.toString(), "--format", "conllu",
                SEEDS.resolve("003_dac1cc83cc4776b9.txt").toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(files(out)).containsExactly("003_dac1cc83cc4776b9.conllu");
        assertThat(Files.readString(out.resolve("003_dac1cc83cc4776b9.conllu")))
                .startsWith("# text = ").contains("\n1\t");
    }

    @Test
    void thatAnEmptyFileGivesAnEmptyDocument() throws Exception
    {
        Path input = Files.writeString(temp.resolve("empty.txt"), "");
        Path out = temp.resolve("out");
        Result result = run("annotate", "-q", "-o", out.toString(), input.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(files(out)).contains("empty.xmi");
    }

    @Test
    void thatInvalidUtf8IsAFailureNamingTheFileAndTheOffset() throws Exception
    {
        Path input = temp.resolve("cp1256.txt");
        Files.write(input, new byte[] { (byte) 0xC7, (byte) 0xE1, (byte) 0xDA, 0x20, 0x41 });
        Path out = temp.resolve("out");
        Result result = run("annotate", "-q", "-o", out.toString(), input.toString());
        assertThat(result.exitCode()).isEqualTo(IsnadCli.EXIT_FAILURES);
        assertThat(result.err()).contains("cp1256.txt").contains("not valid UTF-8")
                .contains("byte offset 0");
        assertThat(files(out)).doesNotContain("cp1256.xmi");
    }

    @Test
    void thatOneBadFileInADirectoryDoesNotStopTheOthers() throws Exception
    {
        Path in = temp.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("a.txt"), "وصل الكاظمي إلى واشنطن.");
        Files.writeString(in.resolve("sub/b.txt"), "\uFEFFالتقى ترمب الكاظمي.\r\nوانتهى اللقاء");
        Files.write(in.resolve("bad.txt"), new byte[] { 'o', 'k', (byte) 0xFF, (byte) 0xFE });
        Files.writeString(in.resolve("ignored.md"), "not a text input");
        Path out = temp.resolve("out");
        Result result = run("annotate", "-q", "-o", out.toString(), "--format", "xmi,conllu",
                in.toString());
        assertThat(result.exitCode()).isEqualTo(IsnadCli.EXIT_FAILURES);
        assertThat(result.err()).contains("bad.txt").contains("byte offset 2");
        assertThat(result.out()).contains("3 documents (1 failed)");
        assertThat(files(out)).containsExactly(AnnotationRunner.TYPE_SYSTEM_FILE, "a.conllu",
                "a.xmi", InceptionLayerDefinitions.LAYERS_FILE,
                InceptionLayerDefinitions.PROJECT_FILE, "sub/b.conllu", "sub/b.xmi");
    }

    @Test
    void thatTwoThreadsWriteTheSameFilesAsOne() throws Exception
    {
        Path in = temp.resolve("in");
        Files.createDirectories(in);
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.toList()) {
                for (int copy = 0; copy < 3; copy++) {
                    Files.copy(seed, in.resolve(copy + "_" + seed.getFileName()));
                }
            }
        }
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");
        assertThat(run("annotate", "-q", "--threads", "1", "--format", "xmi,tsv,conllu", "-o",
                one.toString(), in.toString()).exitCode()).isZero();
        assertThat(run("annotate", "-q", "--threads", "2", "--format", "xmi,tsv,conllu", "-o",
                two.toString(), in.toString()).exitCode()).isZero();
        assertThat(contents(two)).isEqualTo(contents(one));
    }

    private static Map<String, String> contents(Path dir) throws IOException
    {
        Map<String, String> contents = new TreeMap<>();
        for (String file : files(dir)) {
            // Byte-exact, binary files (the INCEpTION project archive) included
            contents.put(file, new String(Files.readAllBytes(dir.resolve(file)),
                    StandardCharsets.ISO_8859_1));
        }
        return contents;
    }

    @Test
    void thatUsageErrorsExitWithTwo() throws Exception
    {
        Path input = Files.writeString(temp.resolve("a.txt"), "نص");
        assertThat(run("annotate", "--format", "pdf", input.toString()).exitCode())
                .isEqualTo(IsnadCli.EXIT_USAGE);
        assertThat(run("annotate", "--threads", "0", input.toString()).exitCode())
                .isEqualTo(IsnadCli.EXIT_USAGE);
        assertThat(run("annotate", temp.resolve("missing.txt").toString()).exitCode())
                .isEqualTo(IsnadCli.EXIT_USAGE);
        assertThat(run("annotate").exitCode()).isEqualTo(IsnadCli.EXIT_USAGE);
        assertThat(run("frobnicate").exitCode()).isEqualTo(IsnadCli.EXIT_USAGE);
        for (OutputFormat format : OutputFormat.values()) {
            if (!format.isAvailable()) {
                Result unavailable = run("annotate", "--format", format.formatName(),
                        input.toString());
                assertThat(unavailable.exitCode()).isEqualTo(IsnadCli.EXIT_USAGE);
                assertThat(unavailable.err()).contains(format.formatName());
            }
        }
    }

    @Test
    void thatAFileWithControlCharactersAndMixedScriptsIsAnnotated() throws Exception
    {
        Path input = Files.writeString(temp.resolve("mixed.txt"),
                "Trump\u0000 التقى\u0007 الكاظمي\u000B في 2020 \uD83D\uDE00 \u202Bنص\u202C");
        Path out = temp.resolve("out");
        Result result = run("annotate", "-q", "-o", out.toString(), input.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        // XML 1.0 cannot hold U+0000 and U+0007: the writer sanitises them
        assertThat(Files.readString(out.resolve("mixed.xmi"))).doesNotContain("\u0000")
                .doesNotContain("&#0;");
    }
}
