package org.isnad.ner;

import java.io.IOException;

import org.apache.uima.resource.DataResource;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.SharedResourceObject;
import org.isnad.morph.ArabicLexicon;

/**
 * The named-entity lexicons as a uimaFIT shared resource: built once per resource manager and
 * shared by every engine that binds it. Building needs the Arabic dictionary (to decide which
 * article-less place variants are ordinary words); the annotator passes the segmenter's shared
 * {@link ArabicLexicon} through {@link #getLexicon(ArabicLexicon)}, so the dictionary is held in
 * memory once. The data URL is not used (the lexicons are class-path resources).
 */
public class NerLexiconResource
    implements SharedResourceObject
{
    private ArabicLexicon arabic;
    private NerLexicon lexicon;

    @Override
    public void load(DataResource data)
    {
        // built lazily with the Arabic lexicon of the first engine that asks
    }

    /**
     * The lexicons, built on first use with {@code arabicLexicon} (null = load the default Arabic
     * lexicon).
     */
    public synchronized NerLexicon getLexicon(ArabicLexicon arabicLexicon)
        throws ResourceInitializationException
    {
        if (lexicon == null) {
            try {
                arabic = arabicLexicon != null ? arabicLexicon : ArabicLexicon.loadDefault();
                lexicon = NerLexicon.load(new LexiconKnownWords(arabic));
            }
            catch (IOException e) {
                throw new ResourceInitializationException(e);
            }
        }
        return lexicon;
    }

    /** The lexicons, loading the default Arabic lexicon if none was given before. */
    public NerLexicon getLexicon()
        throws ResourceInitializationException
    {
        return getLexicon(null);
    }

    /** A new dictionary look-up (not thread-safe: one per annotator instance). */
    public synchronized KnownWords newKnownWords()
        throws ResourceInitializationException
    {
        getLexicon(null);
        return new LexiconKnownWords(arabic);
    }

    /** The Arabic lexicon the lexicons were built with. */
    public synchronized ArabicLexicon getArabicLexicon()
        throws ResourceInitializationException
    {
        getLexicon(null);
        return arabic;
    }
}
