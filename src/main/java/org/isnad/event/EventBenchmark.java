package org.isnad.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.isnad.pipeline.DocumentTextReader;
import org.isnad.pipeline.IsnadPipeline;
import org.isnad.type.Event;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Throughput of the event stage alone, single thread: the texts are segmented once (the
 * segmenter is not timed), then {@link EventAnnotator} runs over every CAS for a number of
 * rounds after a warm-up; the figures are Tokens per second of the timed rounds, by wall time
 * and by the thread's CPU time (the fair figure when other processes share the cores).
 * Usage: {@code java -cp target/isnad.jar org.isnad.event.EventBenchmark [--rounds N] FILE|DIR...}
 */
public final class EventBenchmark
{
    private EventBenchmark()
    {
        // main only
    }

    public static void main(String[] args) throws Exception
    {
        int rounds = 20;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
            }
            else if (Files.isDirectory(Path.of(args[i]))) {
                try (Stream<Path> s = Files.walk(Path.of(args[i]))) {
                    s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            }
            else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            System.err.println("Usage: EventBenchmark [--rounds N] FILE|DIR...");
            System.exit(2);
        }
        AnalysisEngine segmenter = AnalysisEngineFactory.createEngine(IsnadPipeline.createSegmenter());
        AnalysisEngine events = AnalysisEngineFactory.createEngine(IsnadPipeline.createEventAnnotator());
        List<JCas> cases = new ArrayList<>();
        long tokens = 0;
        for (Path file : files) {
            JCas jcas = JCasFactory.createJCas();
            jcas.setDocumentText(DocumentTextReader.read(file));
            jcas.setDocumentLanguage("ar");
            segmenter.process(jcas);
            tokens += JCasUtil.select(jcas, Token.class).size();
            cases.add(jcas);
        }
        for (int warm = 0; warm < 3; warm++) {
            runOnce(events, cases);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory
                .getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long eventCount = 0;
        for (int r = 0; r < rounds; r++) {
            eventCount = runOnce(events, cases);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("documents %d, tokens %d, rounds %d, events per round %d%n",
                cases.size(), tokens, rounds, eventCount);
        System.out.printf("wall %.2f s: %.0f tokens/s; thread CPU %.2f s: %.0f tokens/s "
                + "(event stage, single thread; CPU time is the figure on a shared machine)%n",
                seconds, tokens * rounds / seconds, cpuSeconds, tokens * rounds / cpuSeconds);
    }

    private static long runOnce(AnalysisEngine events, List<JCas> cases) throws Exception
    {
        long count = 0;
        for (JCas jcas : cases) {
            jcas.removeAllIncludingSubtypes(Event.type);
            jcas.removeAllIncludingSubtypes(org.isnad.type.EventArgument.type);
            events.process(jcas);
            count += JCasUtil.select(jcas, Event.class).size();
        }
        return count;
    }
}
