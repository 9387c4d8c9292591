package org.isnad.quote;

import java.io.IOException;

import org.apache.uima.resource.DataResource;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.SharedResourceObject;

/**
 * The cue lexicon ({@code quote-cues.txt} format) as a uimaFIT shared resource: loaded once per
 * resource manager from the bound URL and shared by every engine that binds it.
 */
public class CueLexiconResource
    implements SharedResourceObject
{
    private CueLexicon lexicon;

    @Override
    public void load(DataResource data)
        throws ResourceInitializationException
    {
        try {
            lexicon = data == null || data.getUrl() == null ? CueLexicon.loadDefault()
                    : CueLexicon.load(data.getUrl());
        }
        catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    public CueLexicon getLexicon()
    {
        return lexicon;
    }
}
