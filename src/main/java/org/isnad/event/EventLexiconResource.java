package org.isnad.event;

import java.io.IOException;
import java.net.URL;

import org.apache.uima.resource.DataResource;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.SharedResourceObject;

/**
 * The event lexicons as a uimaFIT shared resource: bind it once with
 * {@code createSharedResourceDescription(EventLexiconResource.defaultUrl().toString(),
 * EventLexiconResource.class)} and every {@link EventAnnotator} that declares it shares one
 * loaded copy. The URL names the trigger lexicon; the cue lexicon is {@code event-cues.txt} in
 * the same folder.
 */
public class EventLexiconResource
    implements SharedResourceObject
{
    private EventLexicon lexicon;

    /** The class-path URL of the default trigger lexicon. */
    public static URL defaultUrl()
    {
        return EventLexiconResource.class.getResource(EventLexicon.DEFAULT_TRIGGERS);
    }

    @Override
    public void load(DataResource data) throws ResourceInitializationException
    {
        try {
            URL triggers = data.getUrl();
            lexicon = EventLexicon.load(triggers, new URL(triggers, "event-cues.txt"));
        }
        catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    public EventLexicon lexicon()
    {
        return lexicon;
    }
}
