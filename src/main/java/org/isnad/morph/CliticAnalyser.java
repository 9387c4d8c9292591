package org.isnad.morph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.isnad.segment.ArabicCharacters;

/**
 * Splits an Arabic orthographic word into UD syntactic words: the proclitics, the stem and a
 * pronoun suffix, each with its offsets in the word, its restored form, and its lemma and UPOS
 * where the lexicon knows them.
 *
 * <h2>Clitics</h2>
 * <ul>
 * <li>conjunctions {@value #CONJUNCTIONS}, then at most one of the prepositions
 * {@value #PREPOSITIONS} (ب and ك before nouns in the genitive or unmarked case, ل before such
 * nouns and before imperfect verbs) or the future particle س (before imperfect verbs only);</li>
 * <li>ل before the article writes لل: للحكومة is ل + الحكومة over "لحكومة";</li>
 * <li>pronoun suffixes {@link #PRONOUN_SUFFIXES} (the second person dual and feminine plural كما
 * and كن are left out: rare in news, and they end names such as بلينكن); ني only after verbs,
 * ي only after nouns and particles; first and second person suffixes (ك كم كما كن ي ني نا)
 * only on stems that the spelling list attests, as they are rare in news. The stem's surface
 * changes are restored in the form: عليه → على + ه, حكومته → حكومة + ه.</li>
 * </ul>
 *
 * <h2>Which analysis wins</h2>
 * Every way of peeling clitics off the word gives a candidate whose stem is looked up in the
 * lexicon (the dictionary's clitic flags must agree: a stem with a suffix must be listed with an
 * attached pronoun, a stem without one must be listed without; the article only on nouns; ب and
 * ك only before nouns, ل before nouns and imperfect verbs, س only before imperfect verbs). Each
 * candidate gets the rank of its stem:
 * <ol>
 * <li>5: a closed-class word of Isnad's function-word list, or a dictionary particle (وقد → و +
 * قد, لها → ل + ها, منه → من + ه);</li>
 * <li>4: a dictionary noun or verb, apart from imperatives (وقال → و + قال);</li>
 * <li>3: a stem of the Ayaspell spelling list only (names and loanwords: لندن); after a rare
 * clitic (see below) only when the corpus uses it;</li>
 * <li>2: a dictionary imperative only (rare in news, often a false reading of a clitic);</li>
 * <li>1: an unknown stem that is clearly a word after its proclitic: written with the article
 * (بالكاظمي → ب + الكاظمي), beginning with a hamza on alef (بأوسكار), used in the corpus
 * (بدارفور, and before a pronoun: جثمانه → جثمان + ه), or a consonant after و or ل (وتويتر,
 * لرويترز);</li>
 * <li>0: the whole word, unknown (ترمب, واشنطن).</li>
 * </ol>
 * <p>Candidates are compared by rank, except within three tiers (rank 5; ranks 3 and 4; ranks
 * 0 to 2), where corpus frequencies decide ({@link WordFrequencies}, counts f of normalised
 * forms). A split scores {@code log(rate(clitics) × (f(stem) + prior(rank)))}, with the
 * per-word rates {@link #PROCLITIC_RATE} and {@link #SUFFIX_RATE} (multiplied for several
 * clitics) and the pseudo-counts {@link #RANK_PRIOR}: the expected number of its uses. The
 * whole word scores {@code log(own + prior(rank))}, where {@code own} is the part of its corpus
 * count that its clitic readings do not explain: f(word) minus {@link #EXCESS_FACTOR} times the
 * largest expected split count, and for a common noun at most {@link #DEFINITE_FACTOR} times
 * the count of its form with the article (which no clitic reading can have). So ودعا is و +
 * دعا (دعا is frequent, ودعا rare), بلغة is ب + لغة (البلغة is never used), while وزير,
 * ولايات, بيان, بلد stay whole. Ties go to the attested stem, then to fewer clitics, then to the
 * longer stem.
 *
 * <p>Foreign names that look like clitic + stem: a word the lexicon lacks is not split into a
 * rare clitic (rate below {@value #UNSEEN_RATE}: ف, ك, first and second person suffixes) and a
 * short stem (at most {@value #UNSEEN_MAX_LENGTH} letters) that the corpus never uses (فليم); an unknown word that the corpus uses at least {@value #ATTESTED_MIN} times
 * and {@value #ATTESTED_RATIO} times more often than its split stays whole when the split needs
 * a rare clitic (rate below {@value #RARE_RATE}: مارك is not مار + ك). A split of an unknown
 * word into proclitics and a stem that the corpus hardly uses (fewer than
 * {@value #WEAK_MAX_COUNT} times, never with the article) is <em>weak</em>:
 * {@link #analyse(String, ToIntFunction)} keeps the word whole when its document repeats it and
 * never writes the stem alone (بوتر, بنيامين in an article about them).
 *
 * <p>Not thread-safe: analyses are cached per word form in a bounded LRU map. Use one instance
 * per thread (the lexicon it reads is thread-safe and shared).
 */
