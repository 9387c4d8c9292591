package org.isnad.event;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.isnad.pipeline.InputDocument;
import org.isnad.pipeline.TsvTableOutput;
import org.isnad.pipeline.IsnadPipeline;
import org.isnad.testing.CasAssert;
import org.isnad.type.Event;
import org.isnad.type.EventRole;
import org.isnad.type.TimeExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/** The UIMA adapter: segmenter, hand-made entities and times, then the event annotator. */
class EventAnnotatorTest
{
    private static AnalysisEngine segmenter;
    private static AnalysisEngine events;

    @BeforeAll
    static void create() throws Exception
    {
        segmenter = createEngine(IsnadPipeline.createSegmenter());
        events = createEngine(IsnadPipeline.createEventAnnotator());
    }

    private static JCas annotate(String text, String... annotations) throws Exception
    {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("ar");
        segmenter.process(jcas);
        for (String a : annotations) {
            String[] parts = a.split("\\|");
            int at = text.indexOf(parts[1]);
            if (parts[0].equals("TIME")) {
                TimeExpression t = new TimeExpression(jcas, at, at + parts[1].length());
                t.setValue(parts[2]);
                t.addToIndexes();
            }
            else {
                NamedEntity ne = new NamedEntity(jcas, at, at + parts[1].length());
                ne.setValue(parts[0]);
                ne.setIdentifier(parts[2]);
                ne.addToIndexes();
            }
        }
        events.process(jcas);
        CasAssert.assertValid(jcas);
        return jcas;
    }

    private static List<String> roles(Event e)
    {
        List<String> roles = new ArrayList<>();
        for (EventRole r : e.getArguments()) {
            roles.add(r.getRole() + "=" + r.getTarget().getCoveredText() + "("
                    + r.getTarget().getClass().getSimpleName() + ")");
        }
        return roles;
    }

    @Test
    void thatAMeetingLinksItsEntitiesTimeAndPlace() throws Exception
    {
        JCas jcas = annotate("والتقى وزير الخارجية السعودي فيصل بن فرحان نظيره الأمريكي أنتوني بلينكن "
                + "في الرياض يوم الأربعاء.",
                "PER|فيصل بن فرحان|PER:فيصل_بن_فرحان", "PER|أنتوني بلينكن|PER:أنتوني_بلينكن",
                "GPE|الرياض|GPE:الرياض", "TIME|يوم الأربعاء|2021-10-13");
        List<Event> found = new ArrayList<>(JCasUtil.select(jcas, Event.class));
        assertThat(found).hasSize(1);
        Event e = found.get(0);
        assertThat(e.getCoveredText()).isEqualTo("التقى");
        assertThat(e.getCategory()).isEqualTo("CONSULT");
        assertThat(e.getMode()).isEqualTo("meet");
        assertThat(e.getModality()).isEqualTo("asserted");
        assertThat(e.getEventId()).startsWith("CONSULT-");
        assertThat(roles(e)).contains("source=فيصل بن فرحان(NamedEntity)",
                "time=يوم الأربعاء(TimeExpression)", "place=الرياض(NamedEntity)");
    }

    @Test
    void thatActorsWithoutEntitiesAreNounPhraseAnnotations() throws Exception
    {
        JCas jcas = annotate("وهاجم مسلحون مجهولون نقطة تفتيش للجيش شمال المدينة.");
        Event e = JCasUtil.selectSingle(jcas, Event.class);
        assertThat(e.getCategory()).isEqualTo("ASSAULT");
        assertThat(roles(e)).anyMatch(r -> r.startsWith("source=مسلحون") && r.endsWith("(EventArgument)"));
    }

    @Test
    void thatTheEventsTableQuotesFieldsAndKeepsDocumentOrder(@TempDir Path out) throws Exception
    {
        TsvTableOutput table = new TsvTableOutput(new EventTable(), EventTable.FILE_NAME,
                List.of("a", "b"));
        JCas second = annotate("ورفض الوزير \"الاتهامات\" التي وجهها النواب.");
        table.collect(second, new InputDocument(out.resolve("b.txt"), out, "b.txt"));
        JCas first = annotate("وتظاهر المئات في الساحة.");
        table.collect(first, new InputDocument(out.resolve("a.txt"), out, "a.txt"));
        table.write(out);
        List<String> lines = Files.readAllLines(out.resolve("events.tsv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("document\tbegin\tend\tcategory\tmode\tmodality\tsource\t"
                + "target\ttime\tplace\teventId\tsentence");
        assertThat(lines.get(1)).startsWith("a\t").contains("\tPROTEST\tdemo\tasserted\t");
        assertThat(lines.get(2)).startsWith("b\t").contains("\tREJECT\t")
                .endsWith("\"ورفض الوزير \"\"الاتهامات\"\" التي وجهها النواب.\"");
    }

    @Test
    void thatEmptyAndNonArabicDocumentsGiveNoEvents() throws Exception
    {
        assertThat(JCasUtil.select(annotate(""), Event.class)).isEmpty();
        assertThat(JCasUtil.select(annotate("Hello, world! 2020-08-20"), Event.class)).isEmpty();
    }
}
