package org.isnad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.isnad.pipeline.IsnadPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * The cached-score beam search must tag exactly as OpenNLP's {@link NameFinderME} with the same
 * model: same spans, same outcome probabilities, on every sentence of the seed articles, including
 * words seen again (served from the score cache) and sentence edges.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CachedScoreNameFinderTest
{
    private NerModel model;
    private List<String[]> sentences;

    @BeforeAll
    void packSeedSentences()
        throws Exception
    {
        model = NerModel.load(null);
        AnalysisEngine segmenter = AnalysisEngineFactory.createEngine(IsnadPipeline.createSegmenter());
        NerLexiconResource lexicons = new NerLexiconResource();
        EntityTagger rules = new EntityTagger(lexicons.getLexicon(), lexicons.newKnownWords(), null,
                false);
        sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                JCas jcas = segmenter.newJCas();
                jcas.setDocumentText(text);
                jcas.setDocumentLanguage("ar");
                segmenter.process(jcas);
                sentences.addAll(rules.pack(text, ModelToken.sentences(jcas)));
            }
        }
        assertThat(sentences).hasSizeGreaterThan(50);
    }

    @Test
    void thatTheShippedModelGetsTheCachedScoreFinder()
    {
        assertThat(model.newFinder()).isInstanceOf(CachedScoreNameFinder.class);
    }

    @Test
    void thatItTagsEverySeedSentenceExactlyAsOpenNlpsNameFinder()
    {
        CachedScoreNameFinder fast = (CachedScoreNameFinder) CachedScoreNameFinder.of(model.model());
        NameFinderME reference = new NameFinderME(model.model());
        int names = 0;
        for (int round = 0; round < 2; round++) { // the second round is served from the cache
            for (String[] sentence : sentences) {
                Span[] expected = reference.find(sentence);
                Span[] actual = fast.find(sentence);
                assertThat(describe(actual)).isEqualTo(describe(expected));
                assertThat(fast.probs()).containsExactly(reference.probs(),
                        org.assertj.core.data.Offset.offset(1e-9));
                names += actual.length;
            }
        }
        assertThat(names).isGreaterThan(100);
    }

    @Test
    void thatANameBiasFindsMoreNamesAndKeepsTheOnesFoundWithout()
    {
        TokenNameFinder plain = CachedScoreNameFinder.of(model.model(), 0);
        TokenNameFinder biased = CachedScoreNameFinder.of(model.model(), 2.0);
        int without = 0;
        int with = 0;
        int kept = 0;
        for (String[] sentence : sentences) {
            List<String> before = describe(plain.find(sentence));
            List<String> after = describe(biased.find(sentence));
            without += before.size();
            with += after.size();
            for (String name : before) {
                kept += after.contains(name) ? 1 : 0;
            }
        }
        assertThat(with).isGreaterThan(without);
        assertThat(kept).isGreaterThan(without * 9 / 10);
    }

    @Test
    void thatAnEmptySentenceHasNoNames()
    {
        TokenNameFinder fast = CachedScoreNameFinder.of(model.model());
        assertThat(fast.find(new String[0])).isEmpty();
    }

    private static List<String> describe(Span[] spans)
    {
        List<String> result = new ArrayList<>();
        for (Span span : spans) {
            result.add(span.getStart() + ".." + span.getEnd() + " " + span.getType());
        }
        return result;
    }
}
