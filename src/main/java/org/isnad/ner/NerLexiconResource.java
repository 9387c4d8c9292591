package org.isnad.ner;

import java.io.IOException;

import org.apache.uima.resource.DataResource;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.SharedResourceObject;

import morfologik.stemming.Dictionary;

/**
 * The named-entity lexicons and the Arabic dictionary as a uimaFIT shared resource: loaded once
 * per resource manager and shared by every engine that binds it. The data URL is not used (the
 * lexicons are class-path resources); any URL will do.
 */
public class NerLexiconResource
    implements SharedResourceObject
{
    private Dictionary dictionary;
    private NerLexicon lexicon;

    @Override
    public void load(DataResource data)
        throws ResourceInitializationException
    {
        try {
            dictionary = DictionaryKnownWords.readDictionary();
            lexicon = NerLexicon.load(new DictionaryKnownWords(dictionary));
        }
        catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    public NerLexicon getLexicon()
    {
        return lexicon;
    }

    /** A new dictionary look-up (not thread-safe: one per annotator instance). */
    public KnownWords newKnownWords()
    {
        return new DictionaryKnownWords(dictionary);
    }
}
