package org.isnad.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.isnad.eval.SegmentationGold.Span;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Scores a segmentation against gold on the gold's own text:
 * <ul>
 * <li><b>words</b>: syntactic-word span P/R/F1, exact match of character spans (CoNLL 2018
 * "Words" where forms equal surfaces);</li>
 * <li><b>clitic</b>: P/R/F1 of the boundaries strictly inside whitespace tokens with a letter,
 * mark or digit on both sides;</li>
 * <li><b>sentences</b>: sentence span P/R/F1, where the gold has sentences;</li>
 * <li>the most frequent error types: a missed or spurious boundary after a proclitic
 * ({@code missed و+}) or before a suffix ({@code spurious +ها}), with examples.</li>
 * </ul>
 */
public class SegmentationEvaluator
{
    /** Precision, recall and F1 with their counts. */
    public record Score(int truePositives, int predicted, int gold)
    {
        public double precision()
        {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall()
        {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1()
        {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** An error type, its count and a few examples (gold | predicted). */
    public record ErrorType(String type, int count, List<String> examples) {}

    /** The scores of one run. */
    public record Result(Score words, Score clitic, Score sentences, List<ErrorType> errors) {}

    /** Runs the engine on the gold's text and scores the Tokens and Sentences it writes. */
    public Result evaluate(SegmentationGold gold, AnalysisEngineDescription segmenter)
        throws Exception
    {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(segmenter);
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(gold.text());
        jcas.setDocumentLanguage("ar");
        engine.process(jcas);
        List<Span> tokens = new ArrayList<>();
        for (Token t : JCasUtil.select(jcas, Token.class)) {
            tokens.add(new Span(t.getBegin(), t.getEnd()));
        }
        List<Span> sentences = new ArrayList<>();
        for (Sentence s : JCasUtil.select(jcas, Sentence.class)) {
            sentences.add(new Span(s.getBegin(), s.getEnd()));
        }
        engine.destroy();
        return score(gold, tokens, sentences);
    }

    /** Scores predicted token and sentence spans over {@code gold.text()}. */
    public Result score(SegmentationGold gold, List<Span> tokens, List<Span> sentences)
    {
        String text = gold.text();
        Set<Span> goldWords = new HashSet<>(gold.words());
        Set<Span> predWords = new HashSet<>(tokens);
        Score words = new Score(intersection(goldWords, predWords), predWords.size(),
                goldWords.size());
        TreeSet<Integer> goldCuts = clitic(text, gold.words());
        TreeSet<Integer> predCuts = clitic(text, tokens);
        Score clitic = new Score(intersection(goldCuts, predCuts), predCuts.size(),
                goldCuts.size());
        Score sentenceScore = null;
        if (gold.sentences() != null && sentences != null) {
            Set<Span> gs = new HashSet<>(gold.sentences());
            Set<Span> ps = new HashSet<>(sentences);
            sentenceScore = new Score(intersection(gs, ps), ps.size(), gs.size());
        }
        return new Result(words, clitic, sentenceScore, errorTypes(text, goldCuts, predCuts));
    }

    private static <T> int intersection(Collection<T> a, Set<T> b)
    {
        int n = 0;
        for (T x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }

    private static boolean isWordChar(char c)
    {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Span boundaries strictly inside a whitespace token, between two word characters. */
    static TreeSet<Integer> clitic(String text, List<Span> spans)
    {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Span s : spans) {
            for (int k : new int[] { s.begin(), s.end() }) {
                if (k > 0 && k < text.length() && isWordChar(text.charAt(k - 1))
                        && isWordChar(text.charAt(k))) {
                    cuts.add(k);
                }
            }
        }
        return cuts;
    }

    private static List<ErrorType> errorTypes(String text, TreeSet<Integer> gold,
            TreeSet<Integer> pred)
    {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        Set<Integer> wrong = new TreeSet<>();
        for (int k : gold) {
            if (!pred.contains(k)) {
                wrong.add(k);
            }
        }
        for (int k : pred) {
            if (!gold.contains(k)) {
                wrong.add(k);
            }
        }
        for (int k : wrong) {
            boolean missed = gold.contains(k);
            TreeSet<Integer> cuts = missed ? gold : pred;
            int tokenBegin = k;
            while (tokenBegin > 0 && !Character.isWhitespace(text.charAt(tokenBegin - 1))) {
                tokenBegin--;
            }
            int tokenEnd = k;
            while (tokenEnd < text.length() && !Character.isWhitespace(text.charAt(tokenEnd))) {
                tokenEnd++;
            }
            Integer lower = cuts.lower(k);
            Integer higher = cuts.higher(k);
            int left = lower == null || lower < tokenBegin ? tokenBegin : lower;
            int right = higher == null || higher > tokenEnd ? tokenEnd : higher;
            String leftPiece = text.substring(left, k);
            String type = (missed ? "missed " : "spurious ")
                    + (leftPiece.length() <= 1 || left > tokenBegin && leftPiece.length() <= 2
                            ? leftPiece + "+" : "+" + text.substring(k, right));
            String example = show(text, tokenBegin, tokenEnd, gold) + " | "
                    + show(text, tokenBegin, tokenEnd, pred);
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(example);
        }
        List<ErrorType> types = new ArrayList<>();
        byType.forEach((type, examples) -> types.add(new ErrorType(type, examples.size(),
                examples.subList(0, Math.min(Integer.getInteger("isnad.eval.examples", 3), examples.size())))));
        types.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return types;
    }

    private static String show(String text, int begin, int end, TreeSet<Integer> cuts)
    {
        StringBuilder sb = new StringBuilder();
        for (int i = begin; i < end; i++) {
            if (i > begin && cuts.contains(i)) {
                sb.append('+');
            }
            sb.append(text.charAt(i));
        }
        return sb.toString();
    }

    /** Prints the scores as a table, then the {@code errors} most frequent error types. */
    public static void print(Result result, int errors, PrintStream out)
    {
        out.printf(Locale.ROOT, "%-10s %8s %8s %8s %8s %8s %8s%n", "metric", "P", "R", "F1", "tp",
                "pred", "gold");
        line(out, "words", result.words());
        line(out, "clitic", result.clitic());
        if (result.sentences() != null) {
            line(out, "sentences", result.sentences());
        }
        if (errors > 0) {
            out.println("most frequent error types (gold | predicted):");
            result.errors().stream().limit(errors).forEach(e -> out.printf(Locale.ROOT,
                    "%6d  %-16s %s%n", e.count(), e.type(), String.join("   ", e.examples())));
        }
    }

    private static void line(PrintStream out, String name, Score s)
    {
        out.printf(Locale.ROOT, "%-10s %8.4f %8.4f %8.4f %8d %8d %8d%n", name, s.precision(),
                s.recall(), s.f1(), s.truePositives(), s.predicted(), s.gold());
    }
}
