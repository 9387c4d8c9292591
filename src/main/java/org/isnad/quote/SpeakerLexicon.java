package org.isnad.quote;

import org.isnad.morph.GazetteerReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The speaker nouns of {@code quote-speakers.txt}: titles (TITLE), organisation nouns (ORG) and
 * documents (DOC). Looked up by normalised word. Immutable after construction.
 */
public final class SpeakerLexicon
{
    /** The kinds of speaker nouns. */
    public enum Label
    {
        TITLE, ORG, DOC
    }

    /** Classpath location of the default speaker lexicon. */
    public static final String DEFAULT_LOCATION = "/org/isnad/lexicon/quote-speakers.txt";

    private final Map<String, Label> labels = new HashMap<>();

    /** Loads the speaker lexicon from a URL. */
    public static SpeakerLexicon load(java.net.URL url) throws IOException
    {
        return new SpeakerLexicon(GazetteerReader.read(url), url.toString());
    }

    /** Loads the speaker lexicon shipped with Isnad. */
    public static SpeakerLexicon loadDefault() throws IOException
    {
        return load(SpeakerLexicon.class.getResource(DEFAULT_LOCATION));
    }

    public SpeakerLexicon(List<GazetteerReader.Entry> entries, String name) throws IOException
    {
        for (GazetteerReader.Entry entry : entries) {
            Label label;
            try {
                label = Label.valueOf(entry.label().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException e) {
                throw new IOException(name + ":" + entry.line() + ": unknown label '"
                        + entry.label() + "'");
            }
            labels.put(QuoteText.normalizePhrase(entry.text()), label);
        }
    }

    /** The label of a normalised word or phrase, or null. */
    public Label label(String normalized)
    {
        return labels.get(normalized);
    }
}
