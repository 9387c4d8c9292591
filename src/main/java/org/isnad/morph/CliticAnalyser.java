package org.isnad.morph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    static final int RANK_FUNCTION = 4;
    static final int RANK_LEXICON = 3;
    static final int RANK_IMPERATIVE = 2;
    static final int RANK_ARTICLE_UNKNOWN = 1;
    static final int RANK_UNKNOWN = 0;

    private static final int DEFAULT_CACHE_SIZE = 100_000;

    private final ArabicLexicon lexicon;
    private final Map<String, List<SyntacticWord>> cache;

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
            protected boolean removeEldestEntry(Map.Entry<String, List<SyntacticWord>> eldest)
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
    private record Reading(int rank, String form, String lemma, String upos, boolean attested) {}

    private record Candidate(int conj, Prefix prefix, int stemBegin, int stemEnd, Reading stem,
            String suffix)
    {
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
        List<SyntacticWord> cached = cache.get(word);
        if (cached == null) {
            cached = Collections.unmodifiableList(analyseUncached(word));
            cache.put(word, cached);
        }
        return cached;
    }

    private List<SyntacticWord> analyseUncached(String word)
    {
        if (word.isEmpty()) {
            return List.of();
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
            return List.of(new SyntacticWord(0, word.length(), key, null, null));
        }
        Candidate best = bestCandidate(key);
        return toWords(word, key, pos, best);
    }

    private Candidate bestCandidate(String key)
    {
        int n = key.length();
        Candidate best = null;
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
                    Candidate candidate = new Candidate(conj, prefix, stemBegin, stemEnd, reading,
                            suffix);
                    if (best == null || better(candidate, best)) {
                        best = candidate;
                    }
                }
            }
        }
        return best;
    }

    private static boolean better(Candidate a, Candidate b)
    {
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
                && lexicon.isSpellingWord(surface)) {
            // a name or loanword of the spelling list (فيلم, لندن, واشنطن)
            best = new Reading(RANK_LEXICON, surface, null, null, true);
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
        return new Reading(reading.rank, reading.form, reading.lemma, reading.upos, attested);
    }

    private static Reading lexicalReading(String surface, List<LexiconEntry> fits,
            boolean beforeSuffix, boolean attested)
    {
        boolean allImperative = true;
        Map<String, Integer> lemmaCounts = new HashMap<>();
        String upos = null;
        boolean uposAgrees = true;
        for (LexiconEntry e : fits) {
            allImperative &= e.isImperativeVerb();
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
                uposAgrees ? upos : null, attested);
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
