package org.isnad.pipeline;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.ExternalResourceFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.isnad.ner.ArabicNamedEntityRecognizer;
import org.isnad.ner.NerLexiconResource;
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
     * Sets the document date (YYYY-MM-DD) of every named-entity stage in {@code description} (an
     * aggregate or a single stage), for resolving relative time expressions in texts without a
     * dateline. Returns {@code description}.
     */
    public static AnalysisEngineDescription withDocumentDate(AnalysisEngineDescription description,
            String date)
        throws ResourceInitializationException
    {
        if (ArabicNamedEntityRecognizer.class.getName().equals(
                description.getAnnotatorImplementationName())) {
            org.apache.uima.fit.factory.ResourceCreationSpecifierFactory.setConfigurationParameters(
                    description, ArabicNamedEntityRecognizer.PARAM_DOCUMENT_DATE, date);
        }
        if (!description.isPrimitive()) {
            try {
                for (org.apache.uima.resource.ResourceSpecifier delegate : description
                        .getDelegateAnalysisEngineSpecifiers().values()) {
                    if (delegate instanceof AnalysisEngineDescription) {
                        withDocumentDate((AnalysisEngineDescription) delegate, date);
                    }
                }
            }
            catch (org.apache.uima.util.InvalidXMLException e) {
                throw new ResourceInitializationException(e);
            }
        }
        return description;
    }

    /**
     * The whole Isnad pipeline: segmenter → named entities → quotations → events. Every stage
     * runs with its default parameters; build your own aggregate from the stage factories to
     * change them.
     */
    public static AnalysisEngineDescription createAggregate()
        throws ResourceInitializationException
    {
        return createEngineDescription(createSegmenter(), createNamedEntityRecognizer());
    }
}
