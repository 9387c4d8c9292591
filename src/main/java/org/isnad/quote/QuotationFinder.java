package org.isnad.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds direct, indirect and mixed quotations in Arabic news text, with their cue and speaker.
 * Plain Java over {@link QuoteWord}s and optional named-entity mentions; no CAS.
 *
 * <p><b>Direct quotations</b> are mark pairs ({@link QuoteMarks}) holding at least
 * {@code minWords} words, or fewer right after a cue or a colon; shorter pairs (titles, names,
 * scare quotes: «داعش») are not quotations. A pair nested in a quotation is a quotation of its own
 * only when a reporting verb inside the outer quotation introduces it. An unclosed mark is a
 * quotation only after a cue, and ends at its paragraph.
 *
 * <p>The <b>cue</b> of a direct quotation is, in order: the reporting verb governing a
 * complementiser right before the opening mark (قال إن "..."); the nearest reporting verb,
 * participle or agentless phrase (وجاء في) to its left in the same sentence, passing over titles
 * in marks but not over another quotation; a cue right after the closing mark ("..." قال ترمب,
 * "...", وفقا للبيان, كما نقل عنه البيان), which also serves the first part of a quotation
 * interrupted by its cue; else none, and the quotation continues the previous speaker when that
 * quotation is in the same or the previous paragraph.
 *
 * <p><b>Indirect quotations</b>: a complementiser (أن إن بأن with or without a pronoun suffix,
 * also after إلى/على) governed by a reporting verb or participle at most 25 words to its left
 * in the same sentence (a verb bound in a source phrase such as بحسب ما أعلنت does not govern;
 * background formulas such as يذكر أن report nobody), or a verb with its preposition (شدد على).
 * The span is the reported clause after the complementiser up to the sentence end, a semicolon, or
 * a closing boundary: a comma before a participial cue (مضيفا), a source phrase (وفق ...) or a new
 * reporting clause (فيما أكد, حيث أثنى). A clause holding a direct quotation is <b>mixed</b>.
 * Complementisers inside a quotation are not read again.
 *
 * <p><b>Speakers</b>, in order: the subject after the verb (VSO, with titles, apposition
 * «الرئيس الأميركي، دونالد ترامب،» and nominal sources); the subject before it (SVO); for a
 * participle, the speaker of the previous cue of the sentence; for a pro-drop verb, that speaker,
 * then the first person named earlier in the sentence, then the most recent speaker of the
 * document whose gender agrees with the verb. A title alone (وزير خارجية العراق) is the person
 * that title was given to earlier in the document, else the latest person speaker. A name is
 * canonicalised to the longest name of the document ending with it (الكاظمي → مصطفى الكاظمي), or
 * to the entity's longest mention when named entities are given.
 *
 * <p>A finder caches the verb analysis of frequent words and is therefore not thread-safe: use
 * one per thread (one per annotator instance).
 */
public final class QuotationFinder
{
    /** Quotation kinds. */
    public enum Kind
    {
        DIRECT, INDIRECT, MIXED;

