package org.isnad.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's uimaFIT examples are the code of {@link ReadmeExample}, and they run. */
class ReadmeExampleTest
{
    private static final Pattern SNIPPET = Pattern.compile(
            "// README-BEGIN ([\\w-]+)\\n(.*?)\\n\\s*// README-END", Pattern.DOTALL);

    @TempDir
    Path temp;

    @Test
    void thatEveryExampleInTheReadmeIsTheCompiledExampleCode() throws Exception
    {
        String source = Files.readString(
                Path.of("src/test/java/org/isnad/example/ReadmeExample.java"));
        String readme = Files.readString(Path.of("README.md"));
        Matcher matcher = SNIPPET.matcher(source);
        int snippets = 0;
        while (matcher.find()) {
            snippets++;
            String code = matcher.group(2).stripIndent().strip();
            assertThat(readme).as("README.md must contain the example " + matcher.group(1))
                    .contains(code);
        }
        assertThat(snippets).isEqualTo(2);
    }

    @Test
    void thatTheOneTextExampleRuns() throws Exception
    {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ReadmeExample.annotateOneText();
        }
        finally {
            System.setOut(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("ترمب").contains("البيت");
    }

    @Test
    void thatTheFolderExampleWritesXmi() throws Exception
    {
        Path out = temp.resolve("xmi");
        ReadmeExample.annotateAFolder("seeds", out.toString());
        try (var files = Files.list(out)) {
            assertThat(files.filter(f -> f.toString().endsWith(".xmi")).count()).isEqualTo(5);
        }
    }
}
