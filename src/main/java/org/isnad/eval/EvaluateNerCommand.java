package org.isnad.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.isnad.ner.ArabicNamedEntityRecognizer;
import org.isnad.pipeline.IsnadPipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code isnad evaluate ner --gold FILE [--format newsfane|wojood|aqmar|bio] [--split dev]
 * [--map A=B,...] [--types PER,ORG,LOC] [--model FILE] [--rules-only] [--model-only]}: per-type
 * and micro precision, recall and F1 of Isnad's named entities against a BIO file, CoNLL exact
 * span match. The corpus formats and their tag mappings are those of {@link NerCorpusFormat}.
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "bio",
            description = "Gold format: bio (types as they are), newsfane, wojood or aqmar "
                    + "(tags mapped to PER, ORG, GPE, LOC, NORP; default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "all",
            description = "all, train or dev (NewsFANE: block n is dev when n % 10 == 9).")
    String split;

    @Option(names = "--fold", paramLabel = "k/N",
            description = "Score only sentences n % N == k (the held-out fold of train ner --holdout).")
    String fold;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "A named-entity model file instead of the shipped one.")
    String model;

    @Option(names = "--rules-only", description = "Rules only (no learned model).")
    boolean rulesOnly;

    @Option(names = "--model-only", description = "The model's entities only (no rule entities added).")
    boolean modelOnly;

    @Option(names = "--name-bias", paramLabel = "X",
            description = "The model's bias towards names (annotator parameter nameBias; "
                    + "default: the annotator's).")
    Double nameBias;

    @Option(names = "--place-heads", paramLabel = "in|out",
            description = "Whether a place head noun before a GPE/LOC is part of its span (مدينة "
                    + "رفح); default: the corpus's guideline (out for newsfane and aqmar, in "
                    + "otherwise).")
    String placeHeads;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "Print up to N wrong spans (FP/FN) for error analysis.")
    int errors;

    @Override
    public Integer call() throws Exception
    {
        PrintWriter out = spec.commandLine().getOut();
        TypeMap typeMap = new TypeMap(map, types);
        NerCorpusFormat corpusFormat = NerCorpusFormat.parse(format);
        List<BioCorpus.Sentence> corpus = corpusFormat.read(gold,
                NerCorpusFormat.Split.valueOf(split.strip().toUpperCase(Locale.ROOT)));
        int[] heldOut = org.isnad.pipeline.TrainNerCommand.parseFold(fold);
        if (heldOut != null) {
            List<BioCorpus.Sentence> kept = new java.util.ArrayList<>();
            for (int n = 0; n < corpus.size(); n++) {
                if (n % heldOut[1] == heldOut[0]) {
                    kept.add(corpus.get(n));
                }
            }
            corpus = kept;
        }
        List<Object> parameters = new java.util.ArrayList<>();
        parameters.add(ArabicNamedEntityRecognizer.PARAM_USE_MODEL);
        parameters.add(!rulesOnly);
        parameters.add(ArabicNamedEntityRecognizer.PARAM_ADD_RULE_ENTITIES);
        parameters.add(!modelOnly);
        if (nameBias != null) {
            parameters.add(ArabicNamedEntityRecognizer.PARAM_NAME_BIAS);
            parameters.add(nameBias.floatValue());
        }
        parameters.add(ArabicNamedEntityRecognizer.PARAM_PLACE_HEAD_IN_SPAN);
        parameters.add(placeHeadsInSpan(placeHeads, corpusFormat));
        if (model != null) {
            parameters.add(ArabicNamedEntityRecognizer.PARAM_MODEL_LOCATION);
            parameters.add(model);
        }
        AggregateBuilder builder = new AggregateBuilder();
        builder.add(IsnadPipeline.createSegmenter());
        builder.add(IsnadPipeline.createNamedEntityRecognizer(parameters.toArray()));
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(builder.createAggregateDescription());
        long start = System.nanoTime();
        NerEvaluator.Result result = new NerEvaluator(engine, typeMap, sentencesPerDocument,
                corpusFormat.glueClitics()).evaluate(corpus);
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

    /** The span convention for place heads: as given, else the corpus's guideline. */
    static boolean placeHeadsInSpan(String option, NerCorpusFormat corpus)
    {
        if (option == null || option.isBlank()) {
            return corpus != NerCorpusFormat.NEWSFANE && corpus != NerCorpusFormat.AQMAR;
        }
        return switch (option.strip().toLowerCase(Locale.ROOT)) {
        case "in" -> true;
        case "out" -> false;
        default -> throw new IllegalArgumentException("--place-heads must be in or out, not " + option);
        };
    }
}
