package org.isnad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.isnad.pipeline.InputDocument;
import org.isnad.pipeline.TsvTableOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesTableTest
{
    @Test
    void thatFieldsWithTabsNewlinesOrQuotesAreQuotedTheRfc4180Way()
    {
        assertThat(TsvTableOutput.quote("بسيط")).isEqualTo("بسيط");
        assertThat(TsvTableOutput.quote("a\tb")).isEqualTo("\"a\tb\"");
        assertThat(TsvTableOutput.quote("سطر\nآخر")).isEqualTo("\"سطر\nآخر\"");
        assertThat(TsvTableOutput.quote("قال \"نعم\"")).isEqualTo("\"قال \"\"نعم\"\"\"");
        assertThat(TsvTableOutput.quote(null)).isEmpty();
    }

    @Test
    void thatTheTableHasAHeaderAndRowsInDocumentOrder(@TempDir Path dir) throws Exception
    {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(QuotationAnnotator.class);
        TsvTableOutput table = new TsvTableOutput(new QuotationTable(), QuotationTable.FILE_NAME,
                List.of("a", "b"));
        JCas jcas = JCasFactory.createJCas();
        String[][] docs = { { "b.txt", "وقالت الوزيرة إن الخطة \"جاهزة تماما للتنفيذ\" الآن." },
                { "a.txt", "وأكد المتحدث أن الاجتماع انتهى." } };
        for (String[] doc : docs) {
            jcas.reset();
            jcas.setDocumentText(doc[1]);
            engine.process(jcas);
            table.collect(jcas, new InputDocument(dir.resolve(doc[0]), dir, doc[0]));
        }
        table.write(dir);
        List<String> lines = Files.readAllLines(dir.resolve(QuotationTable.FILE_NAME),
                StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(
                "document\tbegin\tend\tkind\tspeaker\tspeakerId\tcue\tquotation");
        assertThat(lines.get(1)).startsWith("a\t").endsWith("\tindirect\tالمتحدث\t\tوأكد\tالاجتماع انتهى");
        assertThat(lines.get(2)).startsWith("b\t")
                .endsWith("\tmixed\tالوزيرة\t\tوقالت\t\"الخطة \"\"جاهزة تماما للتنفيذ\"\" الآن\"");
    }
}
