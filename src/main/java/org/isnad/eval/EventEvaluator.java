package org.isnad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.isnad.event.EventMention;
import org.isnad.morph.ArabicNormalizer;
import org.isnad.type.Event;
import org.isnad.type.EventRole;

/**
 * Scores predicted events against {@link EventGold}:
 * <ul>
 * <li><b>triggers</b>: precision, recall and F1, overall and per category; a predicted event
 * matches a gold event of the same category whose trigger span it overlaps (a gold event without
 * a span matches any predicted event of its category in the document); one-to-one, in text
 * order;</li>
 * <li><b>source and target accuracy</b> on matched triggers where the gold names an actor: some
 * predicted actor of the role equals a gold one or contains it or is contained in it, after
 * normalisation ({@link ArabicNormalizer}, proclitic و and the article dropped, punctuation
 * removed);</li>
 * <li><b>modality accuracy</b> on matched triggers whose gold has a modality;</li>
 * <li><b>event identity</b>: pairwise precision, recall and F1 over pairs of matched gold
 * events of the whole run (across documents): a pair is positive in the gold when the two share
 * an eventId, and in the prediction when the two matched predictions share one.</li>
 * </ul>
 */
public class EventEvaluator
{
    /** Counts of one category (or of all). */
    public static final class Counts
    {
        int tp;
        int fp;
        int fn;