        public String label()
        {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A named-entity mention given to the finder. */
    public record Mention(int begin, int end, String type, String identifier)
    {
    }

    /** A quotation found; offsets are document offsets, -1 where there is no source or cue. */
    public record Found(int begin, int end, Kind kind, String speaker, String speakerId,
            int sourceBegin, int sourceEnd, int cueBegin, int cueEnd)
    {
    }

    /** Tunable limits. */
    public record Settings(int minWords, int maxChars)
    {
        public static final Settings DEFAULT = new Settings(3, 5000);
    }

    static final Set<String> PREPOSITIONS = Set.of("في", "علي", "عن", "من", "الي", "مع", "خلال",
            "بعد", "قبل", "حول", "منذ", "عبر", "امام", "لدي", "عند", "ضد", "نحو", "تجاه", "اثر",
            "بشان", "حتي", "دون", "عقب", "اثناء", "وفي", "وعلي", "بين", "ازاء", "وسط", "فوق", "تحت");
    static final Set<String> FUNCTION_WORDS = Set.of("قد", "لقد", "فقد", "وقد", "ما", "لا", "لم",
            "لن", "الذي", "التي", "الذين", "اللذين", "اللذان", "اللتان", "اللواتي", "هذا", "هذه",
            "ذلك", "تلك", "هو", "هي", "هم", "كما", "فيما", "بينما", "حيث", "ثم", "او", "ايضا",
            "مجددا", "كذلك", "اليوم", "امس", "غدا", "الان", "مساء", "صباح", "ظهر", "ليل", "الاحد",
            "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "يوم", "صادر",
            "الصادر", "الصادره", "صادره", "و", "ف", "ب", "ل", "ان", "اذ", "اذا", "لان", "حين",
            "عندما", "بعدما", "كل", "بعض", "نفسه", "له", "لها", "لي", "لنا", "لهم", "فيه", "فيها", "منه",
            "عنه", "عنها", "قوله", "قولها");
    static final Set<String> PREPOSITIONAL_PRONOUNS = Set.of("لي", "له", "لها", "لنا", "لهم",
            "لكم", "لهما");
    static final Set<String> CONNECTORS = Set.of("فيما", "بينما", "حيث", "كما", "ثم", "وكما");
    private static final Set<String> COMPLEMENTISERS = new HashSet<>();
    static {
        for (String prefix : new String[] { "", "ب" }) {
            for (String suffix : new String[] { "", "ه", "ها", "هم", "هما", "هن", "نا", "ني",
                    "كم" }) {
                COMPLEMENTISERS.add(prefix + "ان" + suffix);
            }
        }
    }

    private final CueLexicon cues;
    private final SpeakerLexicon speakers;
    private final Settings settings;

    public QuotationFinder(CueLexicon cues, SpeakerLexicon speakers, Settings settings)
    {
        this.cues = cues;
        this.speakers = speakers;
        this.settings = settings;
    }

    /**
     * Finds the quotations of one document.
     *
     * @param mentions
     *            named-entity mentions (may be empty)
     * @return the quotations in document order
     */
    public List<Found> find(String text, List<QuoteWord> words, List<Mention> mentions)
    {
        if (words.isEmpty()) {
            return List.of();
        }
        return new Run(text, words, mentions).run();
    }

    /** Verb matches of frequent words, per finder (a finder serves one thread). */
    private final Map<String, Optional<CueLexicon.VerbMatch>> verbCache =
            new java.util.LinkedHashMap<>(4096, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(
                        Map.Entry<String, Optional<CueLexicon.VerbMatch>> eldest)
                {
                    return size() > 50_000;
                }
            };

    private CueLexicon.VerbMatch matchVerb(QuoteWord word)
    {
        String key = word.lemmas().isEmpty() && word.verbTag() == null ? word.norm()
                : word.norm() + '|' + word.verbTag() + '|' + String.join("|", word.lemmas());
        Optional<CueLexicon.VerbMatch> match = verbCache.get(key);
        if (match == null) {
            match = Optional.ofNullable(cues.matchVerb(word.norm(), word.lemmas(), word.verbTag()));
            verbCache.put(key, match);
        }
        return match.orElse(null);
    }

    static boolean isComplementiser(String norm)
    {
        return COMPLEMENTISERS.contains(norm);
    }

    /** A complementiser word; آن (alef madda) is a name, never a complementiser. */
    static boolean isComplementiser(QuoteWord word)
    {
        return !word.punctuation() && COMPLEMENTISERS.contains(word.norm())
                && !word.text().startsWith("\u0622");
    }

    /** The state of one document. */
    private final class Run
    {
        private final String text;
        private final List<QuoteWord> w;
        private final int n;
        private final CueLexicon.VerbMatch[] verb;
        private final int[] sentence;
        private final int[] paragraph;
        private final QuoteMarks.Pair[] pairAtOpen;
        private final QuoteMarks.Pair[] pairAtClose;
        private final boolean[] quotationPair;
        private final Mention[] mentionAt;
        private final int[] mentionEndWord;
        private final Map<String, String> canonicalById = new HashMap<>();
        private final Map<String, String> nameByLastWord = new HashMap<>();
        private final List<Alias> aliases = new ArrayList<>();
        private final List<Speaker> salience = new ArrayList<>();
        private final Map<Integer, Speaker> speakerOfCue = new HashMap<>();
        private final List<Found> found = new ArrayList<>();
        private final boolean[] reported;
        private final byte[] stopMemo;
        private final SpeakerLexicon.Label[] labelMemo;
        private final boolean[] labelKnown;
        private final List<CueLexicon.Phrase>[] phraseMemo;
        private Found lastFound;
        private boolean anaphora = true;
        private int lastFoundParagraph = -10;

        Run(String text, List<QuoteWord> words, List<Mention> mentions)
        {
            this.text = text;
            this.w = words;
            this.n = words.size();
            verb = new CueLexicon.VerbMatch[n];
            reported = new boolean[n];
            stopMemo = new byte[n];
            labelMemo = new SpeakerLexicon.Label[n];
            labelKnown = new boolean[n];
            @SuppressWarnings("unchecked")
            List<CueLexicon.Phrase>[] phrases = new List[n];
            phraseMemo = phrases;
            sentence = new int[n];
            paragraph = new int[n];
            int s = 0;
            int p = 0;
            for (int i = 0; i < n; i++) {
                QuoteWord word = words.get(i);
                if (i > 0 && (word.lineBreakBefore() || isSentenceFinal(words.get(i - 1)))) {
                    s++;
                }
                if (i > 0 && word.lineBreakBefore()) {
                    p++;
                }
                sentence[i] = s;
                paragraph[i] = p;
                if (!word.punctuation() && QuoteText.isArabicWord(word.text())) {
                    verb[i] = matchVerb(word);
                }
            }
            pairAtOpen = new QuoteMarks.Pair[n];
            pairAtClose = new QuoteMarks.Pair[n];
            quotationPair = new boolean[n];
            for (QuoteMarks.Pair pair : QuoteMarks.pair(text, words, settings.maxChars())) {
                pairAtOpen[pair.open()] = pair;
                if (pair.closed()) {
                    pairAtClose[pair.close()] = pair;
                }
            }
            for (int i = 0; i < n; i++) {
                if (pairAtOpen[i] != null) {
                    quotationPair[i] = isQuotationPair(pairAtOpen[i]);
                }
            }
            mentionAt = new Mention[n];
            mentionEndWord = new int[n];
            mapMentions(mentions);
            learnNames();
        }

        List<Found> run()
        {
            int i = 0;
            while (i < n) {
                QuoteMarks.Pair pair = pairAtOpen[i];
                if (pair != null && quotationPair[i]) {
                    i = direct(pair, -1) + 1;
                }
                else if (isComplementiser(w.get(i))) {
                    i = complementiser(i) + 1;
                }
                else if (verb[i] != null && !cues.prepositionsOf(verb[i].lemma()).isEmpty()) {
                    i = preposition(i) + 1;
                }
                else {
                    i++;
                }
            }
            found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            return found;
        }

        // ---------------------------------------------------------------- structure

        private boolean isSentenceFinal(QuoteWord word)
        {
            if (!word.punctuation()) {
                return false;
            }
            String t = word.text();
            return t.equals(".") || t.equals("!") || t.equals("?") || t.equals("\u061F")
                    || t.equals("\u2026") || t.startsWith("..") || t.equals("\u06D4");
        }

        private boolean sentenceBreakBefore(int i)
        {
            return i > 0 && i < n && sentence[i] != sentence[i - 1];
        }

        private int contentWords(int from, int to)
        {
            int count = 0;
            for (int i = from; i <= to && i < n; i++) {
                if (!w.get(i).punctuation()) {
                    count++;
                }
            }
            return count;
        }

        private boolean isQuotationPair(QuoteMarks.Pair pair)
        {
            int last = pair.closed() ? pair.close() - 1 : paragraphEnd(pair.open());
            int words = contentWords(pair.open() + 1, last);
            if (words == 0) {
                return false;
            }
            if (words >= settings.minWords()) {
                return true;
            }
            int before = pair.open() - 1;
            if (before < 0 || sentenceBreakBefore(pair.open())) {
                return false;
            }
            QuoteWord prev = w.get(before);
            return prev.text().equals(":") || (verb[before] != null && !verb[before].strict());
        }

        private int paragraphEnd(int i)
        {
            int j = i;
            while (j + 1 < n && !w.get(j + 1).lineBreakBefore()
                    && w.get(j + 1).end() - w.get(i).end() <= settings.maxChars()) {
                j++;
            }
            return j;
        }

        /** Index of the last word of the quotation content of a pair. */
        private int contentEnd(QuoteMarks.Pair pair)
        {
            if (pair.closed()) {
                return pair.close() - 1;
            }
            return trimEnd(pair.open() + 1, paragraphEnd(pair.open()));
        }

        private int trimEnd(int from, int to)
        {
            int j = to;
            while (j > from && w.get(j).punctuation() && pairAtClose[j] == null
                    && !w.get(j).text().equals(")")) {
                j--;
            }
            return j;
        }

        /** The first word after {@code i} that is not glued to it (أن|ه → the next word). */
        private int nextFreeWord(int i)
        {
            int j = i + 1;
            while (j < n && w.get(j).begin() == w.get(j - 1).end() && !w.get(j).punctuation()
                    && !w.get(j - 1).punctuation()) {
                j++;
            }
            return j;
        }

        private boolean boundVerb(int i)
        {
            return i > 0 && w.get(i - 1).norm().equals("ما");
        }

        /** A reporting verb or participle at i that may govern a complementiser. */
        private boolean governor(int i)
        {
            return verb[i] != null && !boundVerb(i);
        }

        private int findGovernor(int c)
        {
            int j = c - 1;
            int steps = 0;
            while (j >= 0 && steps < 25) {
                if (sentenceBreakBefore(j + 1)) {
                    return -1;
                }
                QuoteMarks.Pair closing = pairAtClose[j];
                if (closing != null) {
                    if (quotationPair[closing.open()]) {
                        return -1;
                    }
                    j = closing.open() - 1;
                    steps++;
                    continue;
                }
                QuoteWord word = w.get(j);
                if (isComplementiser(word)) {
                    return -1;
                }
                if (governor(j) || reportPhrase(j)) {
                    return j;
                }
                j--;
                steps++;
            }
            return -1;
        }

        /** An agentless (وجاء في البيان) or relay (ونقل عنه) phrase starting at j. */
        private boolean reportPhrase(int j)
        {
            if (boundVerb(j)) {
                return false; // وفق ما نقلت عنه الوكالة: part of a source phrase
            }
            for (CueLexicon.Phrase phrase : phrasesAt(j)) {
                if (phrase.kind() == CueLexicon.PhraseKind.AGENTLESS
                        || phrase.kind() == CueLexicon.PhraseKind.RELAY) {
                    return true;
                }
            }
            return false;
        }

        private boolean isFormula(int g, int c)
        {
            for (CueLexicon.Phrase phrase : phrasesAt(g)) {
                if (phrase.kind() == CueLexicon.PhraseKind.FORMULA
                        && g + phrase.words().size() - 1 == c) {
                    return true;
                }
            }
            return false;
        }

        private int complementiser(int c)
        {
            int g = findGovernor(c);
            if (g < 0 || isFormula(g, c)) {
                return c;
            }
            int s = nextFreeWord(c);
            if (s >= n || sentenceBreakBefore(s) && !w.get(s).isMark()) {
                return c;
            }
            QuoteMarks.Pair pair = pairAtOpen[s];
            if (pair != null && quotationPair[s]) {
                return direct(pair, g);
            }
            return clause(s, g, Kind.INDIRECT);
        }

        private int preposition(int v)
        {
            Set<String> preps = cues.prepositionsOf(verb[v].lemma());
            for (int j = v + 1; j < n && j <= v + 8; j++) {
                QuoteWord word = w.get(j);
                if (sentenceBreakBefore(j) || word.isMark() || isComplementiser(word)
                        || verb[j] != null) {
                    return v;
                }
                if (preps.contains(word.norm())) {
                    int s = nextFreeWord(j);
                    if (s >= n || sentenceBreakBefore(s) || w.get(s).punctuation()
                            || isComplementiser(w.get(s))) {
                        return v;
                    }
                    return clause(s, v, Kind.INDIRECT);
                }
            }
            return v;
        }

        /** An indirect (or mixed) quotation from word s, cue g; returns its last word. */
        private int clause(int s, int g, Kind kind)
        {
            int last = s;
            int j = s;
            boolean mixed = false;
            int limit = 120;
            while (j < n && limit-- > 0) {
                if (j > s && (sentenceBreakBefore(j) || w.get(j).lineBreakBefore())) {
                    break;
                }
                QuoteMarks.Pair pair = pairAtOpen[j];
                if (pair != null && pair.closed()) {
                    mixed |= quotationPair[j];
                    last = pair.close();
                    j = pair.close() + 1;
                    continue;
                }
                if (j > s && closingBoundary(j)) {
                    break;
                }
                last = j;
                j++;
            }
            last = trimEnd(s, last);
            if (last < s || w.get(s).punctuation() && last == s) {
                return s;
            }
            Speaker speaker = speakerOfCue(g);
            add(w.get(s).begin(), w.get(last).end(), mixed ? Kind.MIXED : kind, speaker, g,
                    cueEnd(g), paragraph[s]);
            return last;
        }

        /** Whether the reported clause stops before word j. */
        private boolean closingBoundary(int j)
        {
            QuoteWord word = w.get(j);
            if (word.text().equals("\u061B") || word.text().equals(";")) {
                return true;
            }
            if (isSourcePhrase(j)) {
                return true;
            }
            if (CONNECTORS.contains(word.norm()) && j + 1 < n && newCue(j + 1)) {
                return true;
            }
            if ((word.text().equals("\u060C") || word.text().equals(",")) && j + 1 < n) {
                int k = j + 1;
                if (verb[k] != null && verb[k].participle()) {
                    return true;
                }
                if (isSourcePhrase(k)) {
                    return true;
                }
                if (CONNECTORS.contains(w.get(k).norm()) && k + 1 < n && newCue(k + 1)) {
                    return true;
                }
                if (newCue(k) && startsWithConjunction(w.get(k))) {
                    return true;
                }
            }
            return false;
        }

        private boolean startsWithConjunction(QuoteWord word)
        {
            char c = word.norm().isEmpty() ? ' ' : word.norm().charAt(0);
            return c == 'و' || c == 'ف';
        }

        /** A reporting verb opening a new reporting clause. */
        private boolean newCue(int k)
        {
            if (verb[k] == null || boundVerb(k)) {
                return false;
            }
            if (!verb[k].strict()) {
                return true;
            }
            int next = k + 1;
            return next < n && (w.get(next).text().equals(":") || w.get(next).isMark()
                    || isComplementiser(w.get(next)));
        }

        private boolean isSourcePhrase(int j)
        {
            for (CueLexicon.Phrase phrase : phrasesAt(j)) {
                CueLexicon.PhraseKind kind = phrase.kind();
                if (kind == CueLexicon.PhraseKind.SOURCE || kind == CueLexicon.PhraseKind.SELF
                        || kind == CueLexicon.PhraseKind.RELAY) {
                    return true;
                }
            }
            return j + 1 < n && w.get(j).norm().equals("كما") && isRelay(j + 1);
        }

        private boolean isRelay(int j)
        {
            for (CueLexicon.Phrase phrase : phrasesAt(j)) {
                if (phrase.kind() == CueLexicon.PhraseKind.RELAY) {
                    return true;
                }
            }
            return false;
        }

        /** Phrases matching at word i, longest first (the first word may carry و or ف). */
        private List<CueLexicon.Phrase> phrasesAt(int i)
        {
            if (i >= n || w.get(i).punctuation()) {
                return List.of();
            }
            if (phraseMemo[i] == null) {
                phraseMemo[i] = computePhrases(i);
            }
            return phraseMemo[i];
        }

        private List<CueLexicon.Phrase> computePhrases(int i)
        {
            String first = w.get(i).norm();
            List<CueLexicon.Phrase> candidates = new ArrayList<>(cues.phrasesStartingWith(first));
            if (first.length() > 2 && (first.charAt(0) == 'و' || first.charAt(0) == 'ف')) {
                candidates.addAll(cues.phrasesStartingWith(first.substring(1)));
            }
            List<CueLexicon.Phrase> result = new ArrayList<>();
            for (CueLexicon.Phrase phrase : candidates) {
                if (phraseLength(i, phrase) > 0) {
                    result.add(phrase);
                }
            }
            result.sort((a, b) -> b.words().size() - a.words().size());
            return result;
        }

        /** Number of words the phrase covers at i (a final proclitic covers no word), or 0. */
        private int phraseLength(int i, CueLexicon.Phrase phrase)
        {
            List<String> words = phrase.words();
            for (int k = 1; k < words.size(); k++) {
                if (i + k >= n) {
                    return 0;
                }
                String expected = words.get(k);
                String actual = w.get(i + k).norm();
                boolean lastProclitic = k == words.size() - 1 && expected.length() == 1;
                if (lastProclitic ? !(actual.startsWith(expected) && actual.length() > 2)
                        : !actual.equals(expected)) {
                    return 0;
                }
                if (lastProclitic) {
                    return k;
                }
            }
            return words.size();
        }

        // ---------------------------------------------------------------- direct quotations

        /** A direct quotation for a pair; g is the cue found by the caller or -1. */
        private int direct(QuoteMarks.Pair pair, int g)
        {
            int open = pair.open();
            int contentBegin = open + 1;
            int contentEnd = contentEnd(pair);
            int last = pair.closed() ? pair.close() : contentEnd;
            if (contentEnd < contentBegin) {
                return last;
            }
            int cue = g >= 0 ? g : leftCue(open, -1);
            Speaker speaker = null;
            int cueBegin = -1;
            int cueEnd = -1;
            if (cue >= 0) {
                speaker = speakerOfCue(cue);
                cueBegin = cue;
                cueEnd = cueEnd(cue);
            }
            else if (pair.closed()) {
                int k = pair.close() + 1;
                while (k < n && !sentenceBreakBefore(k) && isSoftPunctuation(w.get(k))) {
                    k++;
                }
                if (k < n && !sentenceBreakBefore(k)) {
                    if (k + 1 < n && w.get(k).norm().equals("كما") && isRelay(k + 1)) {
                        k++;
                    }
                    if (verb[k] != null && !verb[k].strict() && !boundVerb(k)) {
                        speaker = speakerOfCue(k);
                        cueBegin = k;
                        cueEnd = cueEnd(k);
                    }
                    else if (!phrasesAt(k).isEmpty()) {
                        speaker = speakerOfCue(k);
                        cueBegin = k;
                        cueEnd = cueEnd(k);
                    }
                }
            }
            if (cueBegin < 0) {
                if (!pair.closed()) {
                    return open;
                }
                if (lastFound != null && paragraph[open] - lastFoundParagraph <= 1) {
                    speaker = lastSpeaker();
                }
                else if (contentWords(contentBegin, contentEnd) < 6) {
                    return last;
                }
            }
            add(w.get(contentBegin).begin(), w.get(contentEnd).end(), Kind.DIRECT, speaker,
                    cueBegin, cueEnd, paragraph[open]);
            channelAfter(last);
            nested(pair, contentBegin, contentEnd);
            return last;
        }

        private Speaker lastSpeaker()
        {
            if (lastFound == null || lastFound.speaker() == null) {
                return null;
            }
            for (int i = salience.size() - 1; i >= 0; i--) {
                if (salience.get(i).name().equals(lastFound.speaker())) {
                    return salience.get(i);
                }
            }
            return null;
        }

        private boolean isSoftPunctuation(QuoteWord word)
        {
            String t = word.text();
            return word.punctuation() && (t.equals("\u060C") || t.equals(",") || t.equals(":")
                    || t.equals("-") || t.equals("\u2013") || t.equals("\u2014"));
        }

        /** Quotations nested in a quotation, introduced by a verb inside it. */
        private void nested(QuoteMarks.Pair outer, int from, int to)
        {
            for (int i = from; i <= to; i++) {
                QuoteMarks.Pair inner = pairAtOpen[i];
                if (inner == null || !inner.closed() || !quotationPair[i]) {
                    continue;
                }
                int cue = leftCue(i, from);
                if (cue >= 0) {
                    anaphora = false;
                    Speaker speaker = explicitSubject(cue);
                    anaphora = true;
                    add(w.get(i + 1).begin(), w.get(inner.close() - 1).end(), Kind.DIRECT,
                            speaker, cue, cueEnd(cue), paragraph[i]);
                }
                i = inner.close();
            }
        }

        /** After a quotation, a source or relay phrase names a channel, salient from now on. */
        private void channelAfter(int last)
        {
            int k = last + 1;
            while (k < n && !sentenceBreakBefore(k) && isSoftPunctuation(w.get(k))) {
                k++;
            }
            if (k >= n || sentenceBreakBefore(k)) {
                return;
            }
            if (w.get(k).norm().equals("كما")) {
                k++;
            }
            for (CueLexicon.Phrase phrase : phrasesAt(k)) {
                if (phrase.kind() == CueLexicon.PhraseKind.SOURCE
                        || phrase.kind() == CueLexicon.PhraseKind.RELAY) {
                    Speaker channel = nounPhraseAt(k + phraseLength(k, phrase),
                            phrase.words().get(phrase.words().size() - 1).length() == 1 ? 1 : 0);
                    if (channel != null) {
                        salience.add(channel);
                    }
                    return;
                }
            }
        }

        /** The nearest cue left of word {@code open}, not before {@code floor}; or -1. */
        private int leftCue(int open, int floor)
        {
            int j = open - 1;
            int steps = 0;
            while (j >= Math.max(floor, 0) && steps < 30) {
                if (sentenceBreakBefore(j + 1) && floor < 0) {
                    return -1;
                }
                if (floor >= 0 && isSentenceFinal(w.get(j))) {
                    return -1;
                }
                QuoteMarks.Pair closing = pairAtClose[j];
                if (closing != null) {
                    if (quotationPair[closing.open()]) {
                        return -1;
                    }
                    j = closing.open() - 1;
                    steps++;
                    continue;
                }
                if (verb[j] != null && !boundVerb(j)) {
                    if (!verb[j].strict() || w.get(j + 1).text().equals(":")
                            || w.get(j + 1).isMark()) {
                        return j;
                    }
                }
                if (reportPhrase(j)) {
                    return j;
                }
                j--;
                steps++;
            }
            return -1;
        }

        /** End offset of the cue starting at word i: the verb, or the whole phrase. */
        private int cueEnd(int i)
        {
            if (verb[i] != null) {
                return w.get(i).end();
            }
            List<CueLexicon.Phrase> phrases = phrasesAt(i);
            if (!phrases.isEmpty()) {
                int length = phraseLength(i, phrases.get(0));
                return w.get(i + Math.max(0, length - 1)).end();
            }
            return w.get(i).end();
        }

        private void add(int begin, int end, Kind kind, Speaker speaker, int cueWord, int cueEnd,
                int para)
        {
            Found f = new Found(begin, end, kind, speaker == null ? null : speaker.name(),
                    speaker == null ? null : speaker.identifier(),
                    speaker == null ? -1 : speaker.begin(), speaker == null ? -1 : speaker.end(),
                    cueWord < 0 ? -1 : w.get(cueWord).begin(), cueWord < 0 ? -1 : cueEnd);
            found.add(f);
            for (int k = firstWordFrom(begin); k < n && w.get(k).begin() < end; k++) {
                reported[k] = true;
            }
            lastFound = f;
            lastFoundParagraph = para;
            if (speaker != null) {
                salience.add(speaker);
            }
        }

        /** Index of the first word starting at or after {@code offset} (binary search). */
        private int firstWordFrom(int offset)
        {
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (w.get(mid).begin() < offset) {
                    lo = mid + 1;
                }
                else {
                    hi = mid;
                }
            }
            return lo;
        }

        // ---------------------------------------------------------------- speakers

        /** The speaker of the cue at word i (memoised per cue). */
        private Speaker speakerOfCue(int i)
        {
            if (speakerOfCue.containsKey(i)) {
                return speakerOfCue.get(i);
            }
            Speaker speaker = resolveCue(i);
            speakerOfCue.put(i, speaker);
            return speaker;
        }

        private Speaker resolveCue(int i)
        {
            for (CueLexicon.Phrase phrase : phrasesAt(i)) {
                int length = phraseLength(i, phrase);
                int proclitic = phrase.words().get(phrase.words().size() - 1).length() == 1 ? 1 : 0;
                switch (phrase.kind()) {
                case AGENTLESS, SOURCE -> {
                    Speaker np = i + length < n && !sentenceBreakBefore(i + length)
                            ? nounPhraseAt(i + length, proclitic) : null;
                    return np != null ? np : salient(false, i);
                }
                case SELF, RELAY -> {
                    return salient(false, i);
                }
                default -> {
                    // formulas are not cues
                }
                }
            }
            if (i + 1 < n && w.get(i).norm().equals("كما")) {
                return resolveCue(i + 1);
            }
            if (verb[i] == null) {
                return null;
            }
            boolean feminine = verb[i].feminine();
            if (!verb[i].participle()) {
                Speaker subject = explicitSubject(i);
                if (subject != null) {
                    return subject;
                }
            }
            Speaker previous = previousCueSpeaker(i, feminine);
            if (previous != null) {
                return previous;
            }
            if (!verb[i].participle()) {
                Speaker named = firstNamedInSentence(i, feminine);
                if (named != null) {
                    return named;
                }
            }
            return salient(feminine, i);
        }

        /** The subject right after (VSO) or right before (SVO) the verb at i, or null. */
        private Speaker explicitSubject(int i)
        {
            if (verb[i] == null) {
                return null;
            }
            boolean feminine = verb[i].feminine();
            int next = i + 1;
            if (next < n && PREPOSITIONAL_PRONOUNS.contains(w.get(next).norm())) {
                next++; // قال لي الرئيس
            }
            Speaker after = next < n && !sentenceBreakBefore(next) ? nounPhraseAt(next, 0) : null;
            if (after != null) {
                return agree(after, feminine);
            }
            Speaker before = subjectBefore(i);
            return before == null ? null : agree(before, feminine);
        }

        private Speaker agree(Speaker speaker, boolean feminineVerb)
        {
            if (feminineVerb) {
                return speaker.withGender(Speaker.Gender.FEMININE);
            }
            if (speaker.type() == Speaker.Type.PERSON && speaker.gender() == Speaker.Gender.UNKNOWN) {
                return speaker.withGender(Speaker.Gender.MASCULINE);
            }
            return speaker;
        }

        /** SVO: a name (or title, name) ending right before the verb, after a clause start. */
        private Speaker subjectBefore(int v)
        {
            int j = v - 1;
            if (j >= 0 && isComma(w.get(j)) && !sentenceBreakBefore(v)) {
                j--;
            }
            if (j < 0 || sentenceBreakBefore(j + 1)) {
                return null;
            }
            if (mentionEndingAt(j) != null) {
                Mention m = mentionEndingAt(j);
                return fromMention(m);
            }
            int end = j;
            int start = j;
            while (start - 1 >= 0 && end - start < 2 && nameLike(start - 1)
                    && !sentenceBreakBefore(start)) {
                start--;
            }
            if (!nameLike(end) && !isTitleOrNominal(end)) {
                return null;
            }
            int k = start - 1;
            if (k >= 0 && isComma(w.get(k))) {
                // apposition: title, name, verb
                int t = k - 1;
                while (t >= 0 && !sentenceBreakBefore(t + 1) && !w.get(t).punctuation()
                        && !isStop(t)) {
                    t--;
                }
                k = t;
            }
            boolean clauseStart = k < 0 || sentenceBreakBefore(k + 1) || w.get(k).punctuation()
                    || isComplementiser(w.get(k)) || w.get(k).norm().equals("و");
            if (!clauseStart) {
                return null;
            }
            return nounPhraseAt(start, 0);
        }

        private boolean isComma(QuoteWord word)
        {
            return word.text().equals("\u060C") || word.text().equals(",");
        }

        private Speaker previousCueSpeaker(int i, boolean feminine)
        {
            for (int j = i - 1; j >= 0 && !sentenceBreakBefore(j + 1); j--) {
                if (verb[j] == null || boundVerb(j) || reported[j]) {
                    continue;
                }
                Speaker speaker = speakerOfCue.containsKey(j) ? speakerOfCue.get(j)
                        : verb[j].participle() ? null : explicitSubject(j);
                if (speaker != null && speaker.agreesWith(feminine, false)) {
                    return speaker;
                }
            }
            return null;
        }

        private Speaker firstNamedInSentence(int i, boolean feminine)
        {
            int start = i;
            while (start > 0 && !sentenceBreakBefore(start)) {
                start--;
            }
            for (int j = start; j < i; j++) {
                Mention m = mentionAt[j];
                if (m != null && "PER".equals(m.type())) {
                    return fromMention(m);
                }
                if (m == null && knownName(j)) {
                    Speaker speaker = nounPhraseAt(j, 0);
                    if (speaker != null && speaker.agreesWith(feminine, false)) {
                        return speaker;
                    }
                }
            }
            return null;
        }

        private Speaker salient(boolean feminine, int before)
        {
            for (int pass = 0; pass < 2; pass++) {
                for (int k = salience.size() - 1; k >= 0; k--) {
                    Speaker speaker = salience.get(k);
                    if (speaker.agreesWith(feminine, pass == 0)) {
                        return speaker;
                    }
                }
            }
            return null;
        }

        private Speaker salientPerson()
        {
            for (int k = salience.size() - 1; k >= 0; k--) {
                if (salience.get(k).type() == Speaker.Type.PERSON) {
                    return salience.get(k);
                }
            }
            return null;
        }

        // ---------------------------------------------------------------- noun phrases

        private boolean isStop(int i)
        {
            if (stopMemo[i] == 0) {
                stopMemo[i] = computeStop(i) ? (byte) 1 : (byte) 2;
            }
            return stopMemo[i] == 1;
        }

        private boolean computeStop(int i)
        {
            QuoteWord word = w.get(i);
            if (word.punctuation() || !QuoteText.isArabicWord(word.text())) {
                return true;
            }
            String norm = word.norm();
            if (word.text().startsWith("\u0622")) {
                return false; // آن is a name, never the complementiser أن
            }
            if (word.text().equals("\u0639\u0644\u064A") && i > 0 && !w.get(i - 1).punctuation()
                    && (label(i - 1) != null || QuoteText.hasArticle(w.get(i - 1).norm()))) {
                return false; // after a title, علي (with yeh) is the name Ali, not على
            }
            if (PREPOSITIONS.contains(norm) || FUNCTION_WORDS.contains(norm)
                    || isComplementiser(word) || verb[i] != null) {
                return true;
            }
            if (norm.startsWith("بال") || norm.startsWith("وال") || norm.startsWith("فال")
                    || norm.startsWith("كال") || norm.startsWith("لل")) {
                return true;
            }
            return false;
        }

        /** The speaker-lexicon label of a word, also under a glued و ب ل ف. */
        private SpeakerLexicon.Label label(int i)
        {
            if (!labelKnown[i]) {
                labelMemo[i] = computeLabel(i);
                labelKnown[i] = true;
            }
            return labelMemo[i];
        }

        private SpeakerLexicon.Label computeLabel(int i)
        {
            String norm = w.get(i).norm();
            SpeakerLexicon.Label label = speakers.label(norm);
            if (label == null && norm.length() > 3 && "وبلف".indexOf(norm.charAt(0)) >= 0) {
                String rest = norm.startsWith("لل") ? "ا" + norm.substring(1) : norm.substring(1);
                label = speakers.label(rest);
            }
            return label;
        }

        private boolean isTitleOrNominal(int i)
        {
            return label(i) != null;
        }

        /** A word that may be part of a person's name. */
        private boolean nameLike(int i)
        {
            if (i < 0 || i >= n || isStop(i) || label(i) != null) {
                return false;
            }
            return !w.get(i).norm().startsWith("و") || knownName(i);
        }

        private boolean knownName(int i)
        {
            if (i < 0 || i >= n || w.get(i).punctuation()) {
                return false;
            }
            return nameByLastWord.containsKey(QuoteText.stripArticle(w.get(i).norm()));
        }

        /**
         * The speaker noun phrase starting at word i ({@code proclitic} letters of the first word
         * are a glued preposition: للبيان), or null when no noun phrase starts there.
         */
        private Speaker nounPhraseAt(int i, int proclitic)
        {
            if (i >= n) {
                return null;
            }
            Mention m = mentionAt[i];
            if (m != null) {
                return "PER".equals(m.type()) ? personFromMention(i)
                        : personInPhrase(i, fromMention(m));
            }
            if (proclitic == 0 && isStop(i)) {
                return null;
            }
            if (proclitic > 0 && (w.get(i).punctuation() || !QuoteText.isArabicWord(w.get(i).text()))) {
                return null;
            }
            String firstNorm = proclitic > 0 ? restoreArticle(w.get(i).norm(), proclitic)
                    : w.get(i).norm();
            SpeakerLexicon.Label firstLabel = proclitic > 0 ? speakers.label(firstNorm) : label(i);
            boolean nominal = firstLabel == SpeakerLexicon.Label.ORG
                    || firstLabel == SpeakerLexicon.Label.DOC;
            int end = i + 1;
            while (end < n && end - i < 7 && !sentenceBreakBefore(end) && !isStop(end)) {
                if (!nominal && mentionAt[end] != null && "PER".equals(mentionAt[end].type())) {
                    return personFromMention(end);
                }
                end++;
            }
            // [i, end) is the phrase
            if (firstLabel == SpeakerLexicon.Label.TITLE) {
                int t = i + 1;
                while (t < end && (label(t) == SpeakerLexicon.Label.TITLE
                        || label(t) == SpeakerLexicon.Label.ORG
                        || QuoteText.hasArticle(w.get(t).norm()) && !knownName(t))) {
                    t++;
                }
                if (t < end) {
                    int nameEnd = nameRun(t, end);
                    return person(t, nameEnd, i);
                }
                Speaker apposition = apposition(end);
                if (apposition != null) {
                    return new Speaker(apposition.name(), apposition.identifier(),
                            w.get(i).begin(), apposition.end(), Speaker.Type.PERSON,
                            apposition.gender());
                }
                return titleOnly(i, end);
            }
            if (firstLabel == SpeakerLexicon.Label.ORG || firstLabel == SpeakerLexicon.Label.DOC) {
                int last = Math.min(end, i + 5) - 1;
                String name = proclitic > 0
                        ? restoreArticle(w.get(i).text(), proclitic)
                                + text.substring(w.get(i).end(), w.get(last).end())
                        : text.substring(w.get(i).begin(), w.get(last).end());
                Speaker.Type type = firstLabel == SpeakerLexicon.Label.DOC ? Speaker.Type.DOCUMENT
                        : Speaker.Type.ORGANISATION;
                return new Speaker(clean(name), null, w.get(i).begin(), w.get(last).end(), type,
                        feminineNoun(w.get(i).text()) ? Speaker.Gender.FEMININE
                                : Speaker.Gender.UNKNOWN);
            }
            Speaker possessed = possessive(i);
            if (possessed != null) {
                return possessed;
            }
            if (knownName(i) || nameLike(i)) {
                int nameEnd = nameRun(i, end);
                if (nameEnd > i + 1 || !QuoteText.hasArticle(w.get(i).norm()) || knownName(i)) {
                    return person(i, nameEnd, i);
                }
                // an unknown noun with the article before a name is a title: الطبيب أحمد سالم
                int t = i;
                while (t < end && QuoteText.hasArticle(w.get(t).norm()) && !knownName(t)) {
                    t++;
                }
                if (t > i && t < end && nameLike(t) && !knownName(i)) {
                    return person(t, nameRun(t, end), i);
                }
                // an unknown noun with the article and its adjectives: الولايات المتحدة
                int last = i;
                while (last + 1 < end && QuoteText.hasArticle(w.get(last + 1).norm())) {
                    last++;
                }
                return new Speaker(clean(text.substring(w.get(i).begin(), w.get(last).end())),
                        null, w.get(i).begin(), w.get(last).end(), Speaker.Type.UNKNOWN,
                        Speaker.Gender.UNKNOWN);
            }
            return null;
        }

        private String restoreArticle(String word, int proclitic)
        {
            // للبيان → البيان, لبيان → بيان
            String rest = word.substring(proclitic);
            if (rest.startsWith("ل") && word.startsWith("لل")) {
                return "ا" + rest;
            }
            return rest;
        }

        private String clean(String name)
        {
            return name.replaceAll("[\\s\\u00A0]+", " ").strip();
        }

        private boolean feminineNoun(String raw)
        {
            return raw.endsWith("\u0629");
        }

        /** Name words from t: up to two words, the second may carry the article. */
        private int nameRun(int t, int end)
        {
            int e = t + 1;
            if (QuoteText.hasArticle(w.get(t).norm())) {
                return e;
            }
            while (e < end && e - t < 3) {
                boolean article = QuoteText.hasArticle(w.get(e).norm());
                if (isStop(e) || label(e) != null || mentionAt[e] != null) {
                    break;
                }
                e++;
                if (article) {
                    break;
                }
            }
            return e;
        }

        private Speaker person(int from, int to, int phraseBegin)
        {
            String surface = clean(text.substring(w.get(from).begin(), w.get(to - 1).end()));
            String name = canonicalName(surface);
            return new Speaker(name, null, w.get(phraseBegin).begin(), w.get(to - 1).end(),
                    Speaker.Type.PERSON, Speaker.Gender.UNKNOWN);
        }

        /** «title, Name,» after a title phrase ending before word {@code comma}. */
        private Speaker apposition(int comma)
        {
            if (comma >= n || !isComma(w.get(comma))) {
                return null;
            }
            int t = comma + 1;
            if (t < n && mentionAt[t] != null && "PER".equals(mentionAt[t].type())) {
                return personFromMention(t);
            }
            if (t >= n || !nameLike(t) || QuoteText.hasArticle(w.get(t).norm())) {
                return null;
            }
            int e = nameRun(t, Math.min(n, t + 3));
            if (e < n && !(isComma(w.get(e)) || verb[e] != null || isComplementiser(w.get(e))
                    || PREPOSITIONS.contains(w.get(e).norm()))) {
                return null;
            }
            return person(t, e, t);
        }

        /** A title without a name: the person it was given to, else the latest person. */
        private Speaker titleOnly(int i, int end)
        {
            Set<String> key = titleKey(i, end);
            for (int a = aliases.size() - 1; a >= 0; a--) {
                Alias alias = aliases.get(a);
                if (alias.position() < w.get(i).begin() && alias.key().containsAll(key)) {
                    return new Speaker(alias.name(), alias.identifier(), w.get(i).begin(),
                            w.get(end - 1).end(), Speaker.Type.PERSON, genderOfTitle(i));
                }
            }
            Speaker person = anaphora ? salientPerson() : null;
            if (person != null) {
                return new Speaker(person.name(), person.identifier(), w.get(i).begin(),
                        w.get(end - 1).end(), Speaker.Type.PERSON, person.gender());
            }
            return new Speaker(clean(text.substring(w.get(i).begin(), w.get(end - 1).end())), null,
                    w.get(i).begin(), w.get(end - 1).end(), Speaker.Type.PERSON, genderOfTitle(i));
        }

        private Speaker.Gender genderOfTitle(int i)
        {
            return feminineNoun(w.get(i).text()) ? Speaker.Gender.FEMININE : Speaker.Gender.UNKNOWN;
        }

        /** مكتبه → مكتب + the person the pronoun refers to. */
        private Speaker possessive(int i)
        {
            String norm = w.get(i).norm();
            for (String suffix : new String[] { "ها", "ه" }) {
                if (norm.endsWith(suffix) && norm.length() > suffix.length() + 2) {
                    String noun = norm.substring(0, norm.length() - suffix.length());
                    SpeakerLexicon.Label label = speakers.label(noun);
                    if (label == SpeakerLexicon.Label.ORG || label == SpeakerLexicon.Label.DOC) {
                        String raw = w.get(i).text();
                        String nounText = raw.substring(0, raw.length() - suffix.length());
                        Speaker owner = firstNamedInSentence(i, suffix.equals("ها"));
                        if (owner == null) {
                            owner = salientPerson();
                        }
                        String name = owner == null ? nounText : nounText + " " + owner.name();
                        return new Speaker(name, null, w.get(i).begin(), w.get(i).end(),
                                label == SpeakerLexicon.Label.DOC ? Speaker.Type.DOCUMENT
                                        : Speaker.Type.ORGANISATION,
                                Speaker.Gender.UNKNOWN);
                    }
                }
            }
            return null;
        }

        /** A named entity as a speaker, named by its longest mention. */
        private Speaker fromMention(Mention m)
        {
            String surface = clean(text.substring(m.begin(), m.end()));
            String name = m.identifier() != null
                    ? canonicalById.getOrDefault(m.identifier(), surface)
                    : canonicalName(surface);
            Speaker.Type type = switch (m.type() == null ? "" : m.type()) {
            case "PER" -> Speaker.Type.PERSON;
            case "ORG", "GPE", "NORP", "LOC" -> Speaker.Type.ORGANISATION;
            default -> Speaker.Type.UNKNOWN;
            };
            return new Speaker(name, m.identifier(), m.begin(), m.end(), type,
                    Speaker.Gender.UNKNOWN);
        }

        /**
         * A person entity starting at word i; when name words the recogniser left out follow it
         * (أحمد | الصحاف), the longer name wins and the entity identifier is dropped.
         */
        private Speaker personFromMention(int i)
        {
            Mention m = mentionAt[i];
            int run = nameRun(i, Math.min(n, i + 3));
            if (run - 1 > mentionEndWord[i]) {
                return person(i, run, i);
            }
            return fromMention(m);
        }

        /** If a person entity lies in the phrase that starts with an entity, prefer it. */
        private Speaker personInPhrase(int i, Speaker first)
        {
            if (first.type() == Speaker.Type.PERSON) {
                return first;
            }
            int j = mentionEndWord[i] + 1;
            for (int steps = 0; j < n && steps < 4 && !isStop(j); steps++, j++) {
                if (mentionAt[j] != null && "PER".equals(mentionAt[j].type())) {
                    return personFromMention(j);
                }
            }
            return first;
        }

        private Mention mentionEndingAt(int j)
        {
            for (int i = Math.max(0, j - 6); i <= j; i++) {
                if (mentionAt[i] != null && mentionEndWord[i] == j) {
                    return mentionAt[i];
                }
            }
            return null;
        }

        private String canonicalName(String surface)
        {
            String key = QuoteText.nameKey(surface);
            String[] parts = key.split(" ");
            String longest = nameByLastWord.get(parts[parts.length - 1]);
            if (longest != null && QuoteText.nameKey(longest).contains(key)
                    && longest.length() > surface.length()) {
                return longest;
            }
            return surface;
        }

        // ---------------------------------------------------------------- document pre-pass

        private record Alias(Set<String> key, String name, String identifier, int position)
        {
        }

        private void mapMentions(List<Mention> mentions)
        {
            Map<String, String> longest = new HashMap<>();
            int wi = 0;
            List<Mention> sorted = new ArrayList<>(mentions);
            sorted.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            for (Mention m : sorted) {
                if (m.begin() < 0 || m.end() > text.length() || m.begin() >= m.end()) {
                    continue;
                }
                while (wi < n && w.get(wi).end() <= m.begin()) {
                    wi++;
                }
                if (wi >= n) {
                    break;
                }
                int last = wi;
                while (last + 1 < n && w.get(last + 1).begin() < m.end()) {
                    last++;
                }
                if (mentionAt[wi] == null) {
                    mentionAt[wi] = m;
                    mentionEndWord[wi] = last;
                }
                String surface = clean(text.substring(m.begin(), m.end()));
                if (m.identifier() != null) {
                    longest.merge(m.identifier(), surface,
                            (a, b) -> b.length() > a.length() ? b : a);
                }
                if ("PER".equals(m.type())) {
                    addName(surface);
                }
            }
            canonicalById.putAll(longest);
        }

        private void addName(String surface)
        {
            String key = QuoteText.nameKey(surface);
            if (key.isEmpty()) {
                return;
            }
            String[] parts = key.split(" ");
            nameByLastWord.merge(parts[parts.length - 1], surface,
                    (a, b) -> b.length() > a.length() ? b : a);
        }

        /** Learns «title name» pairs: names, and aliases from a title to the name it was given. */
        private void learnNames()
        {
            for (int i = 0; i < n; i++) {
                if (label(i) != SpeakerLexicon.Label.TITLE
                        || (i > 0 && label(i - 1) == SpeakerLexicon.Label.TITLE)) {
                    continue;
                }
                int t = i + 1;
                while (t < n && t - i < 6 && !sentenceBreakBefore(t)
                        && (label(t) == SpeakerLexicon.Label.TITLE
                                || label(t) == SpeakerLexicon.Label.ORG
                                || QuoteText.hasArticle(w.get(t).norm()) && !isStop(t))) {
                    t++;
                }
                int titleEnd = t;
                if (t < n && (isComma(w.get(t)) || w.get(t).isMark())) {
                    t++;
                }
                Mention m = t < n ? mentionAt[t] : null;
                if (m != null && "PER".equals(m.type()) && nameRun(t, Math.min(n, t + 3)) - 1
                        <= mentionEndWord[t]) {
                    aliases.add(new Alias(titleKey(i, titleEnd),
                            canonicalById.getOrDefault(m.identifier(),
                                    clean(text.substring(m.begin(), m.end()))),
                            m.identifier(), w.get(i).begin()));
                    continue;
                }
                if (t >= n || sentenceBreakBefore(t) || !nameLike(t)
                        || QuoteText.hasArticle(w.get(t).norm())) {
                    if (m != null && "PER".equals(m.type())) {
                        aliases.add(new Alias(titleKey(i, titleEnd),
                                canonicalById.getOrDefault(m.identifier(),
                                        clean(text.substring(m.begin(), m.end()))),
                                m.identifier(), w.get(i).begin()));
                    }
                    continue;
                }
                int e = nameRun(t, Math.min(n, t + 3));
                String name = clean(text.substring(w.get(t).begin(), w.get(e - 1).end()));
                addName(name);
                aliases.add(new Alias(titleKey(i, titleEnd), name, null, w.get(i).begin()));
            }
        }

        /** The words of a title without articles and nisba endings: الخارجية العراقي → خارج عراق. */
        private Set<String> titleKey(int from, int to)
        {
            Set<String> key = new HashSet<>();
            for (int i = from; i < to && i < n; i++) {
                String word = QuoteText.stripArticle(w.get(i).norm());
                if (word.length() > 4 && word.endsWith("يه")) {
                    word = word.substring(0, word.length() - 2);
                }
                else if (word.length() > 3 && word.endsWith("ي")) {
                    word = word.substring(0, word.length() - 1);
                }
                key.add(word);
            }
            return key;
        }
    }
}
