package org.isnad.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.isnad.io.tsv.CasTsvConverter;
import org.isnad.io.tsv.TsvAnnotation;
import org.isnad.io.tsv.TsvDocument;
import org.isnad.io.tsv.TsvLayer;
import org.isnad.io.tsv.TsvLayout;
import org.isnad.io.tsv.TsvSerializer;
import org.isnad.pipeline.DocumentTextReader;
import org.isnad.pipeline.InputCollector;
import org.isnad.pipeline.InputDocument;
import org.isnad.pipeline.IsnadPipeline;

/**
 * Figures of the TSV writer: annotates the input documents once with the Isnad pipeline, prints
 * the layers, annotations and slot links written per layer, then times the TSV writer alone
 * (CAS conversion, layout and serialisation, output discarded) over repeated passes and prints
 * the time it adds per 1,000 documents.
 *
 * <pre>
 * java -cp target/isnad.jar org.isnad.io.TsvWriterBenchmark [DOCUMENTS] INPUT...
 * </pre>
 *
 * DOCUMENTS is the number of documents to time (default 1000), cycling through the inputs.
 */
public final class TsvWriterBenchmark
{
    private TsvWriterBenchmark()
    {
    }

    public static void main(String[] args) throws Exception
    {
        int total = 1000;
        List<Path> inputs = new ArrayList<>();
        for (String a : args) {
            if (a.matches("\\d+")) {
                total = Integer.parseInt(a);
            }
            else {
                inputs.add(Path.of(a));
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("Usage: TsvWriterBenchmark [DOCUMENTS] INPUT...");
            System.exit(2);
        }
        List<InputDocument> documents = InputCollector.collect(inputs);
        AnalysisEngine engine = UIMAFramework
                .produceAnalysisEngine(IsnadPipeline.createAggregate());
        List<JCas> annotated = new ArrayList<>();
        for (InputDocument d : documents) {
            JCas jcas = JCasFactory.createJCas(IsnadPipeline.typeSystem());
            jcas.setDocumentText(DocumentTextReader.read(d.file()));
            jcas.setDocumentLanguage("ar");
            engine.process(jcas);
            annotated.add(jcas);
        }

        CasTsvConverter converter = new CasTsvConverter(annotated.get(0).getTypeSystem(),
                Set.of());
        Map<String, long[]> perLayer = new TreeMap<>();
        for (JCas jcas : annotated) {
            TsvLayout layout = TsvLayout.of(converter.convert(jcas.getCas()));
            count(layout, perLayer);
        }
        System.out.printf(Locale.ROOT, "%d documents: layers, annotations and slot links "
                + "written per layer%n", annotated.size());
        perLayer.forEach((layer, c) -> System.out.printf(Locale.ROOT, "  %-70s %6d %6d%n",
                layer, c[0], c[1]));

        Writer discard = Writer.nullWriter();
        // Warm-up pass, then the timed passes
        for (int i = 0; i < Math.min(total, 200); i++) {
            write(converter, annotated.get(i % annotated.size()), discard);
        }
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            write(converter, annotated.get(i % annotated.size()), discard);
        }
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "TSV writer: %d documents in %.0f ms = %.0f ms per 1,000 "
                + "documents%n", total, ms, ms * 1000 / total);
    }

    private static void write(CasTsvConverter aConverter, JCas aJCas, Writer aOut)
        throws IOException
    {
        TsvSerializer.write(TsvLayout.of(aConverter.convert(aJCas.getCas())), aOut);
    }

    private static void count(TsvLayout aLayout, Map<String, long[]> aCounts)
    {
        TsvDocument doc = aLayout.getDocument();
        for (TsvLayer layer : aLayout.getHeaderLayers()) {
            long[] c = aCounts.computeIfAbsent(layer.getTypeName(), k -> new long[2]);
            for (TsvAnnotation a : doc.getAnnotations()) {
                if (a.getLayer() != layer || aLayout.getIdUnit(a) == null) {
                    continue;
                }
                c[0]++;
                for (TsvLayer.SlotFeature slot : layer.getSlotFeatures()) {
                    c[1] += aLayout.getAddressableLinks(a, slot.name()).size();
                }
            }
        }
    }
}