        public double precision()
        {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        public double recall()
        {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        public double f1()
        {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int goldCount()
        {
            return tp + fn;
        }

        public int predictedCount()
        {
            return tp + fp;
        }
    }

    /** A predicted event as read from the CAS. */
    record Predicted(int begin, int end, String category, List<String> sources,
            List<String> targets, String modality, String eventId)
    {
    }

    /** The scores of a run. */
    public static final class Result
    {
        public final Counts all = new Counts();
        public final Map<String, Counts> byCategory = new TreeMap<>();
        public int sourceGold;
        public int sourceCorrect;
        public int targetGold;
        public int targetCorrect;
        public int modalityGold;
        public int modalityCorrect;
        public int identityTruePairs;
        public int identityPredictedPairs;
        public int identityGoldPairs;
        public final List<String> errors = new ArrayList<>();

        public double sourceAccuracy()
        {
            return sourceGold == 0 ? 0 : sourceCorrect / (double) sourceGold;
        }

        public double targetAccuracy()
        {
            return targetGold == 0 ? 0 : targetCorrect / (double) targetGold;
        }

        public double modalityAccuracy()
        {
            return modalityGold == 0 ? 0 : modalityCorrect / (double) modalityGold;
        }

        public double identityPrecision()
        {
            return identityPredictedPairs == 0 ? 0 : identityTruePairs / (double) identityPredictedPairs;
        }

        public double identityRecall()
        {
            return identityGoldPairs == 0 ? 0 : identityTruePairs / (double) identityGoldPairs;
        }

        public double identityF1()
        {
            double p = identityPrecision();
            double r = identityRecall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts category(String category)
        {
            return byCategory.computeIfAbsent(category, c -> new Counts());
        }
    }

    /**
     * Runs {@code pipeline} on every gold document and scores the events it finds; a gold
     * document's date is given to the pipeline as its document date.
     */
    public Result evaluate(List<EventGold.Document> gold, AnalysisEngineDescription pipeline)
        throws Exception
    {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(pipeline);
        JCas jcas = JCasFactory.createJCas();
        List<List<Predicted>> predictions = new ArrayList<>(gold.size());
        for (EventGold.Document doc : gold) {
            jcas.reset();
            jcas.setDocumentText(doc.text());
            jcas.setDocumentLanguage("ar");
            if (doc.date() != null) {
                org.isnad.ner.DocumentDate.set(jcas, java.time.LocalDate.parse(doc.date()),
                        org.isnad.ner.DocumentDate.SOURCE_INPUT);
            }
            engine.process(jcas);
            predictions.add(read(jcas));
        }
        engine.destroy();
        return score(gold, predictions);
    }

    static List<Predicted> read(JCas jcas)
    {
        List<Predicted> result = new ArrayList<>();
        for (Event e : JCasUtil.select(jcas, Event.class)) {
            List<String> sources = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            if (e.getArguments() != null) {
                for (EventRole role : e.getArguments()) {
                    Annotation t = role.getTarget();
                    if (t == null) {
                        continue;
                    }
                    if (EventMention.SOURCE.equals(role.getRole())) {
                        sources.add(t.getCoveredText());
                    }
                    else if (EventMention.TARGET.equals(role.getRole())) {
                        targets.add(t.getCoveredText());
                    }
                }
            }
            result.add(new Predicted(e.getBegin(), e.getEnd(), e.getCategory(), sources, targets,
                    e.getModality(), e.getEventId()));
        }
        return result;
    }

    Result score(List<EventGold.Document> gold, List<List<Predicted>> predictions)
    {
        Result result = new Result();
        List<String> goldIds = new ArrayList<>();
        List<String> predictedIds = new ArrayList<>();
        for (int d = 0; d < gold.size(); d++) {
            EventGold.Document doc = gold.get(d);
            List<Predicted> predicted = predictions.get(d);
            boolean[] used = new boolean[predicted.size()];
            for (EventGold.Event g : doc.events()) {
                int match = -1;
                for (int p = 0; p < predicted.size() && match < 0; p++) {
                    if (!used[p] && predicted.get(p).category().equals(g.category())
                            && overlaps(g, predicted.get(p))) {
                        match = p;
                    }
                }
                if (match < 0) {
                    result.all.fn++;
                    result.category(g.category()).fn++;
                    result.errors.add("missed " + g.category() + " '" + triggerText(doc, g)
                            + "' in " + doc.name());
                    continue;
                }
                used[match] = true;
                result.all.tp++;
                result.category(g.category()).tp++;
                Predicted p = predicted.get(match);
                if (!g.sources().isEmpty()) {
                    result.sourceGold++;
                    if (actorsMatch(g.sources(), p.sources())) {
                        result.sourceCorrect++;
                    }
                    else {
                        result.errors.add("source " + g.sources() + " predicted " + p.sources()
                                + " for '" + doc.text().substring(p.begin(), p.end()) + "' in "
                                + doc.name());
                    }
                }
                if (!g.targets().isEmpty()) {
                    result.targetGold++;
                    if (actorsMatch(g.targets(), p.targets())) {
                        result.targetCorrect++;
                    }
                }
                if (g.modality() != null) {
                    result.modalityGold++;
                    if (g.modality().equals(p.modality())) {
                        result.modalityCorrect++;
                    }
                }
                if (g.eventId() != null) {
                    goldIds.add(g.eventId());
                    predictedIds.add(p.eventId());
                }
            }
            for (int p = 0; p < predicted.size(); p++) {
                if (!used[p]) {
                    Predicted x = predicted.get(p);
                    result.all.fp++;
                    result.category(x.category()).fp++;
                    result.errors.add("spurious " + x.category() + " '"
                            + doc.text().substring(x.begin(), x.end()) + "' in " + doc.name());
                }
            }
        }
        for (int i = 0; i < goldIds.size(); i++) {
            for (int j = i + 1; j < goldIds.size(); j++) {
                boolean sameGold = goldIds.get(i).equals(goldIds.get(j));
                boolean samePredicted = predictedIds.get(i) != null
                        && predictedIds.get(i).equals(predictedIds.get(j));
                if (sameGold) {
                    result.identityGoldPairs++;
                }
                if (samePredicted) {
                    result.identityPredictedPairs++;
                }
                if (sameGold && samePredicted) {
                    result.identityTruePairs++;
                }
            }
        }
        return result;
    }

    private static String triggerText(EventGold.Document doc, EventGold.Event g)
    {
        StringBuilder sb = new StringBuilder();
        for (EventGold.Span s : g.spans()) {
            sb.append(sb.length() == 0 ? "" : " ").append(doc.text(), s.begin(), s.end());
        }
        return sb.toString();
    }

    private static boolean overlaps(EventGold.Event g, Predicted p)
    {
        if (g.spans().isEmpty()) {
            return true;
        }
        for (EventGold.Span s : g.spans()) {
            if (s.begin() < p.end() && p.begin() < s.end()) {
                return true;
            }
        }
        return false;
    }

    static boolean actorsMatch(List<String> gold, List<String> predicted)
    {
        for (String g : gold) {
            String gn = normalizeName(g);
            for (String p : predicted) {
                String pn = normalizeName(p);
                if (!gn.isEmpty() && !pn.isEmpty() && (gn.contains(pn) || pn.contains(gn))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Normalised name: words normalised, proclitic و and the article dropped, no punctuation. */
    static String normalizeName(String name)
    {
        StringBuilder sb = new StringBuilder();
        for (String word : ArabicNormalizer.normalize(name).split("[\\s\\p{Punct}«»،؛]+")) {
            String w = word;
            if (w.startsWith("وال") && w.length() > 4) {
                w = w.substring(1);
            }
            if (w.startsWith("ال") && w.length() > 3) {
                w = w.substring(2);
            }
            if (!w.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(w);
            }
        }
        return sb.toString();
    }

    public static void print(Result r, int errors, java.io.PrintWriter out)
    {
        out.printf("triggers     P %.3f  R %.3f  F1 %.3f  (gold %d, predicted %d, matched %d)%n",
                r.all.precision(), r.all.recall(), r.all.f1(), r.all.goldCount(),
                r.all.predictedCount(), r.all.tp);
        for (Map.Entry<String, Counts> e : r.byCategory.entrySet()) {
            Counts c = e.getValue();
            out.printf("  %-10s P %.3f  R %.3f  F1 %.3f  (gold %d, predicted %d)%n", e.getKey(),
                    c.precision(), c.recall(), c.f1(), c.goldCount(), c.predictedCount());
        }
        out.printf("source       accuracy %.3f  (%d of %d matched triggers with a gold source)%n",
                r.sourceAccuracy(), r.sourceCorrect, r.sourceGold);
        out.printf("target       accuracy %.3f  (%d of %d matched triggers with a gold target)%n",
                r.targetAccuracy(), r.targetCorrect, r.targetGold);
        out.printf("modality     accuracy %.3f  (%d of %d)%n", r.modalityAccuracy(),
                r.modalityCorrect, r.modalityGold);
        out.printf("identity     P %.3f  R %.3f  F1 %.3f  (gold pairs %d, predicted pairs %d)%n",
                r.identityPrecision(), r.identityRecall(), r.identityF1(), r.identityGoldPairs,
                r.identityPredictedPairs);
        for (int i = 0; i < Math.min(errors, r.errors.size()); i++) {
            out.println("  " + r.errors.get(i));
        }
    }
}
