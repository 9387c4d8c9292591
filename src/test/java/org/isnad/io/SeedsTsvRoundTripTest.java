package org.isnad.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apache.uima.fit.factory.CollectionReaderFactory.createReaderDescription;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.fit.pipeline.JCasIterable;
import org.apache.uima.fit.util.CasUtil;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.io.xmi.XmiReader;
import org.isnad.io.tsv.GoldenCasesAccess;
import org.isnad.io.tsv.Tsv3Reader;
import org.isnad.pipeline.AnnotationRunner;
import org.isnad.pipeline.IsnadCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Annotates the seeds with the default formats (XMI and TSV), reads each XMI back with DKPro
 * Core's XmiReader (lenient off) against the written TypeSystem.xml, parses each TSV with the
 * test reader and checks that the TSV holds exactly the layers, spans, feature values and slot
 * links of the CAS.
 */
class SeedsTsvRoundTripTest
{
    private static final Path SEEDS = Paths.get("seeds");
    private static final List<String> NOT_LAYERS = List.of(
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence");

    @TempDir
    Path temp;

    @Test
    void thatEverySeedsTsvHoldsTheAnnotationsOfItsCas() throws Exception
    {
        Path out = temp.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = IsnadCli.run(new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
                new PrintStream(err, true, UTF_8), "annotate", "-q", "-o", out.toString(),
                SEEDS.toString());
        assertThat(exit).as(err.toString(UTF_8)).isZero();
        assertThat(out.resolve(InceptionLayerDefinitions.LAYERS_FILE)).isNotEmptyFile();
        assertThat(out.resolve(InceptionLayerDefinitions.PROJECT_FILE)).isNotEmptyFile();

        int documents = 0;
        for (JCas jcas : new JCasIterable(createReaderDescription(XmiReader.class,
                XmiReader.PARAM_SOURCE_LOCATION, out.toString(),
                XmiReader.PARAM_PATTERNS, "*.xmi",
                XmiReader.PARAM_LENIENT, false,
                XmiReader.PARAM_TYPE_SYSTEM_FILE,
                out.resolve(AnnotationRunner.TYPE_SYSTEM_FILE).toString()))) {
            documents++;
            String stem = DocumentMetaData.get(jcas).getDocumentId();
            String tsv = Files.readString(out.resolve(stem.replaceAll("\\.xmi$", "") + ".tsv"),
                    UTF_8);
            Tsv3Reader read = Tsv3Reader.parse(tsv);

            List<String> layers = read.getLayers().stream().map(Tsv3Reader.Layer::typeName)
                    .toList();
            assertThat(layers).as(stem).containsExactlyInAnyOrderElementsOf(
                    annotatedLayerTypes(jcas.getCas()));
            Map<String, String> baseTypes = new HashMap<>();
            assertThat(GoldenCasesAccess.fromTsv(read)).as(stem)
                    .containsExactlyElementsOf(GoldenCasesAccess.fromCas(jcas, layers, baseTypes));
            assertThat(read.getSentences()).as(stem).isNotEmpty();
            for (Tsv3Reader.Sentence s : read.getSentences()) {
                int begin = s.units().get(0).begin();
                assertThat(jcas.getDocumentText().substring(begin, begin + s.text().length()))
                        .isEqualTo(s.text());
            }
        }
        assertThat(documents).isEqualTo(5);
    }

    /** Direct Annotation subtypes with annotations, except Token, Sentence and metadata. */
    private static List<String> annotatedLayerTypes(CAS aCas)
    {
        TypeSystem ts = aCas.getTypeSystem();
        Type annotation = ts.getType(CAS.TYPE_NAME_ANNOTATION);
        Type documentAnnotation = ts.getType(CAS.TYPE_NAME_DOCUMENT_ANNOTATION);
        return ts.getDirectSubtypes(annotation).stream()
                .filter(t -> !ts.subsumes(documentAnnotation, t))
                .filter(t -> !NOT_LAYERS.contains(t.getName()))
                .filter(t -> !CasUtil.select(aCas, t).isEmpty()).map(Type::getName).toList();
    }
}
