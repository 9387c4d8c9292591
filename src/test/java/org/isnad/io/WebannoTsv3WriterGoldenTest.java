package org.isnad.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.jcas.JCas;
import org.isnad.io.tsv.GoldenCasesAccess;
import org.isnad.io.tsv.TestCas;
import org.isnad.io.tsv.Tsv3Reader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests: every folder of {@code tsv3-golden/} names a case built in code
 * ({@code GoldenCases}) and holds the expected {@code reference.tsv}. The writer's output must
 * equal it byte for byte, and the test reader must recover every annotation of the CAS from it.
 * Run with {@code -Dtsv.golden.update=true} to rewrite the references after a deliberate change
 * (then check every diff by hand against the format specification).
 */
class WebannoTsv3WriterGoldenTest
{
    private static final Path GOLDEN_SOURCE = Paths.get("src/test/resources/tsv3-golden");

    @TempDir
    Path tmp;

    static Stream<String> cases() throws IOException, URISyntaxException
    {
        Path root = Paths.get(WebannoTsv3WriterGoldenTest.class.getResource("/tsv3-golden").toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .toList().stream();
        }
    }

    @Test
    void thatEveryCaseInCodeHasAGoldenFolder() throws Exception
    {
        assertThat(cases().toList()).containsExactlyInAnyOrderElementsOf(GoldenCasesAccess.names());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void thatTheWriterProducesTheReferenceTsv(String aCase) throws Exception
    {
        JCas jcas = GoldenCasesAccess.build(aCase);
        TestCas.assertValid(jcas);

        Path out = tmp.resolve(aCase + ".tsv");
        SimplePipeline.runPipeline(jcas, createEngineDescription(WebannoTsv3Writer.class,
                WebannoTsv3Writer.PARAM_TARGET_LOCATION, out.toString(),
                WebannoTsv3Writer.PARAM_SINGULAR_TARGET, true));
        String actual = Files.readString(out, UTF_8);

        Path reference = GOLDEN_SOURCE.resolve(aCase).resolve("reference.tsv");
        if (Boolean.getBoolean("tsv.golden.update")) {
            Files.writeString(reference, actual, UTF_8);
        }
        String expected = new String(getClass().getResourceAsStream(
                "/tsv3-golden/" + aCase + "/reference.tsv").readAllBytes(), UTF_8);
        assertThat(actual).isEqualTo(expected);

        Tsv3Reader read = Tsv3Reader.parse(actual);
        List<String> layers = read.getLayers().stream().map(Tsv3Reader.Layer::typeName).toList();
        Map<String, String> baseTypes = new HashMap<>();
        read.getLayers().stream().filter(l -> l.kind().equals("T_RL"))
                .forEach(l -> baseTypes.put(l.typeName(),
                        l.columns().get(l.columns().size() - 1).typeHint()));
        assertThat(GoldenCasesAccess.fromTsv(read))
                .containsExactlyElementsOf(GoldenCasesAccess.fromCas(jcas, layers, baseTypes));
        for (Tsv3Reader.Sentence s : read.getSentences()) {
            int begin = s.units().get(0).begin();
            assertThat(jcas.getDocumentText().substring(begin, begin + s.text().length()))
                    .isEqualTo(s.text());
        }
    }
}
