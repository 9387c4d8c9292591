package org.isnad.pipeline;

import static org.apache.uima.fit.factory.CollectionReaderFactory.createReaderDescription;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.JCasIterable;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.io.xmi.XmiReader;
import org.isnad.testing.CasAssert;
import org.isnad.testing.CasDump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

class XmiRoundTripTest
{
    @TempDir
    Path temp;

    @Test
    void thatEverySeedXmiReadsBackWithTheSameTextAndAnnotations() throws Exception
    {
        Path out = temp.resolve("out");
        Path in = temp.resolve("in");
        Files.createDirectories(in);
        try (var seeds = Files.list(AnnotateCommandTest.SEEDS)) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, in.resolve(seed.getFileName()));
            }
        }
        // a CR LF document and one with characters that XML 1.0 cannot hold
        Files.writeString(in.resolve("crlf.txt"), "العنوان\r\nالتقى ترمب الكاظمي.\r\n");
        assertThat(AnnotateCommandTest.run("annotate", "-q", "-o", out.toString(), in.toString())
                .exitCode()).isZero();

        AnalysisEngine pipeline = AnalysisEngineFactory.createEngine(IsnadPipeline.createAggregate());
        Map<String, Integer> checked = new HashMap<>();
        for (JCas read : new JCasIterable(createReaderDescription(XmiReader.class,
                XmiReader.PARAM_SOURCE_LOCATION, out.toString(),
                XmiReader.PARAM_PATTERNS, "*.xmi",
                XmiReader.PARAM_LENIENT, false,
                XmiReader.PARAM_TYPE_SYSTEM_FILE,
                out.resolve(AnnotationRunner.TYPE_SYSTEM_FILE).toString()))) {
            String title = DocumentMetaData.get(read).getDocumentTitle();
            String original = DocumentTextReader.read(in.resolve(title));
            assertThat(read.getDocumentText()).as(title).isEqualTo(original);

            JCas fresh = JCasFactory.createJCas();
            fresh.setDocumentText(original);
            fresh.setDocumentLanguage("ar");
            pipeline.process(fresh);
            CasAssert.assertValid(read);
            assertThat(CasDump.dump(read)).as(title).isEqualTo(CasDump.dump(fresh));
            checked.merge(title, 1, Integer::sum);
        }
        assertThat(checked).hasSize(6);
    }
}