public class CliticAnalyser
{
    public static final String CONJUNCTIONS = "وف";
    public static final String PREPOSITIONS = "بكل";
    public static final char FUTURE = 'س';
    /** Pronoun suffixes, longest first. */
    public static final List<String> PRONOUN_SUFFIXES = List.of("هما", "هم", "هن", "ها",
            "كم", "نا", "ني", "ه", "ك", "ي");
    private static final String ARTICLE = "ال";
    private static final java.util.Set<String> THIRD_PERSON_SUFFIXES = java.util.Set.of("ه", "ها",
            "هم", "هما", "هن");
    private static final Map<String, String> PRONOUN_LEMMAS = Map.ofEntries(Map.entry("ه", "هو"),
            Map.entry("ها", "هي"), Map.entry("هم", "هم"), Map.entry("هما", "هما"),
            Map.entry("هن", "هن"), Map.entry("ك", "أنت"), Map.entry("كم", "أنتم"),
            Map.entry("كما", "أنتما"), Map.entry("كن", "أنتن"), Map.entry("ي", "أنا"),
            Map.entry("ني", "أنا"), Map.entry("نا", "نحن"));

    static final int RANK_FUNCTION = 5;
    static final int RANK_LEXICON = 4;
    static final int RANK_SPELLING = 3;
    static final int RANK_IMPERATIVE = 2;
    static final int RANK_ARTICLE_UNKNOWN = 1;
    static final int RANK_UNKNOWN = 0;

    /**
     * Pseudo-counts (smoothing priors) of a stem's corpus frequency, by rank (index = rank):
     * what a stem of that kind is worth when the corpus never saw it.
     */
    static final double[] RANK_PRIOR = { 0.02, 0.5, 0.1, 0.3, 0.3, 20 };
    /**
     * Rates of the proclitics per word of news: و from the separated conjunctions of NewsFANE
     * (7 % of its tokens); ب ل ك ف after the Arabic treebank literature; س is the rate before
     * an imperfect verb, the only place where it is tried.
     */
    static final Map<Character, Double> PROCLITIC_RATE = Map.of('و', 0.08, 'ف', 0.01, 'ب', 0.05,
            'ل', 0.04, 'ك', 0.007, 'س', 0.1);
    /** Rates of the pronoun suffixes per word, from the separated suffixes of NewsFANE. */
    static final Map<String, Double> SUFFIX_RATE = Map.ofEntries(Map.entry("ه", 0.024),
            Map.entry("ها", 0.018), Map.entry("هم", 0.0053), Map.entry("هما", 0.001),
            Map.entry("هن", 0.0002), Map.entry("نا", 0.002), Map.entry("ي", 0.002),
            Map.entry("ني", 0.0002), Map.entry("ك", 0.0015), Map.entry("كم", 0.0003));
    /** The corpus counts of a glued form must exceed this many times the expected split ones. */
    static final double EXCESS_FACTOR = 2;
    /** A common noun's own uses: at most this many times its uses with the article. */
    static final double DEFINITE_FACTOR = 2;
    /** Corpus count from which an unknown stem is taken as a word. */
    static final int CORPUS_MIN = 2;
    /**
     * Stems this short must have been seen in the corpus to be split off an unknown word by
     * clitics rarer than {@link #UNSEEN_RATE}.
     */
    static final int UNSEEN_MAX_LENGTH = 3;
    /** Clitics rarer than this (ف, ك, first and second person suffixes) need seen short stems. */
    static final double UNSEEN_RATE = 0.02;
    /** Below this corpus count a stem split off an unknown word is weakly supported. */
    static final int WEAK_MAX_COUNT = 3;
    /** Repeats of an unknown word in a document that undo a weakly supported split. */
    static final int DOCUMENT_REPEATS = 2;
    /** Corpus count from which an unknown word is attested as a whole against rare clitics. */
    static final int ATTESTED_MIN = 2;
    /** Clitic rates below this are rare: corpus counts of the whole word outweigh them. */
    static final double RARE_RATE = 0.005;
    /** Attested unknown words must be used this many times more often than their split. */
    static final double ATTESTED_RATIO = 3;
    /** Unknown stems after ل must be at least this long (ل before a consonant). */
    static final int LAM_UNKNOWN_MIN_LENGTH = 4;

