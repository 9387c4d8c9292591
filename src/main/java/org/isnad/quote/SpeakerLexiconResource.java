package org.isnad.quote;

import java.io.IOException;

import org.apache.uima.resource.DataResource;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.SharedResourceObject;

/**
 * The speaker-noun lexicon ({@code quote-speakers.txt} format) as a uimaFIT shared resource:
 * loaded once per resource manager from the bound URL and shared by every engine that binds it.
 */
public class SpeakerLexiconResource
    implements SharedResourceObject
{
    private SpeakerLexicon lexicon;

    @Override
    public void load(DataResource data)
        throws ResourceInitializationException
    {
        try {
            lexicon = data == null || data.getUrl() == null ? SpeakerLexicon.loadDefault()
                    : SpeakerLexicon.load(data.getUrl());
        }
        catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    public SpeakerLexicon getLexicon()
    {
        return lexicon;
    }
}
