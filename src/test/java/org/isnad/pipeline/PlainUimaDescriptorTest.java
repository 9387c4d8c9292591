package org.isnad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.cas.CAS;
import org.apache.uima.fit.util.CasUtil;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;

/** The committed descriptors work with plain UIMA, without uimaFIT factories. */
class PlainUimaDescriptorTest
{
    private static final Path DESCRIPTORS = Path.of("descriptors");

    @Test
    void thatTheAggregateDescriptorRunsOnASeedWithPlainUima() throws Exception
    {
        AnalysisEngineDescription description = UIMAFramework.getXMLParser()
                .parseAnalysisEngineDescription(new XMLInputSource(
                        DESCRIPTORS.resolve(DescriptorGenerator.AGGREGATE_FILE).toFile()));
        AnalysisEngine engine = UIMAFramework.produceAnalysisEngine(description);
        CAS cas = engine.newCAS();
        cas.setDocumentText(Files.readString(Path.of("seeds/001_825d337026975759.txt")));
        cas.setDocumentLanguage("ar");
        engine.process(cas);
        assertThat(CasUtil.select(cas, CasUtil.getType(cas,
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence"))).hasSizeGreaterThan(5);
        assertThat(CasUtil.select(cas, CasUtil.getType(cas,
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token"))).hasSizeGreaterThan(500);
        engine.destroy();
    }

    @Test
    void thatTheCommittedDescriptorsMatchTheCode() throws Exception
    {
        // the build checks this too (exec-maven-plugin); the test names the stale file
        assertThat(DescriptorGenerator.check(DESCRIPTORS,
                DescriptorGenerator.generate(Path.of("target/classes")))).isEmpty();
    }

    @Test
    void thatEveryComponentHasADescriptorWithDescriptions() throws Exception
    {
        for (String name : new String[] { "ArabicSegmenter.xml" }) {
            AnalysisEngineDescription description = UIMAFramework.getXMLParser()
                    .parseAnalysisEngineDescription(
                            new XMLInputSource(DESCRIPTORS.resolve(name).toFile()));
            assertThat(description.getMetaData().getDescription()).as(name).isNotBlank();
            for (var parameter : description.getMetaData().getConfigurationParameterDeclarations()
                    .getConfigurationParameters()) {
                assertThat(parameter.getDescription()).as(name + ": " + parameter.getName())
                        .isNotBlank();
            }
        }
    }
}
