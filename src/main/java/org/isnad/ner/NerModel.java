package org.isnad.ner;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A trained named-entity model: an OpenNLP {@link TokenNameFinderModel} built with
 * {@link IsnadNameFinderFactory} by {@code isnad train ner}. Immutable and shareable between
 * threads; each thread tags with its own {@link #newFinder()}.
 */
public final class NerModel
{
    /** Class-path location of the model shipped with Isnad. */
    public static final String DEFAULT_MODEL = "org/isnad/ner/isnad-ner-ar.bin";

    private final TokenNameFinderModel model;
    private final String source;
    private final long loadMillis;

    private NerModel(TokenNameFinderModel model, String source, long loadMillis)
    {
        this.model = model;
        this.source = source;
        this.loadMillis = loadMillis;
    }

    public static NerModel of(TokenNameFinderModel model)
    {
        return new NerModel(model, "(in memory)", 0);
    }

    /**
     * Loads a model from a location: a file path, a class-path resource or a URL; null or empty =
     * the shipped model.
     */
    public static NerModel load(String location)
        throws IOException
    {
        URL url = resolve(location);
        long start = System.nanoTime();
        try (InputStream in = url.openStream()) {
            TokenNameFinderModel model = new TokenNameFinderModel(in);
            return new NerModel(model, url.toString(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** The URL of a model location (see {@link #load}). */
    public static URL resolve(String location)
        throws IOException
    {
        String where = location == null || location.isBlank() ? DEFAULT_MODEL : location.strip();
        Path path = Path.of(where.startsWith("file:") ? where.substring(5) : where);
        if (!where.contains("://") && Files.isRegularFile(path)) {
            return path.toUri().toURL();
        }
        URL resource = NerModel.class.getClassLoader().getResource(where);
        if (resource != null) {
            return resource;
        }
        try {
            return new URL(where);
        }
        catch (MalformedURLException e) {
            throw new IOException("Named-entity model not found (file, class path or URL): " + where, e);
        }
    }

    /**
     * A new tagger over this model (not thread-safe: one per thread): {@link CachedScoreNameFinder}
     * for Isnad's maxent models, else OpenNLP's {@link NameFinderME}.
     */
    public TokenNameFinder newFinder()
    {
        return newFinder(0);
    }

    /**
     * A new tagger with a name bias (see {@link CachedScoreNameFinder#of(TokenNameFinderModel,
     * double)}).
     */
    public TokenNameFinder newFinder(double nameBias)
    {
        return CachedScoreNameFinder.of(model, nameBias);
    }

    public TokenNameFinderModel model()
    {
        return model;
    }

    /** Where the model was loaded from. */
    public String source()
    {
        return source;
    }

    /** How long loading took, in milliseconds. */
    public long loadMillis()
    {
        return loadMillis;
    }
}
