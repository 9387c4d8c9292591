package org.isnad.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasCreationUtils;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/**
 * Scores Isnad's named entities against a BIO corpus. The text is reconstructed from the gold
 * tokens ({@link GoldText}: joined by spaces, sentences by line breaks, clitic tokens of
 * pre-segmented corpora glued to their word), annotated by the given engine (segmenter +
 * named entities), and every predicted entity is mapped to the gold tokens it overlaps by
 * character offsets: an entity that starts after a glued proclitic (ب + الكاظمي) covers the whole
 * gold token بالكاظمي. Spans are then compared with CoNLL exact match.
 */
public final class NerEvaluator
{
    /** The outcome: scores and the wrong spans (for error analysis). */
    public record Result(NerScore score, List<String> errors) {}

    private final AnalysisEngine engine;
    private final TypeMap map;
    private final int sentencesPerDocument;
    private final boolean glueClitics;

    /**
     * @param sentencesPerDocument how many gold sentences form one document (document-level
     *            consistency works inside a document); 0 = the whole file is one document
     */
    public NerEvaluator(AnalysisEngine engine, TypeMap map, int sentencesPerDocument)
    {
        this(engine, map, sentencesPerDocument, false);
    }

    /**
     * @param sentencesPerDocument how many gold sentences form one document; 0 = the whole file
     * @param glueClitics whether clitic tokens of a pre-segmented corpus are glued to their word
     *            in the rebuilt text (see {@link GoldText})
     */
    public NerEvaluator(AnalysisEngine engine, TypeMap map, int sentencesPerDocument,
            boolean glueClitics)
    {
        this.glueClitics = glueClitics;
        this.engine = engine;
        this.map = map;
        this.sentencesPerDocument = sentencesPerDocument;
    }

    public Result evaluate(List<BioCorpus.Sentence> corpus)
        throws ResourceInitializationException, AnalysisEngineProcessException
    {
        NerScore score = new NerScore();
        List<String> errors = new ArrayList<>();
        JCas jcas;
        try {
            jcas = CasCreationUtils.createCas(engine.getAnalysisEngineMetaData()).getJCas();
        }
        catch (org.apache.uima.cas.CASException e) {
            throw new ResourceInitializationException(e);
        }
        int chunk = sentencesPerDocument <= 0 ? Math.max(1, corpus.size()) : sentencesPerDocument;
        for (int from = 0; from < corpus.size(); from += chunk) {
            int to = Math.min(corpus.size(), from + chunk);
            evaluateDocument(corpus, from, to, jcas, score, errors);
        }
        return new Result(score, errors);
    }

    private void evaluateDocument(List<BioCorpus.Sentence> corpus, int from, int to, JCas jcas,
            NerScore score, List<String> errors)
        throws AnalysisEngineProcessException
    {
        GoldText goldText = GoldText.of(corpus, from, to, glueClitics);
        String text = goldText.text();
        List<int[]> tokenPositions = new ArrayList<>(); // {sentence, token}
        int[] owner = new int[text.length()];
        Arrays.fill(owner, -1);
        for (int s = from; s < to; s++) {
            for (int t = 0; t < goldText.size(s); t++) {
                Arrays.fill(owner, goldText.begin(s, t), goldText.end(s, t), tokenPositions.size());
                tokenPositions.add(new int[] { s, t });
            }
        }
        jcas.reset();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("ar");
        engine.process(jcas);

        List<BioCorpus.Span> predicted = new ArrayList<>();
        for (NamedEntity entity : JCasUtil.select(jcas, NamedEntity.class)) {
            String type = entity.getValue() == null ? null : map.map(entity.getValue());
            if (type == null) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int c = entity.getBegin(); c < entity.getEnd() && c < owner.length; c++) {
                if (owner[c] >= 0) {
                    if (first < 0) {
                        first = owner[c];
                    }
                    last = owner[c];
                }
            }
            if (first < 0) {
                continue;
            }
            int[] start = tokenPositions.get(first);
            int[] end = tokenPositions.get(last);
            int endToken = end[0] == start[0] ? end[1] + 1 : corpus.get(start[0]).tokens().size();
            predicted.add(new BioCorpus.Span(start[0], start[1], endToken, type));
        }
        List<BioCorpus.Span> gold = new ArrayList<>();
        for (int s = from; s < to; s++) {
            gold.addAll(BioCorpus.goldSpans(s, corpus.get(s), map));
        }
        score.add(gold, predicted);
        Set<BioCorpus.Span> goldSet = new HashSet<>(gold);
        Set<BioCorpus.Span> predictedSet = new HashSet<>(predicted);
        for (BioCorpus.Span span : predicted) {
            if (!goldSet.contains(span)) {
                errors.add("FP " + describe(corpus, span));
            }
        }
        for (BioCorpus.Span span : gold) {
            if (!predictedSet.contains(span)) {
                errors.add("FN " + describe(corpus, span));
            }
        }
    }

    private static String describe(List<BioCorpus.Sentence> corpus, BioCorpus.Span span)
    {
        List<String> tokens = corpus.get(span.sentence()).tokens();
        int ctxFrom = Math.max(0, span.start() - 3);
        int ctxTo = Math.min(tokens.size(), span.end() + 3);
        return span.type() + " [" + String.join(" ", tokens.subList(span.start(), span.end())) + "]  ... "
                + String.join(" ", tokens.subList(ctxFrom, ctxTo));
    }
}
