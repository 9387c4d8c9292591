package org.isnad.ner;

import java.util.List;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Isnad's feature generators for OpenNLP's name finder. Each reads the packed tokens of
 * {@link NameFeatures} through a shared {@link Decoder} (which unpacks a sentence once).
 * <ul>
 * <li>{@link Word}: normalised and written form, prefixes and suffixes (1–3 letters, of the word
 * and of its stem without the article), shape and length, the glued proclitics, the known-word
 * flag of the Arabic lexicon (an unknown word is a name candidate), pronoun suffix and clitic
 * flags, and for an unknown word its inner letter bigrams and trigrams;</li>
 * <li>{@link Morphology}: lemma and UPOS from the segmenter;</li>
 * <li>{@link Lexicon}: gazetteer and lexicon membership (CLDR places, first names, titles,
 * organisation heads, nationality adjectives ...) and the rules' BIO tag;</li>
 * <li>{@link Neighbours}: form, UPOS, lexicon classes, rule tag of the tokens at −2, −1, +1, +2
 * (and known flag and lemma at −1, +1), word and UPOS bigrams, and each lexicon class of the
 * previous and next token joined with the current token's known flag (الفرنسي + unknown word);</li>
 * <li>{@link Cues}: cue words in a window: a title, reporting verb, place preposition or
 * organisation/place head among the three previous tokens, a nationality or reporting verb among
 * the two next.</li>
 * </ul>
 * The previous decisions are added by {@link IsnadNameContextGenerator}.
 */
public final class IsnadFeatureGenerators
{
    private IsnadFeatureGenerators()
    {
        // nested classes only
    }

    /** Unpacks the tokens of the sentence being tagged, once per sentence array. */
    public static final class Decoder
    {
        private String[] lastTokens;
        private String[][] fields;

        String[][] fields(String[] tokens)
        {
            if (tokens != lastTokens) {
                fields = new String[tokens.length][];
                for (int i = 0; i < tokens.length; i++) {
                    fields[i] = NameFeatures.decode(tokens[i]);
                }
                lastTokens = tokens;
            }
            return fields;
        }
    }

    /** Base class: the adaptive-data hooks are not used (the model needs no document memory). */
    private abstract static class Base
        implements AdaptiveFeatureGenerator
    {
        final Decoder decoder;

        Base(Decoder decoder)
        {
            this.decoder = decoder;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index,
                String[] previousOutcomes)
        {
            create(features, decoder.fields(tokens), index);
        }

        abstract void create(List<String> features, String[][] f, int i);
    }

    /** Form, affixes, shape, clitics and the known-word flag of the current token. */
    public static final class Word
        extends Base
    {
        public Word(Decoder decoder)
        {
            super(decoder);
        }

        @Override
        void create(List<String> features, String[][] f, int i)
        {
            word(features, f[i]);
        }
    }

    /** Word features of one token (see {@link Word}). */
    static void word(List<String> features, String[] token)
    {
        String norm = token[NameFeatures.NORM];
        features.add("w=" + norm);
        if (!token[NameFeatures.FORM].equals(norm)) {
            features.add("f=" + token[NameFeatures.FORM]);
        }
        String stem = norm.startsWith(NerLexicon.ARTICLE) && norm.length() > 3 ? norm.substring(2) : norm;
        if (stem != norm) {
            features.add("art");
            features.add("st=" + stem);
        }
        for (int k = 1; k <= 3; k++) {
            if (stem.length() > k) {
                features.add("p" + k + "=" + stem.substring(0, k));
                features.add("s" + k + "=" + stem.substring(stem.length() - k));
            }
        }
        features.add("sh=" + shape(norm));
        features.add("len=" + Math.min(norm.length(), 8));
        String proclitics = token[NameFeatures.PROCLITICS];
        if (!proclitics.isEmpty()) {
            features.add("pc=" + proclitics);
        }
        String flags = token[NameFeatures.FLAGS];
        boolean known = flags.indexOf('k') >= 0;
        features.add(known ? "known" : "unknown");
        if (!known && stem.length() > 3) {
            // letter bigrams and trigrams inside a word the dictionary lacks: transliterated foreign
            // names have their own letter patterns (ـيتش, ـوف, غز, تز)
            for (int n = 2; n <= 3; n++) {
                for (int k = 1; k + n < stem.length(); k++) {
                    features.add("cg" + n + "=" + stem.substring(k, k + n));
                }
            }
        }
        if (flags.indexOf('s') >= 0) {
            features.add("sfx");
        }
        if (flags.indexOf('c') >= 0) {
            features.add("clitic");
        }
    }

