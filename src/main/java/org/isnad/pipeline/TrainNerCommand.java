package org.isnad.pipeline;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.isnad.eval.BioCorpus;
import org.isnad.eval.NerCorpusFormat;
import org.isnad.morph.ArabicLexicon;
import org.isnad.ner.NerLexiconResource;
import org.isnad.ner.NerTrainer;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code isnad train ner --data FILE... [--format F] -o MODEL}: trains the named-entity model
 * (see {@link NerTrainer}). A file may carry its own format as a prefix
 * ({@code newsfane:PATH}, {@code wojood:PATH}, {@code aqmar:PATH}); otherwise {@code --format},
 * else the format is guessed from the path (newsfane, wojood, aqmar), else generic BIO. NewsFANE
 * contributes its training blocks only; {@code --holdout k/N} leaves out the sentences n with
 * {@code n % N == k} of the other corpora (for cross-validation with {@code evaluate ner
 * --fold k/N}).
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train the named-entity model from BIO corpora (NewsFANE, Wojood, AQMAR).")
public class TrainNerCommand
    implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "[FORMAT:]FILE", required = true, arity = "1..*",
            description = "Training corpora, optionally prefixed by their format.")
    List<String> data;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Format of unprefixed files: newsfane, wojood, aqmar or bio.")
    String format;

    @Option(names = { "-o", "--output" }, paramLabel = "MODEL", required = true,
            description = "The model file to write.")
    Path output;

    @Option(names = "--algorithm", defaultValue = "PERCEPTRON",
            description = "OpenNLP trainer: PERCEPTRON, MAXENT (GIS) or MAXENT_QN (L-BFGS) "
                    + "(default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A further OpenNLP training parameter, e.g. L2Cost=1.0 or Threads=2 "
                    + "for MAXENT_QN; repeatable.")
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();

    @Option(names = "--iterations", defaultValue = "100",
            description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "1",
            description = "Minimum feature count (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--beam-size", defaultValue = "3",
            description = "Beam size of the tagger (default: ${DEFAULT-VALUE}).")
    int beamSize;

    @Option(names = "--sentences-per-document", defaultValue = "20",
            description = "Gold sentences per pseudo-document for the rules' document "
                    + "consistency (default: ${DEFAULT-VALUE}).")
    int sentencesPerDocument;

    @Option(names = "--holdout", paramLabel = "k/N",
            description = "Leave out sentences n % N == k of the non-NewsFANE corpora.")
    String holdout;

    @Override
    public Integer call() throws Exception
    {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        AnalysisEngine segmenter = AnalysisEngineFactory.createEngine(IsnadPipeline.createSegmenter());
        NerLexiconResource lexicons = new NerLexiconResource();
        lexicons.getLexicon(ArabicLexicon.loadDefault());
        NerTrainer trainer = new NerTrainer(segmenter, lexicons.getLexicon(), lexicons.newKnownWords());
        int[] fold = parseFold(holdout);
        List<NameSample> samples = new ArrayList<>();
        for (String item : data) {
            NerCorpusFormat fileFormat = null;
            String path = item;
            int colon = item.indexOf(':');
            if (colon > 1) {
                try {
                    fileFormat = NerCorpusFormat.parse(item.substring(0, colon));
                    path = item.substring(colon + 1);
                }
                catch (IllegalArgumentException e) {
                    fileFormat = null; // a drive letter or a path with a colon
                }
            }
            if (fileFormat == null) {
                fileFormat = format != null ? NerCorpusFormat.parse(format) : guess(path);
            }
            Path file = Path.of(path);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("No such training file: " + file);
            }
            List<BioCorpus.Sentence> corpus = fileFormat.read(file, NerCorpusFormat.Split.TRAIN);
            if (fold != null && fileFormat != NerCorpusFormat.NEWSFANE) {
                List<BioCorpus.Sentence> kept = new ArrayList<>();
                for (int n = 0; n < corpus.size(); n++) {
                    if (n % fold[1] != fold[0]) {
                        kept.add(corpus.get(n));
                    }
                }
                corpus = kept;
            }
            int before = samples.size();
            samples.addAll(trainer.samples(corpus, fileFormat.glueClitics(), sentencesPerDocument));
            out.printf(Locale.ROOT, "%s (%s): %d gold sentences, %d Isnad sentences%n", file,
                    fileFormat.name().toLowerCase(Locale.ROOT), corpus.size(), samples.size() - before);
            out.flush();
        }
        TokenNameFinderModel model = NerTrainer.train(samples, new NerTrainer.Settings(algorithm,
                iterations, cutoff, beamSize, sentencesPerDocument, params));
        NerTrainer.write(model, output);
        out.printf(Locale.ROOT, "Model written to %s (%d bytes) in %.1f s%n", output,
                Files.size(output), (System.nanoTime() - start) / 1e9);
        return 0;
    }

    static NerCorpusFormat guess(String path)
    {
        String lower = path.toLowerCase(Locale.ROOT);
        for (NerCorpusFormat f : NerCorpusFormat.values()) {
            if (f != NerCorpusFormat.BIO && lower.contains(f.name().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return NerCorpusFormat.BIO;
    }

    /** {@code k/N} → {k, N}, or null. */
    public static int[] parseFold(String spec)
    {
        if (spec == null || spec.isBlank()) {
            return null;
        }
        String[] parts = spec.strip().split("/");
        try {
            int k = Integer.parseInt(parts[0]);
            int n = Integer.parseInt(parts[1]);
            if (parts.length != 2 || n < 2 || k < 0 || k >= n) {
                throw new IllegalArgumentException("Expected k/N with 0 <= k < N, N >= 2: " + spec);
            }
            return new int[] { k, n };
        }
        catch (RuntimeException e) {
            throw new IllegalArgumentException("Expected k/N with 0 <= k < N, N >= 2: " + spec, e);
        }
    }
}
