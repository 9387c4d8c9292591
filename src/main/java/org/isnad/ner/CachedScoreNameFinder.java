package org.isnad.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * OpenNLP's name-finder beam search for a maxent (GIS) model with Isnad's features, giving the
 * same names as {@link NameFinderME} in less time. Most of the features of a token
 * ({@link IsnadNameContextGenerator#baseFeatures}) do not depend on the previous decisions, so
 * their weights are summed once per token instead of once per token and beam entry; only the four
 * features of the previous decisions are added per beam entry. And most of those features belong
 * to one token (its own word features, its features as a neighbour at each offset, its cue
 * features), so their weight sums are cached per distinct packed token: a word seen before costs a
 * few vector additions instead of some ninety look-ups in the model's feature map. The search is OpenNLP's
 * {@code BeamSearch} (Ratnaparkhi 1998): the {@code k} best partial sequences, each extended by the
 * outcomes that score at least the {@code k}-th best and that the codec's validator accepts, by
 * summed log probability. Not thread-safe: one per thread.
 */
public final class CachedScoreNameFinder
    implements TokenNameFinder
{
    private static final double MIN_SEQUENCE_SCORE = -100000;
    /** Distinct tokens whose weight sums are kept (the cache is emptied when it is full). */
    private static final int CACHE_LIMIT = 200_000;

    private final IsnadNameContextGenerator contextGenerator;
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> validator;
    private final Map<String, Context> weights;
    private final String[] outcomes;
    private final double logPrior;
    private final int beamSize;
    private final double nameBias;
    private final double[][] edges;
    /** Index of the outcome "other", the previous outcome at the start of a sentence. */
    private final int other;
    /** Weight sums of the previous-outcome features, by outcome before the previous and previous. */
    private final double[][][] historyScores;
    private final Map<String, TokenScores> cache = new HashMap<>();
    private final List<String> features = new ArrayList<>();
    private double[] probs = new double[0];

    private CachedScoreNameFinder(TokenNameFinderModel model, GISModel maxent,
            IsnadNameContextGenerator contextGenerator, int beamSize, double nameBias)
    {
        this.nameBias = nameBias;
        this.contextGenerator = contextGenerator;
        this.codec = model.getSequenceCodec();
        this.validator = codec.createSequenceValidator();
        Object[] data = maxent.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        this.weights = pmap;
        this.outcomes = (String[]) data[2];
        this.logPrior = Math.log(1.0 / outcomes.length);
        this.beamSize = beamSize;
        int index = Arrays.asList(outcomes).indexOf(NameFinderME.OTHER);
        this.other = index < 0 ? 0 : index;
        this.historyScores = new double[outcomes.length][outcomes.length][];
        for (int pp = 0; pp < outcomes.length; pp++) {
            for (int p = 0; p < outcomes.length; p++) {
                historyScores[pp][p] = sum(Arrays.asList(
                        IsnadNameContextGenerator.historyFeatures(outcomes[p], outcomes[pp])));
            }
        }
        int n = IsnadFeatureGenerators.NEIGHBOURHOOD;
        this.edges = new double[2 * n + 1][];
        for (int d = -n; d <= n; d++) {
            edges[d + n] = sum(List.of(IsnadFeatureGenerators.edge(d)));
        }
    }

    /**
     * A finder over a model: this class for a GIS maxent model with Isnad's context generator,
     * else OpenNLP's {@link NameFinderME}.
     */
    public static TokenNameFinder of(TokenNameFinderModel model)
    {
        return of(model, 0);
    }

    /**
     * A finder over a model with a name bias: subtracted from the log score of the outcome
     * "other" (no name) at every token before the probabilities are normalised, which moves the
     * decision threshold towards finding names. With a bias other than 0 the model must be a GIS
     * maxent model with Isnad's features (else {@link IllegalArgumentException}).
     */
    public static TokenNameFinder of(TokenNameFinderModel model, double nameBias)
    {
        Object maxent = model.getArtifact("nameFinder.model");
        Object generator = model.getFactory().createContextGenerator();
        if (maxent instanceof GISModel gis && generator instanceof IsnadNameContextGenerator isnad) {
            String beam = model.getManifestProperty("BeamSize");
            int beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
            return new CachedScoreNameFinder(model, gis, isnad, beamSize, nameBias);
        }
        if (nameBias != 0) {
            throw new IllegalArgumentException("A name bias needs a maxent (GIS) model with Isnad's "
                    + "features; this model has " + (maxent == null ? "none" : maxent.getClass().getSimpleName()));
        }
        return new NameFinderME(model);
    }

    /** One partial sequence of the beam: a backward-linked chain of outcomes. */
    private record Node(Node parent, int outcome, double prob, double score, int length)
        implements Comparable<Node>
    {
        Node extend(int next, double p)
        {
            return new Node(this, next, p, score + StrictMath.log(p), length + 1);
        }

        @Override
        public int compareTo(Node other)
        {
            return Double.compare(other.score, score);
        }
    }

    @Override
    public Span[] find(String[] tokens)
    {
        if (tokens.length == 0) {
            probs = new double[0];
            return new Span[0];
        }
        PriorityQueue<Node> previous = new PriorityQueue<>(beamSize);
        PriorityQueue<Node> next = new PriorityQueue<>(beamSize);
        previous.add(new Node(null, -1, 0, 0, 0));
        String[][] fields = contextGenerator.fields(tokens);
        TokenScores[] tokenScores = new TokenScores[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            tokenScores[i] = tokenScores(tokens[i], fields[i]);
        }
        double[] base = new double[outcomes.length];
        double[] scores = new double[outcomes.length];
        double[] sorted = new double[outcomes.length];
        for (int i = 0; i < tokens.length; i++) {
            baseScores(base, i, tokenScores, fields);
            int width = Math.min(beamSize, previous.size());
            double[][] wordHistory = new double[outcomes.length][];
            for (int b = 0; b < width && !previous.isEmpty(); b++) {
                Node top = previous.remove();
                String[] history = history(top);
                int po = top.length() > 0 ? top.outcome() : other;
                int ppo = top.length() > 1 ? top.parent().outcome() : other;
                if (wordHistory[po] == null) {
                    wordHistory[po] = sum(Arrays.asList(
                            IsnadNameContextGenerator.wordHistoryFeatures(outcomes[po], fields[i])));
                }
                for (int o = 0; o < scores.length; o++) {
                    scores[o] = base[o] + historyScores[ppo][po][o] + wordHistory[po][o];
                }
                scores[other] -= nameBias;
                normalise(scores);
                System.arraycopy(scores, 0, sorted, 0, scores.length);
                Arrays.sort(sorted);
                double min = sorted[Math.max(0, scores.length - beamSize)];
                for (int o = 0; o < scores.length; o++) {
                    if (scores[o] >= min && validator.validSequence(i, tokens, history, outcomes[o])) {
                        offer(next, top.extend(o, scores[o]));
                    }
                }
                if (next.isEmpty()) { // no outcome among the best is valid: advance all valid ones
                    for (int o = 0; o < scores.length; o++) {
                        if (validator.validSequence(i, tokens, history, outcomes[o])) {
                            offer(next, top.extend(o, scores[o]));
                        }
                    }
                }
            }
            previous.clear();
            PriorityQueue<Node> swap = previous;
            previous = next;
            next = swap;
        }
        Node best = previous.peek();
        if (best == null) {
            probs = new double[0];
            return new Span[0];
        }
        String[] decided = history(best);
        probs = new double[decided.length];
        for (Node n = best; n != null && n.length() > 0; n = n.parent()) {
            probs[n.length() - 1] = n.prob();
        }
        return codec.decode(List.of(decided));
    }

    /** The probabilities of the outcomes of the last {@link #find} (as NameFinderME.probs()). */
    public double[] probs()
    {
        return probs.clone();
    }

    /**
     * The summed weights of the features a token contributes to itself and to its neighbours'
     * contexts: its own features, its features as the neighbour at each offset, and its cue
     * features for the tokens after and before it.
     */
    private record TokenScores(double[] self, double[][] asNeighbour, double[] cueBefore,
            double[] cueAfter) {}

    private TokenScores tokenScores(String packed, String[] token)
    {
        TokenScores cached = cache.get(packed);
        if (cached != null) {
            return cached;
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        features.clear();
        IsnadFeatureGenerators.word(features, token);
        IsnadFeatureGenerators.morphology(features, token);
        IsnadFeatureGenerators.lexicon(features, token);
        double[] self = sum(features);
        double[][] asNeighbour = new double[2 * IsnadFeatureGenerators.NEIGHBOURHOOD + 1][];
        for (int d = -IsnadFeatureGenerators.NEIGHBOURHOOD; d <= IsnadFeatureGenerators.NEIGHBOURHOOD; d++) {
            if (d != 0) {
                features.clear();
                IsnadFeatureGenerators.neighbour(features, d, token);
                asNeighbour[d + IsnadFeatureGenerators.NEIGHBOURHOOD] = sum(features);
            }
        }
        features.clear();
        IsnadFeatureGenerators.cueBefore(features, token);
        double[] cueBefore = sum(features);
        features.clear();
        IsnadFeatureGenerators.cueAfter(features, token);
        TokenScores result = new TokenScores(self, asNeighbour, cueBefore, sum(features));
        cache.put(packed, result);
        return result;
    }

    /**
     * The log prior plus the weights of every feature of token {@code i} that does not depend on
     * the previous decisions: the same features as {@link IsnadNameContextGenerator#baseFeatures},
     * summed from the cached parts.
     */
    private void baseScores(double[] base, int i, TokenScores[] tokens, String[][] fields)
    {
        Arrays.fill(base, logPrior);
        add(base, tokens[i].self());
        int n = IsnadFeatureGenerators.NEIGHBOURHOOD;
        for (int d = -n; d <= n; d++) {
            int j = i + d;
            if (d != 0) {
                add(base, j < 0 || j >= tokens.length ? edges[d + n] : tokens[j].asNeighbour()[d + n]);
            }
        }
        features.clear();
        IsnadFeatureGenerators.bigrams(features, fields, i);
        addWeights(base, features);
        for (int j = Math.max(0, i - IsnadFeatureGenerators.CUES_BEFORE); j < i; j++) {
            add(base, tokens[j].cueBefore());
        }
        for (int j = i + 1; j < Math.min(tokens.length, i + 1 + IsnadFeatureGenerators.CUES_AFTER); j++) {
            add(base, tokens[j].cueAfter());
        }
    }

    private double[] sum(List<String> featureList)
    {
        double[] sums = new double[outcomes.length];
        addWeights(sums, featureList);
        return sums;
    }

    private static void add(double[] sums, double[] more)
    {
        for (int o = 0; o < sums.length; o++) {
            sums[o] += more[o];
        }
    }

    /** Adds a sequence unless its probability underflowed (as OpenNLP's minimum score). */
    private static void offer(PriorityQueue<Node> queue, Node node)
    {
        if (node.score() > MIN_SEQUENCE_SCORE) {
            queue.add(node);
        }
    }

    private String[] history(Node node)
    {
        String[] result = new String[node.length()];
        for (Node n = node; n != null && n.length() > 0; n = n.parent()) {
            result[n.length() - 1] = outcomes[n.outcome()];
        }
        return result;
    }

    private void addWeights(double[] sums, List<String> featureList)
    {
        for (int f = 0; f < featureList.size(); f++) {
            String feature = featureList.get(f);
            Context context = weights.get(feature);
            if (context != null) {
                int[] outcomeIds = context.getOutcomes();
                double[] parameters = context.getParameters();
                for (int k = 0; k < outcomeIds.length; k++) {
                    sums[outcomeIds[k]] += parameters[k];
                }
            }
        }
    }

    private static void normalise(double[] sums)
    {
        double total = 0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            total += sums[o];
        }
        for (int o = 0; o < sums.length; o++) {
            sums[o] /= total;
        }
    }

    @Override
    public void clearAdaptiveData()
    {
        contextGenerator.clearAdaptiveData();
    }
}
