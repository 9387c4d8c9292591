package org.isnad.io.tsv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The input of the TSV serialiser, free of UIMA: the document text, its sentences with their
 * tokens, the layers in schema order and each layer's annotations in index order.
 */
public final class TsvDocument
{
    /** A sentence and its tokens. */
    public static final class Sentence
    {
        private final int begin;
        private final int end;
        private final String id;
        private final List<TsvAnnotation> tokens = new ArrayList<>();

        Sentence(int aBegin, int aEnd, String aId)
        {
            begin = aBegin;
            end = aEnd;
            id = aId;
        }

        /**
         * Adds a token (a layer-less annotation) to this sentence.
         *
         * @return the token.
         */
        public TsvAnnotation addToken(TsvAnnotation aToken)
        {
            tokens.add(aToken);
            return aToken;
        }

        /**
         * Adds a token by its offsets.
         *
         * @return the token.
         */
        public TsvAnnotation addToken(int aBegin, int aEnd)
        {
            return addToken(new TsvAnnotation(null, TOKEN_TYPE, aBegin, aEnd));
        }

        public int getBegin()
        {
            return begin;
        }

        public int getEnd()
        {
            return end;
        }

        public String getId()
        {
            return id;
        }

        public List<TsvAnnotation> getTokens()
        {
            return tokens;
        }
    }

    /** DKPro Core's token type. */
    public static final String TOKEN_TYPE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token";

    private final String text;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<TsvLayer> layers = new ArrayList<>();
    private final List<TsvAnnotation> annotations = new ArrayList<>();

    /**
     * @param aText
     *            the document text (null is treated as empty).
     */
    public TsvDocument(String aText)
    {
        text = aText == null ? "" : aText;
    }

    public String getText()
    {
        return text;
    }

    /**
     * Adds a sentence; sentences must be added in text order.
     *
     * @param aId
     *            the optional sentence identifier (null or blank for none).
     * @return the sentence.
     */
    public Sentence addSentence(int aBegin, int aEnd, String aId)
    {
        Sentence s = new Sentence(aBegin, aEnd, aId);
        sentences.add(s);
        return s;
    }

    /** @return a new sentence without identifier. */
    public Sentence addSentence(int aBegin, int aEnd)
    {
        return addSentence(aBegin, aEnd, null);
    }

    /**
     * Declares a layer; layers are written in the order declared (span layers without slot
     * features first, then span layers with slots, then relation layers).
     *
     * @return the layer.
     */
    public TsvLayer addLayer(TsvLayer aLayer)
    {
        layers.add(Objects.requireNonNull(aLayer));
        return aLayer;
    }

    /**
     * Adds an annotation of a declared layer.
     *
     * @return the annotation.
     */
    public TsvAnnotation addAnnotation(TsvAnnotation aAnnotation)
    {
        if (aAnnotation.getLayer() == null || !layers.contains(aAnnotation.getLayer())) {
            throw new IllegalArgumentException("Annotation of an undeclared layer: " + aAnnotation);
        }
        annotations.add(aAnnotation);
        return aAnnotation;
    }

    public List<Sentence> getSentences()
    {
        return sentences;
    }

    public List<TsvLayer> getLayers()
    {
        return layers;
    }

    public List<TsvAnnotation> getAnnotations()
    {
        return annotations;
    }
}
