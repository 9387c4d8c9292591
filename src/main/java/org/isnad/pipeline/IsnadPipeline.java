package org.isnad.pipeline;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.isnad.event.EventAnnotator;
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

    /**
     * The types Isnad reads and writes: DKPro Core's segmentation, part-of-speech, morphology,
     * named-entity and metadata types, and Isnad's own. Named explicitly rather than
     * auto-detected, so that the descriptors do not depend on what else is on the class path.
     */
    public static TypeSystemDescription typeSystem()
    {
        return TypeSystemDescriptionFactory.createTypeSystemDescription(
                "desc.type.LexicalPhrase", "desc.type.LexicalUnits",
                "desc.type.LexicalUnits_customized", "desc.type.Morpheme", "desc.type.POS",
                "desc.type.NamedEntity", "desc.type.metadata", "desc.type.metadata_customized",
                "org.isnad.type.IsnadTypes");
    }

    /** Sentences, tokens (UD syntactic words), forms, lemmas and part of speech. */
    public static AnalysisEngineDescription createSegmenter(Object... parameters)
        throws ResourceInitializationException
    {
        return createEngineDescription(ArabicSegmenter.class, typeSystem(), parameters);
    }

    /**
     * PLOVER events with actors, time, place, modality and event identity. Runs after the
     * segmenter (and after named entities and quotations when present).
     */
    public static AnalysisEngineDescription createEventAnnotator(Object... parameters)
        throws ResourceInitializationException
    {
        return createEngineDescription(EventAnnotator.class, typeSystem(), parameters);
    }

    /**
     * The whole Isnad pipeline: segmenter → named entities → quotations → events. Every stage
     * runs with its default parameters; build your own aggregate from the stage factories to
     * change them.
     */
    public static AnalysisEngineDescription createAggregate()
        throws ResourceInitializationException
    {
        return createEngineDescription(createSegmenter(), createEventAnnotator());
    }
}
