package org.isnad.morph;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.resource.DataResource;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.SharedResourceObject;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The Arabic lexicon: the Arramooz morphological dictionary ({@code arabic.dict}, a morfologik
 * FSA shipped in LanguageTool's {@code language-ar} jar: word form → lemma + tag with clitic
 * flags) and Isnad's closed-class list {@code org/isnad/lexicon/function-words.txt}.
 *
 * <p>The dictionary lists stems with their inflections and attached pronouns (as {@code ه}, or
 * {@code ي}, or the real pronoun after particles), but not proclitics nor the article ال; see
 * {@link CliticAnalyser} for those. The lexicon also reads the word frequency table
 * {@value WordFrequencies#RESOURCE} ({@link #frequency}). Lookups are thread-safe: morfologik's
 * {@link DictionaryLookup} is not, so each thread gets its own over the shared FSA.
 *
 * <p>A uimaFIT shared resource ({@link SharedResourceObject}): bind it once with
 * {@code createSharedResourceDescription(ArabicLexicon.defaultDictionaryUrl().toString(),
 * ArabicLexicon.class)} and every engine that declares it shares one loaded copy.
 */
public class ArabicLexicon
    implements SharedResourceObject
{
    /** Class-path location of the Arramooz dictionary (its {@code .info} file lies beside it). */
    public static final String DICTIONARY_RESOURCE = "org/languagetool/resource/ar/arabic.dict";
    /**
     * Class-path location of the Ayaspell Hunspell word list (same jar): its stems add names and
     * loanwords that the Arramooz dictionary lacks (فيلم, لندن, واشنطن, ليبيا).
     */
    public static final String SPELLING_RESOURCE = "org/languagetool/resource/ar/hunspell/ar.dic";
    /** Class-path location of Isnad's function-word list. */
    public static final String FUNCTION_WORDS_RESOURCE = "org/isnad/lexicon/function-words.txt";

    private Dictionary dictionary;
    private ThreadLocal<DictionaryLookup> lookups;
    private final Map<String, FunctionWord> functionWords = new HashMap<>();
    private final java.util.Set<String> spellingWords = new java.util.HashSet<>();
    private final Map<String, List<FunctionWord>> functionWordsByKey = new HashMap<>();
    private WordFrequencies frequencies = WordFrequencies.empty();

    /** For uimaFIT; call {@link #load(DataResource)} or use {@link #loadDefault()}. */
    public ArabicLexicon()
    {
        // loaded by load()
    }

    /** The class-path URL of {@code arabic.dict}. */
    public static URL defaultDictionaryUrl()
    {
        URL url = ArabicLexicon.class.getClassLoader().getResource(DICTIONARY_RESOURCE);
        if (url == null) {
            throw new IllegalStateException(DICTIONARY_RESOURCE
                    + " not on the class path (dependency org.languagetool:language-ar)");
        }
        return url;
    }

    /** Loads the default dictionary and function-word list from the class path. */
    public static ArabicLexicon loadDefault()
        throws IOException
    {
        ArabicLexicon lexicon = new ArabicLexicon();
        lexicon.load(defaultDictionaryUrl());
        return lexicon;
    }

    @Override
    public void load(DataResource data)
        throws ResourceInitializationException
    {
        URL url = data == null || data.getUrl() == null ? defaultDictionaryUrl() : data.getUrl();
        try {
            load(url);
        }
        catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    private void load(URL dictionaryUrl)
        throws IOException
    {
        dictionary = Dictionary.read(dictionaryUrl);
        Dictionary shared = dictionary;
        lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(shared));
        try (InputStream in = ArabicLexicon.class.getClassLoader()
                .getResourceAsStream(FUNCTION_WORDS_RESOURCE)) {
            if (in == null) {
                throw new IOException(FUNCTION_WORDS_RESOURCE + " not on the class path");
            }
            GazetteerReader.read(in, FUNCTION_WORDS_RESOURCE, (text, label) -> {
                FunctionWord word = FunctionWord.parse(text, label);
                functionWords.putIfAbsent(text, word);
                functionWordsByKey.computeIfAbsent(ArabicNormalizer.normalize(text),
                        k -> new ArrayList<>()).add(word);
            });
        }
        try (InputStream in = ArabicLexicon.class.getClassLoader()
                .getResourceAsStream(SPELLING_RESOURCE)) {
            if (in != null) {
                readSpellingWords(in);
            }
        }
        frequencies = WordFrequencies.loadDefault();
    }

    /**
     * The corpus frequency of a normalised word form (see {@link WordFrequencies}); 0 when the
     * form is not in the table.
     */
    public int frequency(String normalisedForm)
    {
        return frequencies.count(normalisedForm);
    }

    /** The word frequency table read with the lexicon. */
    public WordFrequencies frequencies()
    {
        return frequencies;
    }

    /**
     * Whether the form is a stem of the Ayaspell word list (an entry with affix flags): a word
     * attested in its own right. Names and loanwords that the Arramooz dictionary lacks are
     * among them (فيلم, لندن, واشنطن).
     */
    public boolean isSpellingWord(String form)
    {
        return spellingWords.contains(form);
    }

    /** Hunspell stems ({@code stem/flags}, the first line a count) unknown to the dictionary. */
    private void readSpellingWords(InputStream in)
        throws IOException
    {
        java.io.BufferedReader reader = new java.io.BufferedReader(
                new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        String line = reader.readLine();
        while ((line = reader.readLine()) != null) {
            int end = 0;
            while (end < line.length() && line.charAt(end) != '/' && line.charAt(end) != '\t'
                    && !Character.isWhitespace(line.charAt(end))) {
                end++;
            }
            if (end < 2) {
                continue;
            }
            // entries without affix flags are clitic forms listed whole (وأصبح, وقام): skipped
            if (end < line.length() && line.charAt(end) == '/') {
                spellingWords.add(line.substring(0, end));
            }
        }
    }

    /** Dictionary analyses of exactly this form (undiacritised); empty when unknown. */
    public List<LexiconEntry> lookup(String form)
    {
        if (form.isEmpty()) {
            return Collections.emptyList();
        }
        List<WordData> data = lookups.get().lookup(form);
        if (data.isEmpty()) {
            return Collections.emptyList();
        }
        List<LexiconEntry> entries = new ArrayList<>(data.size());
        for (WordData wd : data) {
            CharSequence stem = wd.getStem();
            CharSequence tag = wd.getTag();
            entries.add(new LexiconEntry(
                    stem == null ? form : ArabicNormalizer.stripDiacritics(stem),
                    tag == null ? "" : tag.toString()));
        }
        return entries;
    }

    /**
     * Dictionary analyses of the form, or, when it has none, of its first spelling variant that
     * has some (see {@link #spellingVariants}).
     */
    public List<LexiconEntry> lookupTolerant(String form)
    {
        List<LexiconEntry> entries = lookup(form);
        if (!entries.isEmpty()) {
            return entries;
        }
        for (String variant : spellingVariants(form)) {
            entries = lookup(variant);
            if (!entries.isEmpty()) {
                return entries;
            }
        }
        return entries;
    }

    /**
     * Spellings of news text that the dictionary writes otherwise: an initial bare alef for
     * أ إ آ (اعلن → أعلن), a final ي for ى (Egyptian and Iraqi spelling, مستشفي → مستشفى), a
     * final ه for ة, and the transcription أميرك for أمريك (أميركية → أمريكية).
     */
    public static List<String> spellingVariants(String form)
    {
        List<String> variants = new ArrayList<>(4);
        int n = form.length();
        if (n < 2) {
            return variants;
        }
        List<String> bases = new ArrayList<>(2);
        bases.add(form);
        int k = form.indexOf("يرك");
        if (k > 0) {
            String swapped = form.substring(0, k) + "ريك" + form.substring(k + 3);
            variants.add(swapped);
            bases.add(swapped);
        }
        for (String base : bases) {
            char first = base.charAt(0);
            if (first == ArabicNormalizer.ALEF) {
                variants.add(ArabicNormalizer.ALEF_HAMZA_ABOVE + base.substring(1));
                variants.add(ArabicNormalizer.ALEF_HAMZA_BELOW + base.substring(1));
                variants.add(ArabicNormalizer.ALEF_MADDA + base.substring(1));
            }
            char last = base.charAt(base.length() - 1);
            String stem = base.substring(0, base.length() - 1);
            if (last == ArabicNormalizer.YEH) {
                variants.add(stem + ArabicNormalizer.ALEF_MAKSURA);
            }
            else if (last == ArabicNormalizer.HEH) {
                variants.add(stem + ArabicNormalizer.TEH_MARBUTA);
            }
        }
        return variants;
    }

    /**
     * The function word with this spelling, or else the one with the same normalised key
     * (علي → على is left to the caller: the exact spelling wins where both exist).
     */
    public FunctionWord functionWord(String form)
    {
        FunctionWord exact = functionWords.get(form);
        if (exact != null) {
            return exact;
        }
        List<FunctionWord> byKey = functionWordsByKey.get(ArabicNormalizer.normalize(form));
        return byKey == null ? null : byKey.get(0);
    }

    /** The function word with exactly this spelling, or null. */
    public FunctionWord functionWordExact(String form)
    {
        return functionWords.get(form);
    }
}
