package org.isnad.segment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.dkpro.core.api.segmentation.SegmenterBase;
import org.isnad.morph.ArabicLexicon;
import org.isnad.morph.CliticAnalyser;
import org.isnad.morph.SyntacticWord;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.SurfaceForm;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.TokenForm;

/**
 * Splits Arabic news text into sentences and UD syntactic words. Numbers, dates, times, URLs,
 * e-mail addresses, hashtags, mentions and abbreviations stay whole; bidi and zero-width marks
 * never split a word and are never tokens; a line without final punctuation (a headline, a
 * dateline) is a sentence of its own.
 *
 * <p>Each Arabic word is split by {@link CliticAnalyser} into its proclitics (و ف ب ل ك س), stem
 * and pronoun suffix: one Token per syntactic word, whose span is its exact substring of the
 * text, a {@link SurfaceForm} (value = the whole word) over every split word, a {@link TokenForm}
 * wherever the form differs from the covered text (للحكومة → ل + "لحكومة" with form الحكومة;
 * diacritics, tatweel), a {@link Lemma} on every Token the lexicon knows and a {@link POS} with the
 * UD UPOS as coarse value where the analysis makes it unambiguous. A word the lexicon lacks that
 * the document repeats, and whose would-be stem it never writes alone, is kept whole (a name such
 * as بوتر, not ب + وتر; see {@link CliticAnalyser#analyse(String, java.util.function.ToIntFunction)}).
 */
@ResourceMetaData(name = "Isnad Arabic Segmenter")
@LanguageCapability("ar")
@TypeCapability(outputs = { Sentence._TypeName, Token._TypeName, TokenForm._TypeName,
        SurfaceForm._TypeName, Lemma._TypeName, POS._TypeName })
public class ArabicSegmenter
    extends SegmenterBase
{
    /**
     * Whether a single line break ends a sentence. When false, only an empty line (a paragraph
     * break) or sentence-final punctuation ends one, for hard-wrapped text.
     */
    public static final String PARAM_LINE_BREAK_ENDS_SENTENCE = "lineBreakEndsSentence";
    @ConfigurationParameter(name = PARAM_LINE_BREAK_ENDS_SENTENCE, mandatory = true, defaultValue = "true")
    private boolean lineBreakEndsSentence;

    /**
     * Whether words are split into UD syntactic words (proclitics و ف ب ل ك س and pronoun
     * suffixes as Tokens of their own). When false, every orthographic word is one Token.
     */
    public static final String PARAM_SPLIT_CLITICS = "splitClitics";
    @ConfigurationParameter(name = PARAM_SPLIT_CLITICS, mandatory = true, defaultValue = "true")
    private boolean splitClitics;

    /**
     * Whether Lemma and POS annotations are written for the Tokens the lexicon knows.
     */
    public static final String PARAM_WRITE_LEMMA_AND_POS = "writeLemmaAndPos";
    @ConfigurationParameter(name = PARAM_WRITE_LEMMA_AND_POS, mandatory = true, defaultValue = "true")
    private boolean writeLemmaAndPos;

    /**
     * The shared Arabic lexicon. Optional: when unbound, the engine loads its own copy of the
     * default lexicon.
     */
    public static final String RES_LEXICON = "lexicon";
    @ExternalResource(key = RES_LEXICON, mandatory = false)
    private ArabicLexicon lexicon;

    private WordTokenizer tokenizer;
    private SentenceSplitter sentenceSplitter;
    private CliticAnalyser analyser;

    @Override
    public void initialize(UimaContext context)
        throws ResourceInitializationException
    {
        super.initialize(context);
        tokenizer = new WordTokenizer();
        sentenceSplitter = new SentenceSplitter(lineBreakEndsSentence);
        if (splitClitics || writeLemmaAndPos) {
            if (lexicon == null) {
                try {
                    lexicon = ArabicLexicon.loadDefault();
                }
                catch (IOException e) {
                    throw new ResourceInitializationException(e);
                }
            }
            analyser = new CliticAnalyser(lexicon);
        }
    }

    /** A syntactic word placed in the text: span, form, lemma and UPOS. */
    private record Piece(int begin, int end, String form, String lemma, String upos) {}

    @Override
    protected void process(JCas aJCas, String text, int zoneBegin)
        throws AnalysisEngineProcessException
    {
        List<RawToken> tokens = tokenizer.tokenize(text);
        Map<String, Integer> documentCounts = new HashMap<>();
        if (analyser != null) {
            for (RawToken token : tokens) {
                if (token.kind() == RawToken.Kind.WORD) {
                    documentCounts.merge(CliticAnalyser.key(token.coveredText(text)), 1,
                            Integer::sum);
                }
            }
        }
        ToIntFunction<String> documentCount = k -> documentCounts.getOrDefault(k, 0);
        for (SentenceSplitter.SentenceSpan span : sentenceSplitter.split(text, tokens)) {
            RawToken first = tokens.get(span.firstToken());
            RawToken last = tokens.get(span.lastToken());
            if (isWriteSentence()) {
                createSentence(aJCas, zoneBegin + first.begin(), zoneBegin + last.end());
            }
            if (isWriteToken()) {
                for (int t = span.firstToken(); t <= span.lastToken(); t++) {
                    writeWord(aJCas, text, zoneBegin, tokens.get(t), documentCount);
                }
            }
        }
    }

    private void writeWord(JCas aJCas, String text, int zoneBegin, RawToken token,
            ToIntFunction<String> documentCount)
    {
        // work out the final spans first, then create the annotations
        List<Piece> pieces = new ArrayList<>(3);
        if (analyser != null && token.kind() == RawToken.Kind.WORD) {
            String word = token.coveredText(text);
            List<SyntacticWord> words = analyser.analyse(word, documentCount);
            if (splitClitics) {
                for (SyntacticWord w : words) {
                    pieces.add(new Piece(token.begin() + w.begin(), token.begin() + w.end(),
                            w.form(), w.lemma(), w.upos()));
                }
            }
            else if (words.size() == 1) {
                SyntacticWord w = words.get(0);
                pieces.add(new Piece(token.begin(), token.end(), w.form(), w.lemma(), w.upos()));
            }
        }
        if (pieces.isEmpty()) {
            pieces.add(new Piece(token.begin(), token.end(),
                    ArabicCharacters.stripToForm(text, token.begin(), token.end()), null, null));
        }
        if (pieces.size() > 1) {
            SurfaceForm surface = new SurfaceForm(aJCas, zoneBegin + token.begin(),
                    zoneBegin + token.end());
            surface.setValue(ArabicCharacters.stripToForm(text, token.begin(), token.end()));
            surface.addToIndexes();
        }
        for (Piece piece : pieces) {
            Token t = createToken(aJCas, piece.form(), zoneBegin + piece.begin(),
                    zoneBegin + piece.end());
            if (t == null || !writeLemmaAndPos) {
                continue;
            }
            if (piece.lemma() != null) {
                Lemma lemma = new Lemma(aJCas, t.getBegin(), t.getEnd());
                lemma.setValue(piece.lemma());
                lemma.addToIndexes();
                t.setLemma(lemma);
            }
            if (piece.upos() != null) {
                POS pos = new POS(aJCas, t.getBegin(), t.getEnd());
                pos.setPosValue(piece.upos());
                pos.setCoarseValue(piece.upos());
                pos.addToIndexes();
                t.setPos(pos);
            }
        }
    }
}