    private static final int DEFAULT_CACHE_SIZE = 100_000;

    private final ArabicLexicon lexicon;
    private final Map<String, Analysis> cache;

    public CliticAnalyser(ArabicLexicon lexicon)
    {
        this(lexicon, DEFAULT_CACHE_SIZE);
    }

    public CliticAnalyser(ArabicLexicon lexicon, int cacheSize)
    {
        this.lexicon = lexicon;
        this.cache = new LinkedHashMap<>(1024, 0.75f, true)
        {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Analysis> eldest)
            {
                return size() > cacheSize;
            }
        };
    }

    /** The kinds of prefix after the optional conjunction. */
    private enum Prefix
    {
        NONE(0), BEH(1), KAF(1), LAM(1), LAM_ARTICLE(1), FUTURE(1);

        final int length;

        Prefix(int length)
        {
            this.length = length;
        }
    }

    /** A stem reading: its rank, restored form, lemma and UPOS. */
    private record Reading(int rank, String form, String lemma, String upos, boolean attested,
            boolean commonNoun)
    {
        Reading(int rank, String form, String lemma, String upos, boolean attested)
        {
            this(rank, form, lemma, upos, attested, false);
        }
    }

    private record Candidate(int conj, Prefix prefix, int stemBegin, int stemEnd, Reading stem,
            String suffix, double score, boolean weak)
    {
        Candidate(int conj, Prefix prefix, int stemBegin, int stemEnd, Reading stem,
                String suffix, double score)
        {
            this(conj, prefix, stemBegin, stemEnd, stem, suffix, score, false);
        }

        Candidate weakened()
        {
            return new Candidate(conj, prefix, stemBegin, stemEnd, stem, suffix, score, true);
        }

        int clitics()
        {
            return conj + (prefix == Prefix.NONE ? 0 : 1) + (suffix.isEmpty() ? 0 : 1);
        }
    }

    /**
     * The syntactic words of one orthographic word, in order; a single element covering the
     * whole word when nothing is split. Never null, never empty for a non-empty word.
     */
    public List<SyntacticWord> analyse(String word)
    {
        return analysis(word).words;
    }

    /**
     * The syntactic words of one orthographic word of a document. Like {@link #analyse(String)},
     * but a weakly supported split (see the class comment) is undone when the document repeats
     * the whole word and never writes its stem alone: a name such as بوتر (not ب + وتر).
     *
     * @param documentCount how often a {@linkplain #key(CharSequence) key} occurs as a whole
     *        word in the document
     */
    public List<SyntacticWord> analyse(String word, ToIntFunction<String> documentCount)
    {
        Analysis a = analysis(word);
        if (a.weakStem != null && documentCount.applyAsInt(a.key) >= DOCUMENT_REPEATS
                && documentCount.applyAsInt(a.weakStem) == 0) {
            return List.of(new SyntacticWord(0, word.length(), a.key, null, null));
        }
        return a.words;
    }

    /**
     * The lookup key of a word: its letters without diacritics, tatweel and invisible marks
     * (letters are not normalised).
     */
    public static String key(CharSequence word)
    {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == ArabicCharacters.TATWEEL || ArabicCharacters.isDiacritic(c)
                    || ArabicCharacters.isInvisibleFormat(c)) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The words of an analysis, its key, and the key of its stem when the split is weak. */
    private record Analysis(List<SyntacticWord> words, String key, String weakStem) {}

    private Analysis analysis(String word)
    {
        Analysis cached = cache.get(word);
        if (cached == null) {
            cached = analyseUncached(word);
            cache.put(word, cached);
        }
        return cached;
    }

    private Analysis analyseUncached(String word)
    {
        if (word.isEmpty()) {
            return new Analysis(List.of(), "", null);
        }
        // key: the letters without diacritics, tatweel and invisible marks; pos maps key → word
        int[] pos = new int[word.length()];
        StringBuilder sb = new StringBuilder(word.length());
        boolean arabic = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == ArabicCharacters.TATWEEL || ArabicCharacters.isDiacritic(c)
                    || ArabicCharacters.isInvisibleFormat(c)) {
                continue;
            }
            arabic &= ArabicCharacters.isArabicLetter(c);
            pos[sb.length()] = i;
            sb.append(c);
        }
        String key = sb.toString();
        if (!arabic || key.isEmpty()) {
            return new Analysis(List.of(new SyntacticWord(0, word.length(), key, null, null)), key,
                    null);
        }
        Candidate best = bestCandidate(key);
        String weakStem = best.weak ? best.stem.form : null;
        return new Analysis(Collections.unmodifiableList(toWords(word, key, pos, best)), key,
                weakStem);
    }

    private Candidate bestCandidate(String key)
    {
        int n = key.length();
        List<Candidate> candidates = new ArrayList<>();
        Candidate whole = null;
        double expectedSplit = 0;
        double maxRate = 0;
        for (int conj = 0; conj <= 1; conj++) {
            if (conj == 1 && (n < 3 || CONJUNCTIONS.indexOf(key.charAt(0)) < 0)) {
                break;
            }
            for (Prefix prefix : Prefix.values()) {
                int stemBegin = conj + prefix.length;
                if (!prefixMatches(key, conj, prefix)) {
                    continue;
                }
                for (int s = -1; s < PRONOUN_SUFFIXES.size(); s++) {
                    String suffix = s < 0 ? "" : PRONOUN_SUFFIXES.get(s);
                    if (!suffix.isEmpty() && !key.endsWith(suffix)) {
                        continue;
                    }
                    int stemEnd = n - suffix.length();
                    if (suffix.equals("ني") && !isImperfectPrefix(key.charAt(conj + prefix.length))
                            && key.charAt(stemEnd - 1) != 'ت') {
                        // ني is an object after يـ/تـ/نـ/أـ verbs or past forms in ت (ساورتني);
                        // elsewhere it ends names and nisba adjectives (بارزاني, ألماني)
                        continue;
                    }
                    if (stemEnd - stemBegin < 1) {
                        continue;
                    }
                    Reading reading = readStem(key, conj, prefix, stemBegin, stemEnd, suffix);
                    if (reading == null) {
                        continue;
                    }
                    double rate = cliticRate(key, conj, prefix, suffix);
                    String stemKey = ArabicNormalizer.normalize(reading.form);
                    int count = lexicon.frequency(stemKey);
                    if (rate < 1) {
                        expectedSplit = Math.max(expectedSplit, rate * count);
                        maxRate = Math.max(maxRate, rate);
                        Candidate c = new Candidate(conj, prefix, stemBegin, stemEnd, reading,
                                suffix, Math.log(rate) + Math.log(count + RANK_PRIOR[reading.rank]));
                        candidates.add(c);
                    }
                    else {
                        whole = new Candidate(conj, prefix, stemBegin, stemEnd, reading, suffix,
                                count);
                    }
                }
            }
        }
        if (whole != null) {
            // the corpus counts the clitic readings of the glued form too: only the excess over
            // the expected split occurrences is evidence of the whole word
            double own = whole.stem.rank < RANK_SPELLING ? 0
                    : Math.max(0, whole.score - EXCESS_FACTOR * expectedSplit);
            Reading wholeStem = whole.stem;
            if (wholeStem.rank == RANK_UNKNOWN) {
                double excess = whole.score - expectedSplit;
                if (whole.score >= ATTESTED_MIN && excess >= ATTESTED_RATIO * expectedSplit
                        && maxRate < RARE_RATE) {
                    // a word the lexicon lacks but the corpus uses far more than its clitic
                    // readings explain: a name (مارك, not مار + ك)
                    own = excess;
                    wholeStem = new Reading(RANK_SPELLING, wholeStem.form, null, null, false);
                }
            }
            if (whole.stem.commonNoun) {
                // a common noun used in its own right is also used with the article, which no
                // clitic reading can be (البلغة does not occur: بلغة is ب + لغة)
                own = Math.min(own, DEFINITE_FACTOR
                        * lexicon.frequency(ARTICLE + ArabicNormalizer.normalize(whole.stem.form)));
            }
            candidates.add(new Candidate(whole.conj, whole.prefix, whole.stemBegin, whole.stemEnd,
                    wholeStem, whole.suffix, Math.log(own + RANK_PRIOR[wholeStem.rank])));
        }
        Candidate best = null;
        boolean unknownWhole = whole != null && whole.stem.rank == RANK_UNKNOWN;
        for (Candidate c : candidates) {
            if (unknownWhole && c.clitics() > 0 && c.stem.rank < RANK_FUNCTION
                    && c.stemEnd - c.stemBegin <= UNSEEN_MAX_LENGTH
                    && cliticRate(key, c.conj, c.prefix, c.suffix) < UNSEEN_RATE
                    && !THIRD_PERSON_SUFFIXES.contains(c.suffix)
                    && lexicon.frequency(ArabicNormalizer.normalize(c.stem.form)) == 0) {
                // a rare clitic and a short stem that a news corpus never uses: فليم is not
                // ف + ليم, موجيك not موجي + ك
                continue;
            }
            if (best == null || better(c, best)) {
                best = c;
            }
        }
        if (unknownWhole && best != null && best.clitics() > 0 && best.suffix.isEmpty()
                && best.stem.rank < RANK_FUNCTION && !best.stem.form.startsWith(ARTICLE)
                && !isHamzaAlef(best.stem.form.charAt(0))) {
            String stemKey = ArabicNormalizer.normalize(best.stem.form);
            if (lexicon.frequency(stemKey) < WEAK_MAX_COUNT
                    && lexicon.frequency(ARTICLE + stemKey) == 0) {
                return best.weakened();
            }
        }
        return best;
    }

    private static double cliticRate(String key, int conj, Prefix prefix, String suffix)
    {
        double rate = 1;
        if (conj == 1) {
            rate *= PROCLITIC_RATE.get(key.charAt(0));
        }
        if (prefix != Prefix.NONE) {
            rate *= PROCLITIC_RATE.get(key.charAt(conj));
        }
        if (!suffix.isEmpty()) {
            rate *= SUFFIX_RATE.get(suffix);
        }
        return rate;
    }

    private static boolean better(Candidate a, Candidate b)
    {
        if (a.score != b.score && tier(a.stem.rank) == tier(b.stem.rank)) {
            return a.score > b.score;
        }
        if (a.stem.rank != b.stem.rank) {
            return a.stem.rank > b.stem.rank;
        }
        boolean aAttested = a.stem.attested && a.suffix.isEmpty();
        boolean bAttested = b.stem.attested && b.suffix.isEmpty();
        if (aAttested != bAttested) {
            return aAttested;
        }
        if (a.clitics() != b.clitics()) {
            return a.clitics() < b.clitics();
        }
        if (a.suffix.isEmpty() != b.suffix.isEmpty()) {
            // و+ترك rather than وتر+ك: word endings look like suffixes more often than
            // word beginnings look like proclitics
            return a.suffix.isEmpty();
        }
        return a.stemEnd - a.stemBegin > b.stemEnd - b.stemBegin;
    }

    /**
     * Ranks whose candidates are weighed by corpus frequency against each other: function words
     * alone; dictionary and spelling-list words; imperatives and unknown words.
     */
    private static int tier(int rank)
    {
        return rank == RANK_FUNCTION ? 2 : rank >= RANK_SPELLING ? 1 : 0;
    }

    private static boolean prefixMatches(String key, int conj, Prefix prefix)
    {
        int n = key.length();
        switch (prefix) {
        case NONE:
            return true;
        case BEH:
            return n > conj + 2 && key.charAt(conj) == 'ب';
        case KAF:
            return n > conj + 2 && key.charAt(conj) == 'ك';
        case LAM:
            return n > conj + 1 && key.charAt(conj) == 'ل';
        case LAM_ARTICLE:
            return n > conj + 3 && key.charAt(conj) == 'ل' && key.charAt(conj + 1) == 'ل';
        case FUTURE:
            if (n <= conj + 3 || key.charAt(conj) != FUTURE) {
                return false;
            }
            char next = key.charAt(conj + 1);
            return next == 'ي' || next == 'ت' || next == 'ن' || next == 'أ';
        default:
            return false;
        }
    }

    /** The best reading of the stem under these clitics, or null when they do not fit. */
    private Reading readStem(String key, int conj, Prefix prefix, int stemBegin, int stemEnd,
            String suffix)
    {
        String surface = key.substring(stemBegin, stemEnd);
        boolean whole = conj == 0 && prefix == Prefix.NONE && suffix.isEmpty();
        if (prefix == Prefix.LAM_ARTICLE) {
            if (!suffix.isEmpty()) {
                return null;
            }
            // ل + ال: the stem "لحكومة" is "الحكومة"
            return readDefinite("ا" + surface, surface.substring(1), prefix, true);
        }
        // function words
        Reading function = readFunctionWord(surface, prefix, suffix, whole);
        Reading best = function;
        if (best != null && best.rank == RANK_FUNCTION) {
            return best;
        }
        Reading lexical;
        if (suffix.isEmpty() && surface.startsWith(ARTICLE) && surface.length() > 3) {
            lexical = readDefinite(surface, surface.substring(2), prefix, !whole);
            if (lexical == null) {
                lexical = readLexical(surface, prefix, suffix);
            }
        }
        else {
            lexical = readLexical(surface, prefix, suffix);
        }
        if (lexical != null && (best == null || lexical.rank > best.rank)) {
            best = lexical;
        }
        if (best == null && suffix.isEmpty() && prefix != Prefix.FUTURE
                && lexicon.isSpellingWord(surface)
                && (whole || lexicon.frequency(ArabicNormalizer.normalize(surface)) > 0
                        || cliticRate(key, conj, prefix, suffix) >= UNSEEN_RATE)) {
            // a name or loanword of the spelling list (فيلم, لندن, واشنطن); after a rare clitic
            // only when the corpus uses it, as the list also holds rare and odd stems (ليم)
            best = new Reading(RANK_SPELLING, surface, null, null, true);
        }
        if (best == null && !whole && suffix.isEmpty() && prefix != Prefix.FUTURE
                && surface.length() >= 3 && clearUnknownStem(key, conj, prefix, surface)) {
            best = new Reading(RANK_ARTICLE_UNKNOWN, surface, null, null, false);
        }
        if (best == null && (THIRD_PERSON_SUFFIXES.contains(suffix) || suffix.equals("نا"))
                && prefix != Prefix.FUTURE && surface.length() >= 3) {
            // a stem the dictionary lacks but the corpus uses, before a pronoun (جثمانه)
            String form = surface;
            if (surface.endsWith("ت")) {
                String feminine = surface.substring(0, surface.length() - 1) + "ة";
                if (lexicon.frequency(ArabicNormalizer.normalize(feminine)) >= CORPUS_MIN) {
                    form = feminine;
                }
            }
            if (lexicon.frequency(ArabicNormalizer.normalize(form)) >= CORPUS_MIN) {
                best = new Reading(RANK_ARTICLE_UNKNOWN, form, null, null, false);
            }
        }
        if (best == null && whole) {
            best = new Reading(RANK_UNKNOWN, surface, null, null, false);
        }
        return best;
    }

    private Reading readFunctionWord(String surface, Prefix prefix, String suffix, boolean whole)
    {
        FunctionWord fw = lexicon.functionWordExact(surface);
        if (fw == null) {
            fw = lexicon.functionWord(surface);
            // a whole word spelled like a function word only after normalisation (علي for على)
            // is that function word only when the dictionary does not know the exact spelling
            if (fw != null && suffix.isEmpty() && !lexicon.lookup(surface).isEmpty()) {
                fw = null;
            }
        }
        if (fw != null && functionWordFits(fw, prefix, suffix)) {
            String form = suffix.isEmpty() ? surface : fw.text();
            return new Reading(RANK_FUNCTION, form, fw.lemma(), fw.upos(), true);
        }
        if (!suffix.isEmpty()) {
            // dictionary particles with their pronoun: له, بها, منها
            for (LexiconEntry e : lexicon.lookup(surface + suffix)) {
                if (e.isParticle() && e.hasAttachedPronoun() && prefix == Prefix.NONE
                        && ArabicNormalizer.normalize(e.lemma())
                                .equals(ArabicNormalizer.normalize(surface))) {
                    return new Reading(RANK_FUNCTION, surface, e.lemma(), "ADP", true);
                }
            }
        }
        else if (!whole || surface.length() > 1) {
            for (LexiconEntry e : lexicon.lookup(surface)) {
                if (e.isParticle() && !e.hasAttachedPronoun() && prefix != Prefix.FUTURE) {
                    return new Reading(RANK_FUNCTION, surface, e.lemma(), "ADP", true);
                }
            }
        }
        return null;
    }

    private static boolean functionWordFits(FunctionWord fw, Prefix prefix, String suffix)
    {
        if (!suffix.isEmpty() && !fw.takesPronoun()) {
            return false;
        }
        String upos = fw.upos();
        switch (prefix) {
        case NONE:
            return true;
        case FUTURE:
            return upos.equals("AUX") && isImperfectPrefix(fw.text().charAt(0));
        case LAM:
            if (upos.equals("AUX") && isImperfectPrefix(fw.text().charAt(0))) {
                return true;
            }
            // fall through: ل like ب and ك before nominal words and أن
        case BEH:
        case KAF:
            return upos.equals("PRON") || upos.equals("DET") || upos.equals("NOUN")
                    || fw.text().equals("أن") || fw.text().equals("لا");
        default:
            return false;
        }
    }

    /**
     * Whether an unknown stem after these proclitics is clearly a word of its own: it starts
     * with a hamza on alef (وإدواردو, بأوسكار: a hamza seat begins a word), the corpus uses it
     * (بدارفور), or it follows و or ل with a consonant (وتويتر, لرويترز), where a transliterated
     * name beginning with W or L would show a vowel letter (ويلز, لوكاس).
     */
    private boolean clearUnknownStem(String key, int conj, Prefix prefix, String surface)
    {
        if (isHamzaAlef(surface.charAt(0))
                || lexicon.frequency(ArabicNormalizer.normalize(surface)) >= CORPUS_MIN) {
            return true;
        }
        if (isVowelLetter(surface.charAt(0))) {
            return false;
        }
        return conj == 1 && prefix == Prefix.NONE && key.charAt(0) == 'و'
                || prefix == Prefix.LAM && surface.length() >= LAM_UNKNOWN_MIN_LENGTH;
    }

    private static boolean isVowelLetter(char c)
    {
        return c == ArabicNormalizer.ALEF || c == 'و' || c == ArabicNormalizer.YEH
                || c == ArabicNormalizer.ALEF_MAKSURA;
    }

    private static boolean isHamzaAlef(char c)
    {
        return c == ArabicNormalizer.ALEF_HAMZA_ABOVE || c == ArabicNormalizer.ALEF_HAMZA_BELOW
                || c == ArabicNormalizer.ALEF_MADDA;
    }

    private static boolean isImperfectPrefix(char c)
    {
        return c == 'ي' || c == 'ت' || c == 'ن' || c == 'أ';
    }

    /** A noun with the article: {@code form} as restored, {@code bare} without the article. */
    private Reading readDefinite(String form, String bare, Prefix prefix, boolean proclitic)
    {
        if (bare.length() < 2) {
            return null;
        }
        FunctionWord fw = lexicon.functionWordExact(form);
        if (fw != null) {
            return functionWordFits(fw, prefix == Prefix.LAM_ARTICLE ? Prefix.LAM : prefix, "")
                    ? new Reading(RANK_FUNCTION, form, fw.lemma(), fw.upos(), true)
                    : null;
        }
        List<LexiconEntry> fits = new ArrayList<>();
        for (LexiconEntry e : lexicon.lookupTolerant(bare)) {
            if (e.isNoun() && !e.hasAttachedPronoun()
                    && (prefix == Prefix.NONE || e.isGenitiveCompatible())) {
                fits.add(e);
            }
        }
        if (fits.isEmpty()) {
            if (prefix == Prefix.FUTURE) {
                return null;
            }
            // an unknown word with the article: a name or a transliteration
            return new Reading(proclitic ? RANK_ARTICLE_UNKNOWN : RANK_UNKNOWN, form, null, null,
                    false);
        }
        return lexicalReading(form, fits, false, lexicon.isSpellingWord(bare));
    }

    private Reading readLexical(String surface, Prefix prefix, String suffix)
    {
        List<LexiconEntry> entries;
        if (suffix.isEmpty()) {
            entries = lexicon.lookupTolerant(surface);
        }
        else if (suffix.equals("ي")) {
            entries = lexicon.lookup(surface + "ي");
        }
        else {
            entries = lexicon.lookup(surface + "ه");
        }
        List<LexiconEntry> fits = new ArrayList<>();
        for (LexiconEntry e : entries) {
            if (e.isParticle() || e.hasAttachedPronoun() != !suffix.isEmpty()) {
                continue;
            }
            if (suffix.equals("ني") && !e.isVerb() || suffix.equals("ي") && e.isVerb()) {
                continue;
            }
            boolean ok = switch (prefix) {
                case NONE -> true;
                case BEH, KAF -> e.isGenitiveCompatible();
                case LAM -> e.isGenitiveCompatible() || e.isImperfectVerb();
                case FUTURE -> e.isImperfectVerb();
                default -> false;
            };
            if (ok) {
                fits.add(e);
            }
        }
        if (fits.isEmpty()) {
            return null;
        }
        Reading reading = lexicalReading(surface, fits, !suffix.isEmpty(), false);
        boolean attested = lexicon.isSpellingWord(reading.form);
        if (!attested && !suffix.isEmpty() && !THIRD_PERSON_SUFFIXES.contains(suffix)) {
            // first and second person suffixes are rare in news: only on attested stems
            // (بلينكن is not بلين + كن, بارزاني not بارزا + ني)
            return null;
        }
        return new Reading(reading.rank, reading.form, reading.lemma, reading.upos, attested,
                reading.commonNoun);
    }

    private static Reading lexicalReading(String surface, List<LexiconEntry> fits,
            boolean beforeSuffix, boolean attested)
    {
        boolean allImperative = true;
        boolean commonNoun = true;
        Map<String, Integer> lemmaCounts = new HashMap<>();
        String upos = null;
        boolean uposAgrees = true;
        for (LexiconEntry e : fits) {
            allImperative &= e.isImperativeVerb();
            commonNoun &= e.isNoun() && !e.upos().equals("PROPN");
            lemmaCounts.merge(e.lemma(), 1, Integer::sum);
            String u = e.upos();
            if (upos == null) {
                upos = u;
            }
            else if (!upos.equals(u)) {
                uposAgrees = false;
            }
        }
        String lemma = null;
        int bestCount = 0;
        for (LexiconEntry e : fits) {
            int count = lemmaCounts.get(e.lemma());
            if (count > bestCount) {
                bestCount = count;
                lemma = e.lemma();
            }
        }
        String form = surface;
        if (beforeSuffix && lemma != null && lemma.endsWith("ة") && surface.endsWith("ت")) {
            form = surface.substring(0, surface.length() - 1) + "ة";
        }
        return new Reading(allImperative ? RANK_IMPERATIVE : RANK_LEXICON, form, lemma,
                uposAgrees ? upos : null, attested, commonNoun);
    }

    private static List<SyntacticWord> toWords(String word, String key, int[] pos, Candidate c)
    {
        int n = key.length();
        List<SyntacticWord> words = new ArrayList<>(3);
        int at = 0;
        if (c.conj == 1) {
            String form = key.substring(0, 1);
            words.add(part(word, pos, n, 0, 1, form, form, "CCONJ"));
            at = 1;
        }
        if (c.prefix != Prefix.NONE) {
            String form = key.substring(at, at + 1);
            String upos = c.prefix == Prefix.FUTURE ? "AUX"
                    : c.prefix == Prefix.LAM && "VERB".equals(c.stem.upos) ? "PART" : "ADP";
            words.add(part(word, pos, n, at, at + 1, form, form, upos));
        }
        words.add(part(word, pos, n, c.stemBegin, c.stemEnd, c.stem.form, c.stem.lemma,
                c.stem.upos));
        if (!c.suffix.isEmpty()) {
            words.add(part(word, pos, n, c.stemEnd, n, c.suffix, PRONOUN_LEMMAS.get(c.suffix),
                    "PRON"));
        }
        return words;
    }

    private static SyntacticWord part(String word, int[] pos, int n, int from, int to,
            String form, String lemma, String upos)
    {
        int begin = from == 0 ? 0 : pos[from];
        int end = to == n ? word.length() : pos[to];
        return new SyntacticWord(begin, end, form, lemma, upos);
    }
}
