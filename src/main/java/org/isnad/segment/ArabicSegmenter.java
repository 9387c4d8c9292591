package org.isnad.segment;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.api.segmentation.SegmenterBase;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.TokenForm;

/**
 * Splits Arabic news text into sentences and tokens. Numbers, dates, times, URLs, e-mail
 * addresses, hashtags, mentions and abbreviations stay whole; bidi and zero-width marks never
 * split a word and are never tokens; a line without final punctuation (a headline, a dateline)
 * is a sentence of its own. Token spans are exact substrings of the text; where tatweel,
 * diacritics or invisible marks make the text differ from the word, the token's form holds the
 * cleaned word.
 */
@ResourceMetaData(name = "Isnad Arabic Segmenter")
@LanguageCapability("ar")
@TypeCapability(outputs = { Sentence._TypeName, Token._TypeName, TokenForm._TypeName })
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

    private WordTokenizer tokenizer;
    private SentenceSplitter sentenceSplitter;

    @Override
    public void initialize(org.apache.uima.UimaContext context)
        throws org.apache.uima.resource.ResourceInitializationException
    {
        super.initialize(context);
        tokenizer = new WordTokenizer();
        sentenceSplitter = new SentenceSplitter(lineBreakEndsSentence);
    }

    @Override
    protected void process(JCas aJCas, String text, int zoneBegin)
        throws AnalysisEngineProcessException
    {
        List<RawToken> tokens = tokenizer.tokenize(text);
        for (SentenceSplitter.SentenceSpan span : sentenceSplitter.split(text, tokens)) {
            RawToken first = tokens.get(span.firstToken());
            RawToken last = tokens.get(span.lastToken());
            if (isWriteSentence()) {
                createSentence(aJCas, zoneBegin + first.begin(), zoneBegin + last.end());
            }
            if (isWriteToken()) {
                for (int t = span.firstToken(); t <= span.lastToken(); t++) {
                    RawToken token = tokens.get(t);
                    String form = ArabicCharacters.stripToForm(text, token.begin(), token.end());
                    createToken(aJCas, form, zoneBegin + token.begin(), zoneBegin + token.end());
                }
            }
        }
    }
}
