package org.isnad.pipeline;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.ExternalResourceFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.isnad.ner.ArabicNamedEntityRecognizer;
import org.isnad.ner.NerLexiconResource;
import org.isnad.quote.CueLexicon;
import org.isnad.quote.CueLexiconResource;
import org.isnad.quote.QuotationAnnotator;
import org.isnad.quote.SpeakerLexicon;
import org.isnad.quote.SpeakerLexiconResource;
import org.isnad.segment.ArabicSegmenter;

/**
 * uimaFIT factories for Isnad's stages and for the whole pipeline. Each factory takes optional
 * uimaFIT parameter name/value pairs that override the defaults, e.g.
 * {@code createSegmenter(ArabicSegmenter.PARAM_LINE_BREAK_ENDS_SENTENCE, false)}.
 */
public final class IsnadPipeline
{
    private IsnadPipeline()
    {
        // factories only
    }

    /** Sentences, tokens (UD syntactic words), forms, lemmas and part of speech. */
    public static AnalysisEngineDescription createSegmenter(Object... parameters)
        throws ResourceInitializationException
    {
        return createEngineDescription(ArabicSegmenter.class, parameters);
    }

    /**
     * Named entities (NamedEntity with value and identifier) and time expressions, with the
     * lexicons bound as a shared resource.
     */
    public static AnalysisEngineDescription createNamedEntityRecognizer(Object... parameters)
        throws ResourceInitializationException
    {
        Object[] all = new Object[parameters.length + 2];
        all[0] = ArabicNamedEntityRecognizer.RES_LEXICON;
        all[1] = ExternalResourceFactory.createSharedResourceDescription(
                "classpath:org/isnad/lexicon/ner-places.txt", NerLexiconResource.class);
        System.arraycopy(parameters, 0, all, 2, parameters.length);
        return createEngineDescription(ArabicNamedEntityRecognizer.class, all);
    }

    /**
     * Quotations (direct, indirect, mixed) with their QuoteCue and QuoteSource, the cue and
     * speaker lexicons bound as shared resources.
     */
    public static AnalysisEngineDescription createQuotationAnnotator(Object... parameters)
        throws ResourceInitializationException
    {
        Object[] all = new Object[parameters.length + 4];
        all[0] = QuotationAnnotator.RES_CUES;
        all[1] = ExternalResourceFactory.createSharedResourceDescription(
                "classpath:" + CueLexicon.DEFAULT_LOCATION.substring(1), CueLexiconResource.class);
        all[2] = QuotationAnnotator.RES_SPEAKERS;
        all[3] = ExternalResourceFactory.createSharedResourceDescription(
                "classpath:" + SpeakerLexicon.DEFAULT_LOCATION.substring(1),
                SpeakerLexiconResource.class);
        System.arraycopy(parameters, 0, all, 4, parameters.length);
        return createEngineDescription(QuotationAnnotator.class, all);
    }

    /**
     * The whole Isnad pipeline: segmenter → named entities → quotations → events. Every stage
     * runs with its default parameters; build your own aggregate from the stage factories to
     * change them.
     */
    public static AnalysisEngineDescription createAggregate()
        throws ResourceInitializationException
    {
        return createEngineDescription(createSegmenter(), createNamedEntityRecognizer(),
                createQuotationAnnotator());
    }
}