    /** Lemma and UPOS of the current token. */
    public static final class Morphology
        extends Base
    {
        public Morphology(Decoder decoder)
        {
            super(decoder);
        }

        @Override
        void create(List<String> features, String[][] f, int i)
        {
            morphology(features, f[i]);
        }
    }

    /** Lemma and UPOS features of one token (see {@link Morphology}). */
    static void morphology(List<String> features, String[] token)
    {
        String lemma = token[NameFeatures.LEMMA];
        if (!lemma.isEmpty()) {
            features.add("l=" + lemma);
        }
        String pos = token[NameFeatures.POS];
        features.add("pos=" + (pos.isEmpty() ? "?" : pos));
    }

    /** Lexicon classes and the rules' tag of the current token. */
    public static final class Lexicon
        extends Base
    {
        public Lexicon(Decoder decoder)
        {
            super(decoder);
        }

        @Override
        void create(List<String> features, String[][] f, int i)
        {
            lexicon(features, f[i]);
        }
    }

    /** Lexicon class and rule tag features of one token (see {@link Lexicon}). */
    static void lexicon(List<String> features, String[] token)
    {
        String classes = token[NameFeatures.LEXICON];
        for (int k = 0; k < classes.length(); k++) {
            features.add("lx=" + classes.charAt(k));
        }
        String rule = token[NameFeatures.RULE];
        features.add("r=" + rule);
        if (!rule.equals("O")) {
            features.add("r=" + rule + "," + (token[NameFeatures.FLAGS].indexOf('k') >= 0));
        }
    }

    /** The neighbours at −2 … +2 and bigrams. */
    public static final class Neighbours
        extends Base
    {
        public Neighbours(Decoder decoder)
        {
            super(decoder);
        }

        @Override
        void create(List<String> features, String[][] f, int i)
        {
            for (int d = -NEIGHBOURHOOD; d <= NEIGHBOURHOOD; d++) {
                if (d == 0) {
                    continue;
                }
                int j = i + d;
                if (j < 0 || j >= f.length) {
                    features.add(edge(d));
                }
                else {
                    neighbour(features, d, f[j]);
                }
            }
            bigrams(features, f, i);
        }
    }

    /** How far {@link Neighbours} looks on each side. */
    static final int NEIGHBOURHOOD = 2;

    /** The feature of a neighbour position {@code d} outside the sentence. */
    static String edge(int d)
    {
        return d + "w=<edge>";
    }

    /** The features of a token seen as the neighbour at offset {@code d} (see {@link Neighbours}). */
    static void neighbour(List<String> features, int d, String[] token)
    {
        features.add(d + "w=" + token[NameFeatures.NORM]);
        String pos = token[NameFeatures.POS];
        features.add(d + "pos=" + (pos.isEmpty() ? "?" : pos));
        String classes = token[NameFeatures.LEXICON];
        for (int k = 0; k < classes.length(); k++) {
            features.add(d + "lx=" + classes.charAt(k));
        }
        features.add(d + "r=" + token[NameFeatures.RULE]);
        if (Math.abs(d) == 1) {
            String lemma = token[NameFeatures.LEMMA];
            if (!lemma.isEmpty()) {
                features.add(d + "l=" + lemma);
            }
            features.add(d + (token[NameFeatures.FLAGS].indexOf('k') >= 0 ? "known" : "unknown"));
        }
    }

