package org.isnad.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.isnad.quote.QuoteText;

/**
 * Scores quotations against gold.
 * <ul>
 * <li><b>Detection</b>: a system quotation matches a gold one when their spans overlap by at least
 * half of each one's length; one-to-one, largest overlap first. Precision, recall, F1.</li>
 * <li><b>Cues</b>: the distinct cue spans of a document; a system cue matches a gold cue it
 * overlaps. F1.</li>
 * <li><b>Speakers</b>: accuracy over matched quotations with a gold speaker. Names are compared
 * as {@link QuoteText#nameKey} (Arabic normalisation, articles removed); one name containing the
 * other counts (الكاظمي = مصطفى الكاظمي).</li>
 * </ul>
 */
public final class QuoteEvaluator
{
    /** A system quotation. */
    public record Predicted(int begin, int end, String kind, String speaker, int cueBegin,
            int cueEnd)
    {
    }

    /** Counts, summed over documents. */
    public static final class Score
    {
        public int truePositives;
        public int falsePositives;
        public int falseNegatives;
        public int cueTruePositives;
        public int cueFalsePositives;
        public int cueFalseNegatives;
        public int speakersCorrect;
        public int speakersTotal;
        public int kindsCorrect;
        public final List<String> errors = new ArrayList<>();

        public double precision()
        {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall()
        {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1()
        {
            return f1(precision(), recall());
        }

        public double cueF1()
        {
            return f1(ratio(cueTruePositives, cueTruePositives + cueFalsePositives),
                    ratio(cueTruePositives, cueTruePositives + cueFalseNegatives));
        }

        public double speakerAccuracy()
        {
            return ratio(speakersCorrect, speakersTotal);
        }

        public double kindAccuracy()
        {
            return ratio(kindsCorrect, truePositives);
        }

        private static double ratio(int a, int b)
        {
            return b == 0 ? 0 : (double) a / b;
        }

        private static double f1(double p, double r)
        {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public String table()
        {
            return String.format(Locale.ROOT,
                    "quotations  P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n"
                            + "cues        F1 %.3f  (tp %d, fp %d, fn %d)%n"
                            + "speakers    accuracy %.3f  (%d of %d matched quotations)%n"
                            + "kinds       accuracy %.3f%n",
                    precision(), recall(), f1(), truePositives, falsePositives, falseNegatives,
                    cueF1(), cueTruePositives, cueFalsePositives, cueFalseNegatives,
                    speakerAccuracy(), speakersCorrect, speakersTotal, kindAccuracy());
        }
    }

    private final Score score = new Score();

    public Score score()
    {
        return score;
    }

    /** Adds one document. */
    public void add(String name, String text, List<QuoteGold.Quotation> gold,
            List<Predicted> predicted)
    {
        boolean[] used = new boolean[predicted.size()];
        for (QuoteGold.Quotation g : gold) {
            int best = -1;
            int bestOverlap = 0;
            for (int k = 0; k < predicted.size(); k++) {
                if (used[k]) {
                    continue;
                }
                Predicted p = predicted.get(k);
                int overlap = Math.min(g.end(), p.end()) - Math.max(g.begin(), p.begin());
                if (overlap > bestOverlap && 2 * overlap >= g.end() - g.begin()
                        && 2 * overlap >= p.end() - p.begin()) {
                    best = k;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                score.falseNegatives++;
                score.errors.add(name + " FN " + g.begin() + "-" + g.end() + " "
                        + excerpt(text, g.begin(), g.end()));
                continue;
            }
            used[best] = true;
            score.truePositives++;
            Predicted p = predicted.get(best);
            if (g.kind() != null && g.kind().equals(p.kind())) {
                score.kindsCorrect++;
            }
            if (g.speaker() != null) {
                score.speakersTotal++;
                if (sameSpeaker(g.speaker(), p.speaker())) {
                    score.speakersCorrect++;
                }
                else {
                    score.errors.add(name + " SPEAKER " + g.begin() + "-" + g.end() + " gold '"
                            + g.speaker() + "' system '" + p.speaker() + "'");
                }
            }
        }
        for (int k = 0; k < predicted.size(); k++) {
            if (!used[k]) {
                score.falsePositives++;
                Predicted p = predicted.get(k);
                score.errors.add(name + " FP " + p.begin() + "-" + p.end() + " "
                        + excerpt(text, p.begin(), p.end()));
            }
        }
        Set<List<Integer>> goldCues = new LinkedHashSet<>();
        for (QuoteGold.Quotation g : gold) {
            if (g.cue() != null) {
                goldCues.add(List.of(g.cue().begin(), g.cue().end()));
            }
        }
        Set<List<Integer>> systemCues = new LinkedHashSet<>();
        for (Predicted p : predicted) {
            if (p.cueBegin() >= 0) {
                systemCues.add(List.of(p.cueBegin(), p.cueEnd()));
            }
        }
        Set<List<Integer>> matchedSystem = new LinkedHashSet<>();
        for (List<Integer> g : goldCues) {
            List<Integer> hit = null;
            for (List<Integer> s : systemCues) {
                if (!matchedSystem.contains(s) && s.get(0) < g.get(1) && g.get(0) < s.get(1)) {
                    hit = s;
                    break;
                }
            }
            if (hit == null) {
                score.cueFalseNegatives++;
            }
            else {
                matchedSystem.add(hit);
                score.cueTruePositives++;
            }
        }
        score.cueFalsePositives += systemCues.size() - matchedSystem.size();
    }

    /** Names are equal after normalisation, or one contains the other. */
    public static boolean sameSpeaker(String gold, String system)
    {
        if (gold == null || system == null) {
            return gold == null && system == null;
        }
        String a = QuoteText.nameKey(gold);
        String b = QuoteText.nameKey(system);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.contains(b) || b.contains(a);
    }

    private static String excerpt(String text, int begin, int end)
    {
        String s = text.substring(begin, Math.min(end, text.length())).replace('\n', ' ');
        return s.length() <= 60 ? s : s.substring(0, 30) + " … " + s.substring(s.length() - 25);
    }
}
