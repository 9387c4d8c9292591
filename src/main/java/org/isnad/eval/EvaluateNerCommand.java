package org.isnad.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.isnad.pipeline.IsnadPipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code isnad evaluate ner --gold FILE [--map A=B,...] [--types PER,ORG,LOC]}: per-type and micro
 * precision, recall and F1 of Isnad's named entities against a BIO file, CoNLL exact span match.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Score named entities against a BIO file (ANERcorp/AQMAR or Wojood style).")
public class EvaluateNerCommand
    implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", required = true,
            description = "Gold BIO file: token TAG [TAG...] per line, blank lines between sentences.")
    Path gold;

    @Option(names = "--map", paramLabel = "A=B,...",
            description = "Rename types of gold and Isnad, e.g. PERS=PER,GPE=LOC.")
    String map;

    @Option(names = "--types", paramLabel = "LIST",
            description = "Compared types after renaming, e.g. PER,ORG,LOC (default: all).")
    String types;

    @Option(names = "--sentences-per-document", paramLabel = "N", defaultValue = "0",
            description = "Gold sentences per document; 0 = the whole file is one document "
                    + "(default: ${DEFAULT-VALUE}).")
    int sentencesPerDocument;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "Print up to N wrong spans (FP/FN) for error analysis.")
    int errors;

    @Override
    public Integer call() throws Exception
    {
        PrintWriter out = spec.commandLine().getOut();
        TypeMap typeMap = new TypeMap(map, types);
        List<BioCorpus.Sentence> corpus = BioCorpus.read(gold);
        AggregateBuilder builder = new AggregateBuilder();
        builder.add(IsnadPipeline.createSegmenter());
        builder.add(IsnadPipeline.createNamedEntityRecognizer());
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(builder.createAggregateDescription());
        long start = System.nanoTime();
        NerEvaluator.Result result = new NerEvaluator(engine, typeMap, sentencesPerDocument)
                .evaluate(corpus);
        double seconds = (System.nanoTime() - start) / 1e9;
        for (int k = 0; k < Math.min(errors, result.errors().size()); k++) {
            out.println(result.errors().get(k));
        }
        int tokens = corpus.stream().mapToInt(s -> s.tokens().size()).sum();
        out.printf(Locale.ROOT, "%s: %d sentences, %d tokens, %.1f s%n", gold, corpus.size(), tokens,
                seconds);
        out.print(result.score().table());
        out.flush();
        return 0;
    }
}