    /** Word and UPOS bigrams with the previous and the next token (see {@link Neighbours}). */
    static void bigrams(List<String> features, String[][] f, int i)
    {
        String w = f[i][NameFeatures.NORM];
        if (i > 0) {
            features.add("bw=" + f[i - 1][NameFeatures.NORM] + "_" + w);
            features.add("bp=" + f[i - 1][NameFeatures.POS] + "_" + f[i][NameFeatures.POS]);
        }
        if (i + 1 < f.length) {
            features.add("wb=" + w + "_" + f[i + 1][NameFeatures.NORM]);
            features.add("pb=" + f[i][NameFeatures.POS] + "_" + f[i + 1][NameFeatures.POS]);
        }
        // a neighbour's lexicon class with whether this word is known (الفرنسي + unknown word)
        char known = f[i][NameFeatures.FLAGS].indexOf('k') >= 0 ? 'k' : 'u';
        if (i > 0) {
            String classes = f[i - 1][NameFeatures.LEXICON];
            for (int k = 0; k < classes.length(); k++) {
                features.add("c-1=" + classes.charAt(k) + known);
            }
        }
        if (i + 1 < f.length) {
            String classes = f[i + 1][NameFeatures.LEXICON];
            for (int k = 0; k < classes.length(); k++) {
                features.add("c+1=" + classes.charAt(k) + known);
            }
        }
    }

    /** Cue words in a window around the current token. */
    public static final class Cues
        extends Base
    {
        public Cues(Decoder decoder)
        {
            super(decoder);
        }

        @Override
        void create(List<String> features, String[][] f, int i)
        {
            for (int j = Math.max(0, i - CUES_BEFORE); j < i; j++) {
                cueBefore(features, f[j]);
            }
            for (int j = i + 1; j < Math.min(f.length, i + 1 + CUES_AFTER); j++) {
                cueAfter(features, f[j]);
            }
        }
    }

    /** How many tokens before and after the current one {@link Cues} looks at. */
    static final int CUES_BEFORE = 3;
    static final int CUES_AFTER = 2;
    private static final String BEFORE = "TVRHQDG";
    private static final String AFTER = "NVGO";

    /** The cue features of a token among the {@link #CUES_BEFORE} previous ones. */
    static void cueBefore(List<String> features, String[] token)
    {
        String classes = token[NameFeatures.LEXICON];
        for (int k = 0; k < classes.length(); k++) {
            if (BEFORE.indexOf(classes.charAt(k)) >= 0) {
                features.add("cue<" + classes.charAt(k));
            }
        }
    }

    /** The cue features of a token among the {@link #CUES_AFTER} next ones. */
    static void cueAfter(List<String> features, String[] token)
    {
        String classes = token[NameFeatures.LEXICON];
        for (int k = 0; k < classes.length(); k++) {
            if (AFTER.indexOf(classes.charAt(k)) >= 0) {
                features.add("cue>" + classes.charAt(k));
            }
        }
    }

    /** The shape of a word: Arabic letters, digits, Latin letters, punctuation, or mixed. */
    static String shape(String word)
    {
        boolean arabic = false;
        boolean digit = false;
        boolean latin = false;
        boolean other = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c >= '\u0621' && c <= '\u06FF' && !Character.isDigit(c)) {
                arabic = true;
            }
            else if (Character.isDigit(c)) {
                digit = true;
            }
            else if (Character.isLetter(c)) {
                latin = true;
            }
            else {
                other = true;
            }
        }
        int kinds = (arabic ? 1 : 0) + (digit ? 1 : 0) + (latin ? 1 : 0) + (other ? 1 : 0);
        if (kinds > 1) {
            return "mixed";
        }
        return arabic ? "ar" : digit ? "num" : latin ? "latin" : "punct";
    }
}
