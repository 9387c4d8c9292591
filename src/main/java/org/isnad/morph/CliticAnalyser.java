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
 * and كن are left out: rare in news, and they end names such as بلينكن); ني only after verbs, ي only after nouns and
 * particles; first and second person suffixes (ك كم كما كن ي ني نا) only on stems that the
 * spelling list attests, as they are rare in news. The stem's surface changes are restored in the form: عليه → على + ه,
 * حكومته → حكومة + ه.</li>
 * </ul>
 *
 * <h2>Which analysis wins</h2>
 * Every way of peeling clitics off the word gives a candidate whose stem is looked up in the
 * lexicon (the dictionary's clitic flags must agree: a stem with a suffix must be listed with an
 * attached pronoun, a stem without one must be listed without; the article only on nouns). Each
 * candidate gets the rank of its stem:
 * <ol>
 * <li>4: a closed-class word of Isnad's function-word list, or a dictionary particle (وقد → و +
 * قد, لها → ل + ها, منه → من + ه);</li>
 * <li>3: a dictionary noun or verb, apart from imperatives (وقال → و + قال);</li>
 * <li>2: a dictionary imperative only (rare in news, often a false reading of a clitic);</li>
 * <li>1: an unknown stem written with the article after a clear proclitic (بالكاظمي → ب +
 * الكاظمي, للكاظمي → ل + الكاظمي);</li>
 * <li>0: the whole word, unknown (ترمب, واشنطن).</li>
 * </ol>
 * The highest rank wins; among equal ranks, the candidate with fewer clitics, so a known word is
 * never split into other known words (وزير, ولايات, بيان, بلد stay whole); then the longer
 * stem. Words the lexicon lacks are split only at a proclitic before the article.
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

    /** Pseudo-counts of a stem by rank (index = rank): the smoothing prior of its frequency. */
    static final double[] RANK_PRIOR = { Double.parseDouble(System.getProperty("p0", "0.02")),
            Double.parseDouble(System.getProperty("p1", "0.5")),
            Double.parseDouble(System.getProperty("p2", "0.1")),
            Double.parseDouble(System.getProperty("p3", "0.3")),
            Double.parseDouble(System.getProperty("p4", "1")),
            Double.parseDouble(System.getProperty("p5", "20")) };
    /** Prior rate of each proclitic and suffix per word of news. */
    static final Map<String, Double> CLITIC_RATE = Map.ofEntries(
            Map.entry("و", Double.parseDouble(System.getProperty("qw", "0.08"))),
            Map.entry("ف", Double.parseDouble(System.getProperty("qf", "0.01"))),
            Map.entry("ب", Double.parseDouble(System.getProperty("qb", "0.05"))),
            Map.entry("ل", Double.parseDouble(System.getProperty("ql", "0.04"))),
            Map.entry("ك", Double.parseDouble(System.getProperty("qk", "0.007"))),
            Map.entry("س", Double.parseDouble(System.getProperty("qs", "0.01"))));
    static final Map<String, Double> SUFFIX_RATE = Map.ofEntries(
            Map.entry("ه", Double.parseDouble(System.getProperty("sh", "0.024"))),
            Map.entry("ها", Double.parseDouble(System.getProperty("sha", "0.018"))),
            Map.entry("هم", Double.parseDouble(System.getProperty("shm", "0.0053"))),
            Map.entry("هما", 0.001), Map.entry("هن", 0.0002),
            Map.entry("نا", Double.parseDouble(System.getProperty("sna", "0.002"))),
            Map.entry("ي", Double.parseDouble(System.getProperty("sy", "0.002"))),
            Map.entry("ني", 0.0002),
            Map.entry("ك", Double.parseDouble(System.getProperty("sk", "0.0015"))),
            Map.entry("كم", 0.0003));
    static final boolean OLD = Boolean.getBoolean("old");
    static final boolean ALL = Boolean.getBoolean("all");
    static final boolean DEBUG = Boolean.getBoolean("debug");
    static final boolean UNSEEN_SUF = Boolean.getBoolean("unseensuf");
    static final boolean DICT_SUFFIX = Boolean.getBoolean("dictsuf");
    static final double RARE_RATE = Double.parseDouble(System.getProperty("rare", "0.01"));
    static final boolean SPELL_POS = !Boolean.getBoolean("nospellpos");
    static final boolean LAM_RULE = Boolean.getBoolean("lamrule");
    static final boolean BEH_RULE = Boolean.getBoolean("behrule");
    static final int LAM_LEN = Integer.getInteger("lamlen", 4);
    static final int ATTEST_MIN = Integer.getInteger("amin", 3);
    static final double ATTEST_RATIO = Double.parseDouble(System.getProperty("aratio", "3"));
    static final boolean WEAK_SUFFIX = Boolean.getBoolean("weaksuf");
    static final boolean NA = !Boolean.getBoolean("nona");
    static final double WHOLE_PRIOR_FACTOR = Double.parseDouble(System.getProperty("wf", "1"));
    static final int WEAK_MAX = Integer.getInteger("weak", 3);
    static final boolean WEAK_DEF = !Boolean.getBoolean("noweakdef");
    static final int DOCUMENT_REPEATS = Integer.getInteger("repeats", 2);
    static final boolean STEM_DEF = Boolean.getBoolean("stemdef");
    static final boolean WAW_RULE = !Boolean.getBoolean("nowaw");
    static final boolean SUFFIX_RULE = !Boolean.getBoolean("nosuf");
    static final int UNSEEN_MAX = Integer.getInteger("unseen", 3);
    static final int UNSEEN_COUNT = Integer.getInteger("ucount", 1);
    static final boolean SPELL_FREQ = !Boolean.getBoolean("nospell");
    static final boolean HAMZA_START = !Boolean.getBoolean("nohamza");
    static final int CORPUS_MIN = Integer.getInteger("cmin", 2);
    static final boolean USE_DEF = !Boolean.getBoolean("nodef");
    static final boolean LOW = !Boolean.getBoolean("nolow");
    static final double DEF_FACTOR = Double.parseDouble(System.getProperty("def", "2"));

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
                    if (STEM_DEF && rate < 1 && reading.commonNoun && !stemKey.startsWith("ال")) {
                        count += lexicon.frequency("ال" + stemKey);
                    }
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
            if (wholeStem.rank == RANK_UNKNOWN && ATTEST_MIN > 0) {
                double excess = whole.score - expectedSplit;
                if (whole.score >= ATTEST_MIN && excess >= ATTEST_RATIO * expectedSplit
                        && maxRate < RARE_RATE) {
                    // a word the lexicon lacks but the corpus uses far more than its clitic
                    // readings explain: a name (مارك, not مار + ك)
                    own = excess;
                    wholeStem = new Reading(RANK_SPELLING, wholeStem.form, null, null, false);
                }
            }
            if (whole.stem.commonNoun && USE_DEF) {
                own = Math.min(own, DEF_FACTOR * lexicon.frequency("ال" + ArabicNormalizer.normalize(whole.stem.form)));
            }
            candidates.add(new Candidate(whole.conj, whole.prefix, whole.stemBegin, whole.stemEnd,
                    wholeStem, whole.suffix, Math.log(own + WHOLE_PRIOR_FACTOR * RANK_PRIOR[wholeStem.rank])));
        }
        Candidate best = null;
        boolean unknownWhole = whole != null && whole.stem.rank == RANK_UNKNOWN;
        for (Candidate c : candidates) {
            if (unknownWhole && c != candidates.get(candidates.size() - 1)
                    && c.stem.rank < RANK_FUNCTION && c.stemEnd - c.stemBegin <= UNSEEN_MAX
                    && !(UNSEEN_SUF && THIRD_PERSON_SUFFIXES.contains(c.suffix))
                    && lexicon.frequency(ArabicNormalizer.normalize(c.stem.form)) < UNSEEN_COUNT) {
                continue;
            }
            if (DEBUG) System.err.println("  " + key + " " + c);
            if (best == null || better(c, best)) {
                best = c;
            }
        }
        if (unknownWhole && best != null && best.clitics() > 0 && (best.suffix.isEmpty() || WEAK_SUFFIX && !THIRD_PERSON_SUFFIXES.contains(best.suffix))
                && best.stem.rank < RANK_FUNCTION && !best.stem.form.startsWith(ARTICLE)
                && !isHamzaAlef(best.stem.form.charAt(0))
                && lexicon.frequency(ArabicNormalizer.normalize(best.stem.form)) < WEAK_MAX
                && (!WEAK_DEF || lexicon.frequency("ال" + ArabicNormalizer.normalize(best.stem.form)) == 0)) {
            return best.weakened();
        }
        return best;
    }

    static final double EXCESS_FACTOR = Double.parseDouble(System.getProperty("k", "2"));

    private static double cliticRate(String key, int conj, Prefix prefix, String suffix)
    {
        double rate = 1;
        if (conj == 1) {
            rate *= CLITIC_RATE.get(key.substring(0, 1));
        }
        if (prefix != Prefix.NONE) {
            rate *= CLITIC_RATE.get(key.substring(conj, conj + 1));
        }
        if (!suffix.isEmpty()) {
            rate *= SUFFIX_RATE.get(suffix);
        }
        return rate;
    }

    private static boolean better(Candidate a, Candidate b)
    {
        if (!OLD && a.score != b.score && (ALL || a.stem.rank >= RANK_SPELLING && b.stem.rank >= RANK_SPELLING && a.stem.rank < RANK_FUNCTION && b.stem.rank < RANK_FUNCTION
                || LOW && a.stem.rank <= RANK_IMPERATIVE && b.stem.rank <= RANK_IMPERATIVE)) {
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
                && (whole || !SPELL_FREQ || lexicon.frequency(ArabicNormalizer.normalize(surface)) > 0)
                && (whole || !SPELL_POS || lexicon.lookupTolerant(surface).isEmpty())) {
            // a name or loanword of the spelling list (فيلم, لندن, واشنطن)
            best = new Reading(RANK_SPELLING, surface, null, null, true);
        }
        if (best == null && !whole && suffix.isEmpty() && prefix != Prefix.FUTURE
                && surface.length() >= 3 && (HAMZA_START && isHamzaAlef(surface.charAt(0))
                        || lexicon.frequency(ArabicNormalizer.normalize(surface)) >= CORPUS_MIN
                        || WAW_RULE && conj == 1 && prefix == Prefix.NONE && key.charAt(0) == 'و'
                                && !isVowelLetter(surface.charAt(0))
                        || LAM_RULE && prefix == Prefix.LAM && surface.length() >= LAM_LEN
                                && !isVowelLetter(surface.charAt(0))
                        || BEH_RULE && prefix == Prefix.BEH && surface.length() >= LAM_LEN
                                && !isVowelLetter(surface.charAt(0)))) {
            best = new Reading(RANK_ARTICLE_UNKNOWN, surface, null, null, false);
        }
        if (best == null && SUFFIX_RULE && (THIRD_PERSON_SUFFIXES.contains(suffix) || NA && suffix.equals("نا"))
                && prefix != Prefix.FUTURE && surface.length() >= 3) {
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
            else if (DICT_SUFFIX && THIRD_PERSON_SUFFIXES.contains(suffix)) {
                // the dictionary lists the stem but not its form with a pronoun (سلخ, غيب)
                for (LexiconEntry e : lexicon.lookup(form)) {
                    if ((e.isNoun() || e.isVerb()) && !e.hasAttachedPronoun()) {
                        best = new Reading(RANK_ARTICLE_UNKNOWN, form, e.lemma(), null, false);
                        break;
                    }
                }
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
