package org.isnad.pipeline;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.factory.ExternalResourceFactory.createNamedResourceDescriptionUsingUrl;

import org.apache.commons.lang3.ArrayUtils;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.resource.ExternalResourceDescription;
import org.isnad.morph.ArabicLexicon;
import org.isnad.ner.ArabicNamedEntityRecognizer;
import org.isnad.ner.NerLexiconResource;
import org.isnad.quote.CueLexicon;
import org.isnad.quote.CueLexiconResource;
import org.isnad.quote.QuotationAnnotator;
import org.isnad.quote.SpeakerLexicon;
import org.isnad.quote.SpeakerLexiconResource;
import org.isnad.event.EventAnnotator;
import org.isnad.event.EventLexicon;
import org.isnad.event.EventLexiconResource;
import org.isnad.ner.NerModel;
import org.isnad.ner.NerModelResource;
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

    /**
     * The Arabic lexicon as a shared resource. Engines created from descriptions that bind the
     * same description under one {@code ResourceManager} (an aggregate, or the CLI's worker
     * threads) share one loaded copy. The URL is class-path relative, so descriptors stay
     * portable.
     */
    public static ExternalResourceDescription lexiconResource()
    {
        // a fixed name: uimaFIT's default name contains an identity hash, unstable across runs
        return createNamedResourceDescriptionUsingUrl("isnad.lexicon", ArabicLexicon.class,
                ArabicLexicon.DICTIONARY_RESOURCE);
    }

    /** Sentences, tokens (UD syntactic words), forms, lemmas and part of speech. */
    public static AnalysisEngineDescription createSegmenter(Object... parameters)
        throws ResourceInitializationException
    {
        return createEngineDescription(ArabicSegmenter.class, typeSystem(), ArrayUtils.addAll(
                new Object[] { ArabicSegmenter.RES_LEXICON, lexiconResource() }, parameters));
    }

    /**
     * The named-entity lexicons as a shared resource, built once per {@code ResourceManager} (with
     * the segmenter's shared Arabic lexicon).
     */
    public static ExternalResourceDescription nerLexiconResource()
    {
        return createNamedResourceDescriptionUsingUrl("isnad.ner-lexicon", NerLexiconResource.class,
                ArabicLexicon.DICTIONARY_RESOURCE);
    }

    /**
     * The named-entity model at {@code location} (file, class-path resource or URL; null = the
     * shipped model) as a shared resource, loaded once per {@code ResourceManager}.
     */
    public static ExternalResourceDescription nerModelResource(String location)
    {
        String where = location == null || location.isBlank() ? NerModel.DEFAULT_MODEL : location;
        String name = location == null || location.isBlank() ? "isnad.ner-model"
                : "isnad.ner-model:" + location;
        String url = where;
        try {
            url = NerModel.resolve(where).toString();
            if (where.equals(NerModel.DEFAULT_MODEL)) {
                url = NerModel.DEFAULT_MODEL; // class-path relative, so descriptors stay portable
            }
        }
        catch (java.io.IOException e) {
            // left as given: loading reports the missing model
        }
        return createNamedResourceDescriptionUsingUrl(name, NerModelResource.class, url);
    }

    /**
     * Named entities (NamedEntity with value and identifier) and time expressions, with the
     * lexicons, the segmenter's Arabic lexicon and the model bound as shared resources. A
     * {@code PARAM_MODEL_LOCATION} among the parameters binds that model instead of the shipped
     * one.
     */
    public static AnalysisEngineDescription createNamedEntityRecognizer(Object... parameters)
        throws ResourceInitializationException
    {
        String location = null;
        for (int k = 0; k + 1 < parameters.length; k += 2) {
            if (ArabicNamedEntityRecognizer.PARAM_MODEL_LOCATION.equals(parameters[k])
                    && parameters[k + 1] != null) {
                location = parameters[k + 1].toString();
            }
        }
        return createEngineDescription(ArabicNamedEntityRecognizer.class, typeSystem(),
                ArrayUtils.addAll(new Object[] { ArabicNamedEntityRecognizer.RES_LEXICON,
                    nerLexiconResource(), ArabicNamedEntityRecognizer.RES_ARABIC_LEXICON,
                    lexiconResource(), ArabicNamedEntityRecognizer.RES_MODEL,
                    nerModelResource(location) }, parameters));
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

    /** The quotation cue lexicon (reporting verbs, cue phrases) as a shared resource. */
    public static ExternalResourceDescription quoteCueResource()
    {
        return createNamedResourceDescriptionUsingUrl("isnad.quote-cues", CueLexiconResource.class,
                CueLexicon.DEFAULT_LOCATION.substring(1));
    }

    /** The quotation speaker lexicon (titles, organisation and document nouns), shared. */
    public static ExternalResourceDescription quoteSpeakerResource()
    {
        return createNamedResourceDescriptionUsingUrl("isnad.quote-speakers",
                SpeakerLexiconResource.class, SpeakerLexicon.DEFAULT_LOCATION.substring(1));
    }

    /**
     * Quotations (direct, indirect, mixed) with their QuoteCue and QuoteSource, the cue and
     * speaker lexicons bound as shared resources.
     */
    public static AnalysisEngineDescription createQuotationAnnotator(Object... parameters)
        throws ResourceInitializationException
    {
        return createEngineDescription(QuotationAnnotator.class, typeSystem(),
                ArrayUtils.addAll(new Object[] { QuotationAnnotator.RES_CUES, quoteCueResource(),
                    QuotationAnnotator.RES_SPEAKERS, quoteSpeakerResource() }, parameters));
    }

    /**
     * PLOVER events with actors, time, place, modality and event identity. Runs after the
     * segmenter (and after named entities and quotations when present).
     */
    public static AnalysisEngineDescription createEventAnnotator(Object... parameters)
        throws ResourceInitializationException
    {
        return createEngineDescription(EventAnnotator.class, typeSystem(), ArrayUtils.addAll(
                new Object[] { EventAnnotator.RES_LEXICON, eventLexiconResource() }, parameters));
    }

    /** The event trigger and cue lexicons as a shared resource. */
    public static ExternalResourceDescription eventLexiconResource()
    {
        return createNamedResourceDescriptionUsingUrl("isnad.event-lexicon",
                EventLexiconResource.class, EventLexicon.DEFAULT_TRIGGERS.substring(1));
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
                createQuotationAnnotator(), createEventAnnotator());
    }
}
