package org.isnad.pipeline;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
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
     * The whole Isnad pipeline: segmenter → named entities → quotations → events. Every stage
     * runs with its default parameters; build your own aggregate from the stage factories to
     * change them.
     */
    public static AnalysisEngineDescription createAggregate()
        throws ResourceInitializationException
    {
        return createEngineDescription(createSegmenter());
    }
}
