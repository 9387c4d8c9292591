package org.isnad.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds named entities in the tokens of one document. Plain Java, no CAS; one instance per thread
 * (it caches dictionary look-ups).
 *
 * <p><b>How the evidence is combined.</b> Each sentence is scanned left to right. At every token
 * each rule below proposes at most one candidate starting there; the longest candidate wins (ties:
 * the earlier rule in this list), its mentions are kept and the scan resumes after it. Mentions
 * therefore never nest or overlap.
 * <ol>
 * <li><b>Title + name</b>: a title or office ({@code ner-titles.txt}: الرئيس, رئيس الوزراء, الناطق
 * باسم ...), then optional modifiers that become entities of their own (a nationality adjective →
 * NORP: رئيس الوزراء العراقي; a country → GPE: وزير خارجية العراق; an organisation → ORG: الناطق
 * باسم وزارة الخارجية; commas, السابق), then a person name → PER. The title is never part of the
 * PER.</li>
 * <li><b>Document names</b>: a name found in a strong context elsewhere in the document (see
 * below).</li>
 * <li><b>Gazetteer phrases</b>: the longest phrase of the gazetteers ({@link NerLexicon}: CLDR
 * countries and cities, hand-written places, organisations, persons, generated nationality
 * forms). Place names that are also ordinary words (مالي) need a place preposition or head
 * noun before them.</li>
 * <li><b>Organisation head + genitive complement</b>: a head noun ({@code ner-org-heads.txt}:
 * وزارة, وكالة, مجلس ...), optionally more heads (مجلس محافظة), then a complement (a definite noun,
 * a gazetteer name, or an unknown word), then definite adjectives and nationality adjectives →
 * one ORG (وكالة الأنباء العراقية, مجلس محافظة بغداد, جريدة فلسطين). A definite head (الحكومة,
 * الجيش, القوات) makes an ORG only with a nationality or country modifier (القوات الأمنية
 * العراقية).</li>
 * <li><b>Place head + name</b>: مدينة, قرية, مخيم, محافظة ... followed by a gazetteer place or an
 * unknown word → the name is a GPE; the head noun stays outside the span (قرية [اليامون]), the
 * convention of ACE, ANERcorp, NewsFANE and AQMAR.</li>
 * <li><b>Person names</b>: a first name ({@code ner-first-names.txt}) followed by name words
 * (first names, عبد/أبو/بن + name, unknown words, definite family names such as الكاظمي); a first
 * name that is also an ordinary word (جميل) only with a second name word.</li>
 * <li><b>Reporting verb + unknown word</b>: قال/أكد/التقى ... followed by a word the Arabic
 * dictionary does not know → PER (وقال بلينكن).</li>
 * <li><b>Place preposition + unknown word</b>: في/إلى/من or a glued ب followed by a word the
 * dictionary does not know → GPE (weak: not spread over the document).</li>
 * </ol>
 * <b>The dictionary as a name detector</b>: a word is a name candidate when the Arabic dictionary
 * knows none of its readings after stripping proclitics (و ف ب ل ك), the article and pronoun
 * suffixes, and no lexicon lists it as a function word.
 *
 * <p><b>Document-level consistency.</b> The document is scanned twice. Names found in the first
 * scan by a strong rule (1, 3 for persons, 6 with two or more words, 7, and organisation/place
 * phrases of rules 4 and 5) are remembered with their identifier; for a multiword person name its
 * last word (family name) is remembered too, unless two persons share it. The second scan tags
 * every mention of a remembered name (rule 2), so الكاظمي after مصطفى الكاظمي is a PER with the
 * key of مصطفى الكاظمي.
 *
 * <p><b>Proclitics.</b> Tokens may still carry glued proclitics (before clitic segmentation, or
 * when the segmenter leaves them). The first word of a mention is stripped of و/ف and ب/ل/ك (and
 * لل → ال) when the rest is definite or a lexicon word; the mention then starts after the
 * proclitic. Inner words are taken whole.
 *
 * <p><b>Identity.</b> The identifier is {@link EntityKeys#key}(type, canonical name): the canonical
 * name is the {@code ner-aliases.txt} name of the mention (ترامب → دونالد ترمب), else the lexicon
 * entry's name (for a CLDR place, its CLDR name), else for a person the longest name in the
 * document that ends with the mention, else the mention's own normalised text.
 */
public final class NamedEntityFinder
{
    public static final String PER = "PER";
    public static final String ORG = "ORG";
    public static final String GPE = "GPE";
    public static final String LOC = "LOC";
    public static final String NORP = "NORP";

    private static final int MAX_NAME_WORDS = 6;
    /** Evidence levels: weak (not spread), strong, strong with a title or reporting verb. */
    private static final int WEAK = 0;
    private static final int STRONG = 1;
    private static final int CONTEXT = 2;
    private static final int MAX_ORG_WORDS = 8;

    private static final String ARTICLE = NerLexicon.ARTICLE;
    private static final char WAW = '\u0648';
    private static final char FEH = '\u0641';
    private static final char BEH = '\u0628';
    private static final char LAM = '\u0644';
    private static final char KAF = '\u0643';
    private static final String[] PRONOUN_SUFFIXES = { "\u0647\u0645\u0627", "\u0643\u0645\u0627",
        "\u0647\u0645", "\u0647\u0627", "\u0643\u0645", "\u0646\u0627", "\u0647\u0646", "\u0647",
        "\u0643", "\u064A" };

    private final NerLexicon lexicon;
    private final KnownWords knownWords;
    private final Map<String, Boolean> unknownCache = new HashMap<>();
    /** First words of the current document's remembered names (rule 2 pre-check). */
    private final java.util.Set<String> docFirstWords = new java.util.HashSet<>();
    private int docFirstWordsSource = -1;

    public NamedEntityFinder(NerLexicon lexicon, KnownWords knownWords)
    {
        this.lexicon = lexicon;
        this.knownWords = knownWords;
    }

    /** A remembered document name: type and identifier. */
    private record DocName(String type, String key) {}

    /** A candidate proposed by one rule at one position. */
    private static final class Candidate
    {
        final int endToken;
        final List<EntityMention> mentions = new ArrayList<>();
        final List<Integer> strong = new ArrayList<>();

        Candidate(int endToken)
        {
            this.endToken = endToken;
        }

        Candidate add(EntityMention mention, boolean isStrong)
        {
            return add(mention, isStrong ? STRONG : WEAK);
        }

        Candidate add(EntityMention mention, int level)
        {
            mentions.add(mention);
            strong.add(level);
            return this;
        }
    }

    /** Finds the mentions of a document given as sentences of tokens; never throws on odd input. */
    public List<EntityMention> find(CharSequence text, List<List<NerToken>> sentences)
    {
        if (unknownCache.size() > 100_000) {
            unknownCache.clear();
        }
        Map<String, DocName> docNames = new HashMap<>();
        docFirstWords.clear();
        docFirstWordsSource = -1;
        List<Sentence> prepared = new ArrayList<>(sentences.size());
        for (List<NerToken> tokens : sentences) {
            prepared.add(new Sentence(text, tokens));
        }
        Map<String, String> familyOwner = new HashMap<>();
        for (Sentence sentence : prepared) {
            scan(sentence, docNames, (mention, strong) -> remember(mention, strong, docNames,
                    familyOwner));
        }
        for (Map.Entry<String, String> family : familyOwner.entrySet()) {
            DocName existing = docNames.get(family.getKey());
            if (family.getValue() != null && (existing == null || existing.type().equals(PER))) {
                docNames.put(family.getKey(), new DocName(PER, family.getValue()));
            }
        }
        List<EntityMention> result = new ArrayList<>();
        for (Sentence sentence : prepared) {
            scan(sentence, docNames, (mention, strong) -> result.add(mention));
        }
        return result;
    }

    private interface Sink
    {
        void accept(EntityMention mention, int strength);
    }

    private void remember(EntityMention mention, int strength, Map<String, DocName> docNames,
            Map<String, String> familyOwner)
    {
        if (strength == WEAK || NORP.equals(mention.type())) {
            return;
        }
        String[] words = mention.text().split(" ");
        if (PER.equals(mention.type()) && words.length == 1 && !nameLike(words[0])) {
            return;
        }
        docNames.putIfAbsent(mention.text(), new DocName(mention.type(), mention.identifier()));
        if (!PER.equals(mention.type())) {
            return;
        }
        if (words.length < 2) {
            return;
        }
        String family = words[words.length - 1];
        boolean definiteFamily = strength == CONTEXT && family.startsWith(ARTICLE) && family.length() >= 5;
        if (family.length() < 3 || lexicon.isParticle(family) || !(nameLike(family) || definiteFamily)) {
            return;
        }
        if (familyOwner.containsKey(family)) {
            String owner = familyOwner.get(family);
            if (owner != null && !owner.equals(mention.identifier())) {
                familyOwner.put(family, null);
            }
        }
        else {
            familyOwner.put(family, mention.identifier());
        }
    }

    private void scan(Sentence s, Map<String, DocName> docNames, Sink sink)
    {
        if (docFirstWords.size() == 0 || docFirstWordsSource != docNames.size()) {
            docFirstWords.clear();
            for (String name : docNames.keySet()) {
                int space = name.indexOf(' ');
                docFirstWords.add(space < 0 ? name : name.substring(0, space));
            }
            docFirstWordsSource = docNames.size();
        }
        int i = 0;
        while (i < s.size) {
            Candidate best = null;
            if (s.isWord[i]) {
                best = longer(best, titleRule(s, i, docNames));
                best = longer(best, docNameRule(s, i, docNames));
                best = longer(best, gazetteerRule(s, i));
                best = longer(best, orgHeadRule(s, i, docNames));
                best = longer(best, definiteOrgHeadRule(s, i));
                best = longer(best, placeHeadRule(s, i));
                best = longer(best, personRule(s, i, docNames));
                best = longer(best, speechVerbRule(s, i, docNames));
                best = longer(best, placePrepositionRule(s, i, docNames));
            }
            if (best == null || best.endToken <= i) {
                i++;
                continue;
            }
            for (int m = 0; m < best.mentions.size(); m++) {
                sink.accept(best.mentions.get(m), best.strong.get(m));
            }
            i = best.endToken;
        }
    }

    private static Candidate longer(Candidate best, Candidate candidate)
    {
        if (candidate == null) {
            return best;
        }
        if (best == null || candidate.endToken > best.endToken) {
            return candidate;
        }
        return best;
    }

    // ---------------------------------------------------------------------------------------
    // Rules

    /** Rule 1: title, modifiers, person name. */
    private Candidate titleRule(Sentence s, int i, Map<String, DocName> docNames)
    {
        int titleEnd = longestTitle(s, i);
        if (titleEnd < 0) {
            return null;
        }
        Candidate result = new Candidate(titleEnd);
        int j = titleEnd;
        for (int steps = 0; steps < 5 && j < s.size; steps++) {
            if (s.isComma[j]) {
                j++;
                continue;
            }
            if (!s.isWord[j]) {
                break;
            }
            int next = longestTitle(s, j);
            if (next > j) {
                j = next;
                continue;
            }
            if (TitleModifiers.isModifier(s.norm[j])) {
                j++;
                continue;
            }
            if (s.norm[j].startsWith(ARTICLE) && s.norm[j].endsWith("\u064A") && lexicon.phrase(s.norm[j]) == null
                    && personName(s, j + 1, Context.TITLE, docNames) > j + 1) {
                j++; // an adjective of the title: المبعوث الأممي هانس غروندبرغ
                continue;
            }
            int[] phrase = longestPhrase(s, j, true);
            if (phrase != null) {
                NerLexicon.Phrase p = lexicon.phrase(s.phraseText(j, phrase[0], phrase[1]));
                if (p.type().equals(NORP) || p.type().equals(GPE) || p.type().equals(ORG)
                        || p.type().equals(LOC)) {
                    result.add(mention(s, j, phrase[1], phrase[0], p.type(),
                            key(p.type(), p.canonical())), false);
                    j = phrase[0];
                    continue;
                }
            }
            Candidate org = orgHeadRule(s, j, docNames);
            if (org == null) {
                org = definiteOrgHeadRule(s, j);
            }
            if (org != null) {
                result.mentions.addAll(org.mentions);
                for (int k = 0; k < org.mentions.size(); k++) {
                    result.strong.add(WEAK);
                }
                j = org.endToken;
                continue;
            }
            break;
        }
        int nameEnd = personName(s, j, Context.TITLE, docNames);
        if (nameEnd > j) {
            // trailing commas before the name are not part of anything
            result.add(personMention(s, j, nameEnd, docNames), CONTEXT);
            Candidate done = new Candidate(nameEnd);
            done.mentions.addAll(result.mentions);
            done.strong.addAll(result.strong);
            return done;
        }
        if (result.mentions.isEmpty()) {
            return null;
        }
        EntityMention last = result.mentions.get(result.mentions.size() - 1);
        Candidate done = new Candidate(s.tokenEndingAt(last.end(), titleEnd));
        done.mentions.addAll(result.mentions);
        done.strong.addAll(result.strong);
        return done;
    }

    /** Rule 2: a name remembered from the first scan of the document. */
    private Candidate docNameRule(Sentence s, int i, Map<String, DocName> docNames)
    {
        if (docNames.isEmpty()) {
            return null;
        }
        boolean starts = false;
        for (int strip : s.strips(i)) {
            starts |= docFirstWords.contains(s.body(i, strip));
        }
        if (!starts) {
            return null;
        }
        for (int len = Math.min(MAX_NAME_WORDS, s.size - i); len >= 1; len--) {
            if (!s.allWords(i, i + len)) {
                continue;
            }
            for (int strip : s.strips(i)) {
                if (len == 1 && isExcluded(s.bodyRaw(i, strip), s.body(i, strip))) {
                    continue;
                }
                DocName name = docNames.get(s.phraseText(i, i + len, strip));
                if (name != null) {
                    return new Candidate(i + len).add(
                            mention(s, i, strip, i + len, name.type(), name.key()), false);
                }
            }
        }
        return null;
    }

    /** Rule 3: the longest gazetteer phrase. */
    private Candidate gazetteerRule(Sentence s, int i)
    {
        int[] phrase = longestPhrase(s, i, true);
        if (phrase == null) {
            return null;
        }
        String text = s.phraseText(i, phrase[0], phrase[1]);
        NerLexicon.Phrase p = lexicon.phrase(text);
        if (lexicon.isAmbiguousPlace(text) && !placeContext(s, i, phrase[1])) {
            return null;
        }
        boolean strong = p.type().equals(PER);
        return new Candidate(phrase[0]).add(mention(s, i, phrase[1], phrase[0], p.type(),
                key(p.type(), p.canonical())), strong);
    }

    /** Rule 4: organisation head noun + genitive complement + adjectives. */
    private Candidate orgHeadRule(Sentence s, int i, Map<String, DocName> docNames)
    {
        int strip = -1;
        for (int st : s.strips(i)) {
            if (lexicon.isOrgHead(s.body(i, st))) {
                strip = st;
                break;
            }
        }
        if (strip < 0) {
            return null;
        }
        int j = i + 1;
        while (j < s.size && j - i < 3 && s.isWord[j] && !s.norm[j].startsWith(ARTICLE)
                && (lexicon.isOrgHead(s.norm[j]) || lexicon.isPlaceHead(s.norm[j]))) {
            j++;
        }
        if (j >= s.size || !s.isWord[j]) {
            return null;
        }
        int[] phrase = longestPhrase(s, j, false);
        if (phrase != null && !lexicon.phrase(s.phraseText(j, phrase[0], 0)).type().equals(NORP)
                && !lexicon.phrase(s.phraseText(j, phrase[0], 0)).type().equals(PER)) {
            j = phrase[0];
        }
        else if (isPersonName(s, j, docNames)) {
            return null;
        }
        else if (isDefiniteNoun(s, j) || (isUnknown(s.raw[j]) && !startsWithConjunction(s, j))) {
            j++;
        }
        else {
            return null;
        }
        j = adjectives(s, j, i + MAX_ORG_WORDS, false);
        if (j + 1 < s.size && s.isWord[j] && s.norm[j].startsWith("\u0644\u0644") && s.norm[j].length() > 4
                && !isExcluded(s.raw[j], s.norm[j])) {
            j = adjectives(s, j + 1, i + MAX_ORG_WORDS, false); // مركز بابل للصحة النفسية
        }
        if (j + 2 < s.size && s.norm[j].equals("\u0641\u064A") && lexicon.isOrgHead(s.norm[j + 1])) {
            Candidate inner = orgHeadRule(s, j + 1, docNames); // نقابة العاملين في جامعة بيرزيت
            if (inner != null) {
                j = inner.endToken;
            }
        }
        String text = s.phraseText(i, j, strip);
        return new Candidate(j).add(mention(s, i, strip, j, ORG, key(ORG, canonical(text))), true);
    }

    /** Rule 4b: a definite head (الحكومة, الجيش) with a nationality or country modifier. */
    private Candidate definiteOrgHeadRule(Sentence s, int i)
    {
        int strip = -1;
        for (int st : s.strips(i)) {
            if (lexicon.isDefiniteOrgHead(s.body(i, st))) {
                strip = st;
                break;
            }
        }
        if (strip < 0) {
            return null;
        }
        int end = adjectives(s, i + 1, i + 5, true);
        if (end <= i + 1) {
            return null;
        }
        String text = s.phraseText(i, end, strip);
        return new Candidate(end).add(mention(s, i, strip, end, ORG, key(ORG, canonical(text))), true);
    }

    /** Rule 5: place head noun + place name (the name alone is the entity). */
    private Candidate placeHeadRule(Sentence s, int i)
    {
        boolean head = false;
        int strip = 0;
        for (int st : s.strips(i)) {
            if (!head && (lexicon.isPlaceHead(s.body(i, st)) || lexicon.isStateHead(s.body(i, st)))) {
                head = true;
                strip = st;
            }
        }
        int h = i + 1;
        while (h < s.size && h - i < 3 && s.isWord[h] && lexicon.isPlaceHead(s.norm[h])) {
            h++;
        }
        if (!head || h >= s.size || !s.isWord[h]) {
            return null;
        }
        int[] phrase = longestPhrase(s, h, false);
        if (phrase != null) {
            NerLexicon.Phrase p = lexicon.phrase(s.phraseText(h, phrase[0], 0));
            if (isPlace(p.type())) {
                return new Candidate(phrase[0]).add(nameAfterHead(s, i, strip, h, phrase[0], p.type(),
                        key(p.type(), p.canonical())), true);
            }
            return null;
        }
        int j = h;
        while (j < s.size && j - h <= 1 && s.isWord[j] && isUnknown(s.raw[j])
                && !startsWithConjunction(s, j) && !isExcluded(s.raw[j], s.norm[j])) {
            j++;
        }
        if (j == h) {
            return null;
        }
        String name = s.phraseText(h, j, 0);
        return new Candidate(j).add(nameAfterHead(s, i, strip, h, j, GPE, key(GPE, canonical(name))), true);
    }

    /** The place after a head: the name alone, or with the head when it is a state head (جمهورية). */
    private EntityMention nameAfterHead(Sentence s, int head, int strip, int name, int end, String type,
            String key)
    {
        return lexicon.isStateHead(s.body(head, strip)) ? mention(s, head, strip, end, type, key)
                : mention(s, name, 0, end, type, key);
    }

    /** Rule 6: a first name and further name words. */
    private Candidate personRule(Sentence s, int i, Map<String, DocName> docNames)
    {
        int end = personName(s, i, Context.NONE, docNames);
        if (end <= i) {
            return null;
        }
        return new Candidate(end).add(personMention(s, i, end, docNames), end - i >= 2);
    }

    /** Rule 7: reporting verb + unknown word. */
    private Candidate speechVerbRule(Sentence s, int i, Map<String, DocName> docNames)
    {
        if (i == 0 || !s.isWord[i - 1]) {
            return null;
        }
        String verb = s.norm[i - 1];
        if (!lexicon.isSpeechVerb(verb) && !(verb.length() > 3
                && (verb.charAt(0) == WAW || verb.charAt(0) == FEH)
                && lexicon.isSpeechVerb(verb.substring(1)))) {
            return null;
        }
        if (!isUnknown(s.raw[i]) || isExcluded(s.raw[i], s.norm[i])) {
            return null;
        }
        int end = personName(s, i, Context.VERB, docNames);
        if (end <= i) {
            return null;
        }
        return new Candidate(end).add(personMention(s, i, end, docNames), CONTEXT);
    }

    /** Rule 8: place preposition (or glued ب) + unknown word. */
    private Candidate placePrepositionRule(Sentence s, int i, Map<String, DocName> docNames)
    {
        int strip = 0;
        boolean context = i > 0 && s.isWord[i - 1] && lexicon.isPlacePreposition(s.norm[i - 1]);
        String raw = s.raw[i];
        if (!context) {
            return null;
        }
        String bodyRaw = raw.substring(strip);
        String body = s.norm[i].substring(strip);
        if (!isUnknown(bodyRaw) || isExcluded(bodyRaw, body) || startsWithConjunction(s, i)
                || lexicon.isFirstName(body) || bodyRaw.length() < 3) {
            return null;
        }
        if (i + 1 < s.size && s.isWord[i + 1] && isUnknown(s.raw[i + 1])
                && !isExcluded(s.raw[i + 1], s.norm[i + 1])) {
            // two unknown words in a row are more often a person or a foreign phrase
            return null;
        }
        return new Candidate(i + 1).add(mention(s, i, strip, i + 1, GPE, key(GPE, canonical(body))),
                false);
    }

    // ---------------------------------------------------------------------------------------
    // Person names

    private enum Context { NONE, TITLE, VERB }

    /** End (exclusive) of a person name starting at {@code i}, or {@code i} when there is none. */
    private int personName(Sentence s, int i, Context context, Map<String, DocName> docNames)
    {
        if (i >= s.size || !s.isWord[i]) {
            return i;
        }
        int j = i;
        int words = 0;
        boolean firstIsFirstName = false;
        boolean firstAmbiguous = false;
        while (j < s.size && words < MAX_NAME_WORDS && s.isWord[j]) {
            boolean first = j == i;
            String norm = first ? s.body(j, s.bestStrip[j]) : s.norm[j];
            String raw = first ? s.bodyRaw(j, s.bestStrip[j]) : s.raw[j];
            if (!first && startsWithConjunction(s, j)) {
                break;
            }
            if (lexicon.isParticle(norm) && !raw.equals(ARTICLE)) {
                if (j + 1 < s.size && s.isWord[j + 1] && s.raw[j + 1].length() >= 3
                        && !isExcluded(s.raw[j + 1], s.norm[j + 1]) && !startsWithConjunction(s, j + 1)) {
                    j += 2;
                    words += 2;
                    continue;
                }
                break;
            }
            if (nameWord(raw, norm, docNames)) {
                if (first) {
                    firstIsFirstName = lexicon.isFirstName(norm);
                    firstAmbiguous = lexicon.isAmbiguousFirstName(norm);
                }
                j++;
                words++;
                continue;
            }
            boolean afterFirstName = !first && lexicon.isFirstName(s.norm[j - 1])
                    && !lexicon.isAmbiguousFirstName(s.norm[j - 1]) && !firstAmbiguous;
            NerLexicon.Phrase known = lexicon.phrase(norm);
            if (afterFirstName && !isExcluded(raw, norm) && isArabicWord(raw) && raw.length() >= 3
                    && (known == null && nextEndsName(s, j + 1)
                            && (norm.startsWith(ARTICLE) || knownWords.isKnown(raw))
                            || known != null && known.type().equals(NORP) && norm.startsWith(ARTICLE)
                                    && norm.endsWith("\u064A"))) {
                // a known noun or nisba as family name after a first name: جبار درويش, محمود المصري
                j++;
                words++;
                continue;
            }
            break;
        }
        if (words == 0) {
            return i;
        }
        String firstNorm = s.body(i, s.bestStrip[i]);
        if (context == Context.NONE) {
            boolean docKnown = docNames.containsKey(firstNorm);
            if (!(lexicon.isFirstName(firstNorm) || lexicon.isParticle(firstNorm) || docKnown)) {
                return i;
            }
            if (words == 1 && (firstAmbiguous || lexicon.isParticle(firstNorm))) {
                return i;
            }
            if (firstAmbiguous && s.norm[i + 1].startsWith(ARTICLE) && !lexicon.isFirstName(s.norm[i + 1])
                    && !docNames.containsKey(s.norm[i + 1])) {
                return i;
            }
            if (words == 1 && s.bestStrip[i] != 0 && !docKnown) {
                return i; // a lone first name is only trusted without a stripped proclitic
            }
        }
        return j;
    }

    /** Whether the token at {@code j} closes a name (end, punctuation, function word, verb...). */
    private boolean nextEndsName(Sentence s, int j)
    {
        return j >= s.size || !s.isWord[j] || lexicon.isNonName(s.raw[j], s.norm[j])
                || startsWithConjunction(s, j) || TimeWords.isTimeWord(lexicon, s.norm[j]);
    }

    private boolean nameWord(String raw, String norm, Map<String, DocName> docNames)
    {
        if (!isArabicWord(raw) || raw.length() < 2) {
            return false;
        }
        if (isExcluded(raw, norm)) {
            return false;
        }
        NerLexicon.Phrase phrase = lexicon.phrase(norm);
        if (phrase != null) {
            return phrase.type().equals(PER);
        }
        if (lexicon.isFirstName(norm)) {
            return true;
        }
        DocName doc = docNames.get(norm);
        if (doc != null) {
            return doc.type().equals(PER);
        }
        if (isUnknown(raw)) {
            return true;
        }
        return norm.startsWith(ARTICLE) && norm.length() >= 5 && norm.endsWith("\u064A");
    }

    /** A family name worth spreading over the document: not an ordinary word. */
    private boolean nameLike(String norm)
    {
        NerLexicon.Phrase phrase = lexicon.phrase(norm);
        if (phrase != null) {
            return phrase.type().equals(PER);
        }
        return lexicon.isFirstName(norm) && !lexicon.isAmbiguousFirstName(norm) || isUnknown(norm)
                || norm.startsWith(ARTICLE) && norm.length() >= 5 && norm.endsWith("\u064A")
                        && isUnknown(norm.substring(2, norm.length() - 1));
    }

    private boolean isPersonName(Sentence s, int j, Map<String, DocName> docNames)
    {
        DocName doc = docNames.get(s.norm[j]);
        if (doc != null) {
            return doc.type().equals(PER);
        }
        NerLexicon.Phrase phrase = lexicon.phrase(s.norm[j]);
        return (phrase != null && phrase.type().equals(PER))
                || (lexicon.isFirstName(s.norm[j]) && !lexicon.isAmbiguousFirstName(s.norm[j]));
    }

    private EntityMention personMention(Sentence s, int i, int end, Map<String, DocName> docNames)
    {
        int strip = s.bestStrip[i];
        String text = s.phraseText(i, end, strip);
        DocName doc = docNames.get(text);
        String id = doc != null && doc.type().equals(PER) ? doc.key() : key(PER, canonical(text));
        return mention(s, i, strip, end, PER, id);
    }

    // ---------------------------------------------------------------------------------------
    // Helpers

    /** Words that are never part of a name: function words, titles, heads, time words. */
    private boolean isExcluded(String raw, String norm)
    {
        return lexicon.isNonName(raw, norm) || lexicon.isTitle(norm) || lexicon.isOrgHead(norm)
                || lexicon.isDefiniteOrgHead(norm) || lexicon.isPlaceHead(norm)
                || TimeWords.isTimeWord(lexicon, norm) || TitleModifiers.isModifier(norm)
                || lexicon.isSpeechVerb(norm);
    }

    private boolean isDefiniteNoun(Sentence s, int j)
    {
        String norm = s.norm[j];
        return norm.startsWith(ARTICLE) && norm.length() >= 4 && !isExcluded(s.raw[j], norm)
                || (norm.startsWith(ARTICLE) && (lexicon.isDefiniteOrgHead(norm)));
    }

    /**
     * Extends over definite adjectives and nationality/place phrases after position {@code j};
     * with {@code needNationality}, returns {@code j} unless one of them is a NORP or GPE.
     */
    private int adjectives(Sentence s, int j, int limit, boolean needNationality)
    {
        int end = j;
        boolean nationality = false;
        while (end < s.size && end < limit && s.isWord[end]) {
            int[] phrase = longestPhrase(s, end, false);
            if (phrase != null) {
                String type = lexicon.phrase(s.phraseText(end, phrase[0], 0)).type();
                if (type.equals(NORP) || type.equals(GPE)) {
                    end = phrase[0];
                    nationality = true;
                    continue;
                }
                break;
            }
            String norm = s.norm[end];
            if (norm.startsWith(ARTICLE) && norm.length() >= 5
                    && (norm.endsWith("\u064A") || norm.endsWith("\u064A\u0647"))
                    && !isExcluded(s.raw[end], norm)) {
                end++;
                continue;
            }
            break;
        }
        if (needNationality && !nationality && end - j < 2) {
            return j;
        }
        return end;
    }

    /** Whether a place preposition or place head precedes position {@code i}. */
    private boolean placeContext(Sentence s, int i, int strip)
    {
        if (strip > 0 && s.raw[i].charAt(Math.abs(strip) - 1) == BEH) {
            return true;
        }
        if (i == 0 || !s.isWord[i - 1]) {
            return false;
        }
        String prev = s.norm[i - 1];
        return lexicon.isPlacePreposition(prev) || lexicon.isPlaceHead(prev);
    }

    private int longestTitle(Sentence s, int i)
    {
        for (int strip : s.strips(i)) {
            String first = s.body(i, strip);
            if (!lexicon.startsPhrase(first)) {
                continue;
            }
            for (int len = Math.min(lexicon.maxPhraseWords(), s.size - i); len >= 1; len--) {
                if (s.allWords(i, i + len) && lexicon.isTitle(s.phraseText(i, i + len, strip))) {
                    return i + len;
                }
            }
        }
        return -1;
    }

    /**
     * The longest gazetteer phrase at {@code i}: {end, strip}, or null. With {@code allowStrip}
     * the first token may carry a proclitic.
     */
    private int[] longestPhrase(Sentence s, int i, boolean allowStrip)
    {
        int[] strips = allowStrip ? s.strips(i) : Sentence.NO_STRIP;
        for (int strip : strips) {
            String first = s.body(i, strip);
            if (!lexicon.startsPhrase(first)) {
                continue;
            }
            for (int len = Math.min(lexicon.maxPhraseWords(), s.size - i); len >= 1; len--) {
                if (s.allWords(i, i + len) && lexicon.phrase(s.phraseText(i, i + len, strip)) != null) {
                    return new int[] { i + len, strip };
                }
            }
        }
        return null;
    }

    private boolean startsWithConjunction(Sentence s, int j)
    {
        String norm = s.norm[j];
        if (norm.length() < 4 || (norm.charAt(0) != WAW && norm.charAt(0) != FEH)) {
            return false;
        }
        if (lexicon.isFirstName(norm) || lexicon.phrase(norm) != null || lexicon.isOrgHead(norm)) {
            return false;
        }
        String rest = norm.substring(1);
        return rest.startsWith(ARTICLE) || lexicon.phrase(rest) != null || lexicon.isFirstName(rest)
                || knownWords.isKnown(s.raw[j].substring(1)) || isUnknown(s.raw[j]);
    }

    /**
     * The identifier of a mention of {@code type} whose normalised text is {@code norm}, found by
     * another component (the learned model): the alias of {@code ner-aliases.txt}, else the
     * gazetteer entry's canonical name when the gazetteer has the phrase with this type, else the
     * text itself (see the class Javadoc, <i>Identity</i>).
     */
    public String identify(String type, String norm)
    {
        NerLexicon.Phrase phrase = lexicon.phrase(norm);
        if (lexicon.alias(norm) == null && phrase != null && phrase.type().equals(type)) {
            return key(type, phrase.canonical());
        }
        return key(type, canonical(norm));
    }

    /** Whether a word is a name candidate: the Arabic dictionary knows none of its readings. */
    public boolean isNameCandidate(String form)
    {
        return isUnknown(form);
    }

    /** The canonical name of a normalised mention text: its alias, else itself. */
    private String canonical(String norm)
    {
        String alias = lexicon.alias(norm);
        return alias != null ? alias : norm;
    }

    private String key(String type, String canonicalName)
    {
        String alias = lexicon.alias(EntityKeys.normalize(canonicalName));
        return EntityKeys.key(type, alias != null ? alias : canonicalName);
    }

    private static EntityMention mention(Sentence s, int i, int strip, int end, String type, String key)
    {
        int begin = s.tokens.get(i).offsetAfterLetters(s.text, Math.abs(strip));
        return new EntityMention(begin, s.tokens.get(end - 1).end(), type, key,
                s.phraseText(i, end, strip));
    }

    /** Whether an entity type names a place (GPE or LOC). */
    public static boolean isPlace(String type)
    {
        return GPE.equals(type) || LOC.equals(type);
    }

    /**
     * Whether the dictionary knows no reading of the word: with and without proclitics, article
     * and pronoun suffixes, and with hamza restored on an initial alef.
     */
    boolean isUnknown(String raw)
    {
        if (raw.length() < 3 || !isArabicWord(raw)) {
            return false;
        }
        Boolean cached = unknownCache.get(raw);
        if (cached != null) {
            return cached;
        }
        boolean unknown = !anyReadingKnown(raw) && !lexicon.isNonName(raw, EntityKeys.normalize(raw));
        unknownCache.put(raw, unknown);
        return unknown;
    }

    private boolean anyReadingKnown(String raw)
    {
        for (String stem : stems(raw)) {
            if (lexicon.isNonName(stem, EntityKeys.normalize(stem)) || knownWithSuffixes(stem)) {
                return true;
            }
        }
        return false;
    }

    private boolean knownWithSuffixes(String word)
    {
        if (knownWithHamza(word)) {
            return true;
        }
        for (String suffix : PRONOUN_SUFFIXES) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix)
                    && knownWithHamza(word.substring(0, word.length() - suffix.length()))) {
                return true;
            }
        }
        for (String suffix : PRONOUN_SUFFIXES) {
            if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
                String stem = word.substring(0, word.length() - suffix.length());
                if (stem.endsWith("\u062A") && knownWithHamza(stem.substring(0, stem.length() - 1) + "\u0629")) {
                    return true; // مقدمتها → مقدمة
                }
            }
        }
        if (word.length() > 4 && word.charAt(0) == '\u0633' && "\u064A\u062A\u0646\u0627".indexOf(word.charAt(1)) >= 0
                && knownWithHamza(word.substring(1))) {
            return true; // future prefix: سيمدد → يمدد
        }
        if (word.endsWith("\u062A") && word.length() > 3
                && knownWithHamza(word.substring(0, word.length() - 1) + "\u0629")) {
            return true; // construct form with pronoun: حكومته → حكومة
        }
        return false;
    }

    private boolean knownWithHamza(String word)
    {
        if (word.length() < 2) {
            return true;
        }
        if (knownWords.isKnown(word)) {
            return true;
        }
        if (word.charAt(0) == '\u0627') {
            String rest = word.substring(1);
            return knownWords.isKnown('\u0623' + rest) || knownWords.isKnown('\u0625' + rest)
                    || knownWords.isKnown('\u0622' + rest);
        }
        return false;
    }

    /** The word without proclitics and article, in every segmentation that leaves ≥ 2 letters. */
    private static List<String> stems(String raw)
    {
        List<String> result = new ArrayList<>(6);
        result.add(raw);
        int start = 0;
        if (raw.length() > 3 && (raw.charAt(0) == WAW || raw.charAt(0) == FEH)) {
            start = 1;
            result.add(raw.substring(1));
        }
        for (int base = 0; base <= start; base++) {
            int p = base;
            if (raw.length() - p > 3 && (raw.charAt(p) == BEH || raw.charAt(p) == LAM || raw.charAt(p) == KAF)) {
                if (raw.charAt(p) == LAM && raw.length() - p > 4 && raw.charAt(p + 1) == LAM) {
                    result.add(raw.substring(p + 2));
                }
                result.add(raw.substring(p + 1));
                p++;
            }
            if (raw.startsWith(ARTICLE, p) && raw.length() - p > 3) {
                result.add(raw.substring(p + 2));
            }
        }
        return result;
    }

    static boolean isArabicWord(String raw)
    {
        if (raw.isEmpty()) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!(c >= '\u0621' && c <= '\u064A') && !(c >= '\u0671' && c <= '\u06D3')) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------

    /** One sentence prepared for matching. */
    private final class Sentence
    {
        static final int[] NO_STRIP = { 0 };

        final CharSequence text;
        final List<NerToken> tokens;
        final int size;
        final String[] raw;
        final String[] norm;
        final boolean[] isWord;
        final boolean[] isComma;
        final int[] bestStrip;
        private final int[][] strips;

        Sentence(CharSequence text, List<NerToken> tokens)
        {
            this.text = text;
            this.tokens = tokens;
            size = tokens.size();
            raw = new String[size];
            norm = new String[size];
            isWord = new boolean[size];
            isComma = new boolean[size];
            bestStrip = new int[size];
            strips = new int[size][];
            for (int i = 0; i < size; i++) {
                String form = tokens.get(i).form();
                raw[i] = form == null ? "" : form;
                norm[i] = EntityKeys.normalize(raw[i]);
                if (norm[i].length() != raw[i].length()) {
                    raw[i] = norm[i]; // keep raw and norm letter-aligned
                }
                isWord[i] = isArabicWord(raw[i]);
                isComma[i] = raw[i].equals("\u060C") || raw[i].equals(",");
            }
            for (int i = 0; i < size; i++) {
                strips[i] = isWord[i] ? computeStrips(i) : NO_STRIP;
                bestStrip[i] = strips[i][0];
            }
        }

        /** Possible proclitic lengths of token i, most plausible first. */
        private int[] computeStrips(int i)
        {
            String n = norm[i];
            if (lexiconWord(n) || n.length() < 4) {
                return NO_STRIP;
            }
            List<Integer> found = new ArrayList<>(3);
            int conj = (n.charAt(0) == WAW || n.charAt(0) == FEH) ? 1 : 0;
            for (int base = 0; base <= conj; base++) {
                if (base == 1 && lexiconWord(n.substring(1)) && !knownWords.isKnown(raw[i])) {
                    found.add(1);
                }
                if (n.length() - base < 4) {
                    continue;
                }
                char p = n.charAt(base);
                if (p == LAM && n.charAt(base + 1) == LAM && n.length() - base > 4) {
                    found.add(-(base + 1)); // لل → ال
                }
                else if (p == BEH || p == LAM || p == KAF) {
                    String body = n.substring(base + 1);
                    if (body.startsWith(ARTICLE) || lexiconWord(body) && !knownWords.isKnown(raw[i])) {
                        found.add(base + 1);
                    }
                }
                if (base == 1 && n.startsWith(ARTICLE, 1)) {
                    found.add(1);
                }
            }
            if (found.isEmpty()) {
                if (conj == 1 && n.length() >= 5 && isUnknown(raw[i]) && isUnknown(raw[i].substring(1))) {
                    return new int[] { 1, 0 };
                }
                return NO_STRIP;
            }
            int[] result = new int[found.size() + 1];
            for (int k = 0; k < found.size(); k++) {
                result[k] = found.get(k);
            }
            result[found.size()] = 0;
            return result;
        }

        private boolean lexiconWord(String w)
        {
            return lexicon.startsPhrase(w) || lexicon.isFirstName(w) || lexicon.isOrgHead(w)
                    || lexicon.isPlaceHead(w) || lexicon.isDefiniteOrgHead(w) || lexicon.isParticle(w);
        }

        int[] strips(int i)
        {
            return strips[i];
        }

        /** Normalised body of token i after a strip (negative strip k: لل → ال after k letters). */
        String body(int i, int strip)
        {
            if (strip == 0) {
                return norm[i];
            }
            if (strip < 0) {
                return ARTICLE + norm[i].substring(-strip + 1);
            }
            return norm[i].substring(strip);
        }

        String bodyRaw(int i, int strip)
        {
            if (strip == 0) {
                return raw[i];
            }
            if (strip < 0) {
                return ARTICLE + raw[i].substring(-strip + 1);
            }
            return raw[i].substring(strip);
        }

        boolean allWords(int from, int to)
        {
            for (int k = from; k < to; k++) {
                if (!isWord[k]) {
                    return false;
                }
            }
            return true;
        }

        String phraseText(int from, int to, int strip)
        {
            if (to - from == 1) {
                return body(from, strip);
            }
            StringBuilder sb = new StringBuilder(body(from, strip));
            for (int k = from + 1; k < to; k++) {
                sb.append(' ').append(norm[k]);
            }
            return sb.toString();
        }

        /** The token after the one that ends at document offset {@code end}, at least {@code min}. */
        int tokenEndingAt(int end, int min)
        {
            for (int k = 0; k < size; k++) {
                if (tokens.get(k).end() == end) {
                    return Math.max(k + 1, min);
                }
            }
            return min;
        }
    }
}
