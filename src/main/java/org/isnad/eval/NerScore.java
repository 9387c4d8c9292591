package org.isnad.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** CoNLL exact-span precision, recall and F1 per type and micro-averaged. */
public final class NerScore
{
    /** Counts of one type. */
    public static final class Counts
    {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        public double precision()
        {
            int d = truePositives + falsePositives;
            return d == 0 ? 0 : (double) truePositives / d;
        }

        public double recall()
        {
            int d = truePositives + falseNegatives;
            return d == 0 ? 0 : (double) truePositives / d;
        }

        public double f1()
        {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, Counts> perType = new TreeMap<>();
    private final Counts micro = new Counts();

    /** Adds the spans of a corpus: a span counts when sentence, boundaries and type match. */
    public void add(List<BioCorpus.Span> gold, List<BioCorpus.Span> predicted)
    {
        Set<BioCorpus.Span> goldSet = new HashSet<>(gold);
        Set<BioCorpus.Span> predictedSet = new HashSet<>(predicted);
        for (BioCorpus.Span span : predictedSet) {
            Counts counts = perType.computeIfAbsent(span.type(), t -> new Counts());
            if (goldSet.contains(span)) {
                counts.truePositives++;
                micro.truePositives++;
            }
            else {
                counts.falsePositives++;
                micro.falsePositives++;
            }
        }
        for (BioCorpus.Span span : goldSet) {
            if (!predictedSet.contains(span)) {
                perType.computeIfAbsent(span.type(), t -> new Counts()).falseNegatives++;
                micro.falseNegatives++;
            }
        }
    }

    public Counts micro()
    {
        return micro;
    }

    public Map<String, Counts> perType()
    {
        return perType;
    }

    /** A table: type, gold, predicted, correct, P, R, F1; last row micro. */
    public String table()
    {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-6s %6s %6s %6s %7s %7s %7s%n", "type", "gold", "pred",
                "ok", "P", "R", "F1"));
        for (Map.Entry<String, Counts> e : perType.entrySet()) {
            row(sb, e.getKey(), e.getValue());
        }
        row(sb, "micro", micro);
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Counts c)
    {
        sb.append(String.format(Locale.ROOT, "%-6s %6d %6d %6d %7.4f %7.4f %7.4f%n", name,
                c.truePositives + c.falseNegatives, c.truePositives + c.falsePositives,
                c.truePositives, c.precision(), c.recall(), c.f1()));
    }
}
