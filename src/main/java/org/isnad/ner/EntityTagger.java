package org.isnad.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.isnad.segment.ArabicCharacters;

import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * Named entities of one document from the rules and the learned model. Plain Java, no CAS; one
 * instance per thread.
 *
 * <p><b>How rules and model are combined.</b>
 * <ol>
 * <li><b>Rules first</b>: {@link NamedEntityFinder} tags the document (gazetteers, contextual
 * rules, document consistency), on the Tokens with names that segmentation split rejoined.</li>
 * <li><b>Rules as features</b>: every Token is packed with its form, lemma, UPOS, clitics, known
 * flag, lexicon classes and the rules' BIO tag ({@link NameFeatures}), and the OpenNLP name finder
 * ({@link IsnadNameContextGenerator}) tags each sentence. The model has learned from annotated
 * news when to follow the rules and when not to.</li>
 * <li><b>Merge</b>: the model's entities win, except that a strong rule entity (a multiword
 * person, or a gazetteer or alias phrase that is multiword, an organisation or unknown to the
 * dictionary: the rules know names the training data never saw; see {@code isStrong}) is added
 * where it overlaps no model entity and replaces the model entities of its type that it strictly
 * contains (أحمد الصحاف over a model's الصحاف); skipped when {@code addRuleEntities} is off (model
 * only). Other rule entities are left to the model, which has seen the rules' tag as a feature:
 * adding them back lowered precision on every development set. A model entity whose text
 * is a gazetteer phrase takes the gazetteer's type (البيت الأبيض is an ORG in Isnad's lexicon,
 * a LOC building in NewsFANE).</li>
 * <li><b>Document-level consistency</b>: every name the document tagged (multiword names, and
 * single words that are gazetteer phrases or unknown to the dictionary) is tagged at its other
 * untagged mentions, and the family name of a multiword person (unless two persons share it).</li>
 * <li><b>Span convention</b>: rules and model tag a place's name alone (قرية [اليامون]); with
 * {@code placeHeadInSpan} the place head nouns right before it join the span (قرية اليامون).</li>
 * <li><b>Identity</b>: an entity with the same span and type as a rule entity keeps the rule's
 * identifier; otherwise {@link NamedEntityFinder#identify} (alias, gazetteer canonical name, the
 * text), and a person mentioned by a shorter form takes the key of the longest name of the
 * document that ends with it (الكاظمي → مصطفى الكاظمي).</li>
 * </ol>
 * Model entities never include a proclitic (the clitics are Tokens of their own and the training
 * data marks them O) and never nest (a sequence tagger gives non-overlapping spans).
 */
public final class EntityTagger
{
    private static final int MAX_MATCH_WORDS = 5;

    private final NerLexicon lexicon;
    private final NamedEntityFinder finder;
    private final TokenNameFinder nameFinder;
    private final boolean addRuleEntities;
    private final boolean placeHeadInSpan;

    /** The entities and the rule finder's token view of each sentence (for time expressions). */
    public record Result(List<EntityMention> mentions, List<List<NerToken>> sentences) {}

    /**
     * How the model's names are decided and combined with the rules.
     *
     * @param addRuleEntities whether strong rule entities that overlap no model entity are added
     * @param placeHeadInSpan whether a place head noun before a GPE/LOC joins its span (مدينة رفح)
     * @param nameBias subtracted from the model's log score of "no name" at every token (0 = the
     *        model's own decisions; more finds more names at some cost in precision)
     */
    public record Options(boolean addRuleEntities, boolean placeHeadInSpan, double nameBias)
    {
    }

    /**
     * @param model the learned model, or null for rules only
     * @param addRuleEntities whether rule entities that overlap no model entity are added
     */
    public EntityTagger(NerLexicon lexicon, KnownWords knownWords, NerModel model,
            boolean addRuleEntities)
    {
        this(lexicon, knownWords, model, new Options(addRuleEntities, false, 0));
    }

    /** @param model the learned model, or null for rules only */
    public EntityTagger(NerLexicon lexicon, KnownWords knownWords, NerModel model, Options options)
    {
        this.placeHeadInSpan = options.placeHeadInSpan();
        this.lexicon = lexicon;
        this.finder = new NamedEntityFinder(lexicon, knownWords);
        this.nameFinder = model == null ? null : model.newFinder(options.nameBias());
        this.addRuleEntities = options.addRuleEntities();
    }

    /** Tags one document given as sentences of model tokens. */
    public Result tag(CharSequence text, List<List<ModelToken>> segmented)
    {
        List<List<ModelToken>> sentences = splitGluedNames(segmented);
        List<List<NerToken>> nerSentences = new ArrayList<>(sentences.size());
        for (List<ModelToken> sentence : sentences) {
            nerSentences.add(rejoinSplitNames(sentence));
        }
        List<EntityMention> rules = finder.find(text, nerSentences);
        if (nameFinder == null) {
            return new Result(withPlaceHeads(sentences, rules), nerSentences);
        }
        List<String[]> packed = pack(sentences, rules);
        List<EntityMention> mentions = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<ModelToken> tokens = sentences.get(s);
            if (tokens.isEmpty()) {
                continue;
            }
            for (Span span : nameFinder.find(packed.get(s))) {
                mentions.add(mention(tokens, span.getStart(), span.getEnd(), span.getType(), rules));
            }
        }
        nameFinder.clearAdaptiveData();
        if (addRuleEntities) {
            mentions = merge(text, mentions, rules);
        }
        mentions.sort(Comparator.comparingInt(EntityMention::begin));
        mentions = spreadOverDocument(text, sentences, mentions);
        return new Result(resolvePersons(withPlaceHeads(sentences, mentions)), nerSentences);
    }

    /**
     * With {@code placeHeadInSpan}, a GPE or LOC span is extended over up to two place head nouns
     * right before it (قضاء مدينة جنين); rules and model tag the name alone.
     */
    private List<EntityMention> withPlaceHeads(List<List<ModelToken>> sentences,
            List<EntityMention> mentions)
    {
        if (!placeHeadInSpan || mentions.isEmpty()) {
            return mentions;
        }
        List<EntityMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(EntityMention::begin));
        List<EntityMention> result = new ArrayList<>(sorted.size());
        int m = 0;
        int previousEnd = 0;
        for (List<ModelToken> tokens : sentences) {
            for (int i = 0; i < tokens.size() && m < sorted.size(); i++) {
                while (m < sorted.size() && sorted.get(m).begin() < tokens.get(i).begin()) {
                    previousEnd = Math.max(previousEnd, sorted.get(m).end());
                    result.add(sorted.get(m++));
                }
                if (m >= sorted.size() || sorted.get(m).begin() != tokens.get(i).begin()) {
                    continue;
                }
                EntityMention name = sorted.get(m++);
                boolean place = NamedEntityFinder.isPlace(name.type());
                int first = i;
                while (place && first > 0 && i - first < 2 && !tokens.get(first - 1).clitic()
                        && tokens.get(first - 1).begin() >= previousEnd
                        && lexicon.isPlaceHead(EntityKeys.normalize(tokens.get(first - 1).form()))) {
                    first--;
                }
                if (first < i) {
                    name = new EntityMention(tokens.get(first).begin(), name.end(), name.type(),
                            name.identifier(), text(tokens, first, i) + " " + name.text());
                }
                previousEnd = Math.max(previousEnd, name.end());
                result.add(name);
            }
        }
        while (m < sorted.size()) {
            result.add(sorted.get(m++));
        }
        return result;
    }

    /**
     * Step 3 of the class Javadoc: a strong rule entity (multiword, or a phrase of the gazetteers
     * or aliases) is added where it overlaps no model entity, and replaces the model entities of
     * its type that it strictly contains (أحمد الصحاف over a model's الصحاف).
     */
    private List<EntityMention> merge(CharSequence text, List<EntityMention> model,
            List<EntityMention> rules)
    {
        List<EntityMention> result = new ArrayList<>(model);
        for (EntityMention rule : rules) {
            boolean strong = isStrong(text, rule);
            List<EntityMention> overlapping = new ArrayList<>();
            boolean contained = true;
            boolean inside = true;
            boolean sameStart = false;
            int lastEnd = -1;
            for (EntityMention m : result) {
                if (m.begin() < rule.end() && rule.begin() < m.end()) {
                    overlapping.add(m);
                    boolean within = rule.begin() <= m.begin() && m.end() <= rule.end()
                            && m.end() - m.begin() < rule.end() - rule.begin();
                    contained &= m.type().equals(rule.type()) && within;
                    inside &= within;
                    sameStart |= m.begin() == rule.begin() && m.type().equals(rule.type());
                    lastEnd = Math.max(lastEnd, m.end());
                }
            }
            // the model split one organisation's name into adjacent entities (مجلس محافظة + بغداد):
            // the rule's head-noun construction spans exactly those
            boolean completes = overlapping.size() >= 2 && inside && sameStart && lastEnd == rule.end()
                    && rule.type().equals(NamedEntityFinder.ORG);
            // a listed name of several words wins over the parts of it the model found (بغداد اليوم,
            // a news agency, over the model's بغداد)
            boolean listed = rule.text().indexOf(' ') > 0 && isListed(rule.text());
            if (strong && (overlapping.isEmpty() || contained) || completes || listed && inside) {
                result.removeAll(overlapping);
                result.add(rule);
            }
        }
        return result;
    }

    /**
     * A rule entity the merge may add: a person of several words (أحمد الصحاف), or a phrase of the
     * gazetteers or aliases that has several words (جنوب أفريقيا), is not a place (إيلاف, العراقي)
     * or is a word the dictionary lacks (ماليزيا). A listed place that is also an ordinary word
     * (الخليج, النيل) and the rules' head-noun constructions (حركة الأرض, فريق الجزيرة) are left
     * to the model, which saw them as features and learned from annotated news when they are
     * names: adding them cost 1.1 points of F1 on the NewsFANE development blocks.
     */
    private boolean isStrong(CharSequence text, EntityMention rule)
    {
        String name = rule.text();
        if (rule.type().equals(NamedEntityFinder.PER) && name.indexOf(' ') > 0) {
            return true;
        }
        if (!isListed(name)) {
            return false;
        }
        boolean place = NamedEntityFinder.isPlace(rule.type());
        return name.indexOf(' ') > 0 || !place || finder.isNameCandidate(ArabicCharacters.stripToForm(text, rule.begin(), rule.end()));
    }

    /** Whether a normalised name is a phrase of the gazetteers or an alias. */
    private boolean isListed(String name)
    {
        return lexicon.phrase(name) != null || lexicon.alias(name) != null;
    }

    /** The packed tokens of every sentence, with the rules' tags (for training and tagging). */
    public List<String[]> pack(CharSequence text, List<List<ModelToken>> segmented)
    {
        List<List<ModelToken>> sentences = splitGluedNames(segmented);
        List<List<NerToken>> nerSentences = new ArrayList<>(sentences.size());
        for (List<ModelToken> sentence : sentences) {
            nerSentences.add(rejoinSplitNames(sentence));
        }
        return pack(sentences, finder.find(text, nerSentences));
    }

    /**
     * The model's token stream: Tokens as the segmenter gave them, except that a word it left
     * whole because the dictionary lacks it is split after a proclitic (و ف ب ل ك) when the rest
     * is a name of the lexicons (لاسرائيل → ل + اسرائيل, وترامب → و + ترامب).
     */
    public List<List<ModelToken>> splitGluedNames(List<List<ModelToken>> sentences)
    {
        List<List<ModelToken>> result = new ArrayList<>(sentences.size());
        for (List<ModelToken> sentence : sentences) {
            List<ModelToken> tokens = null;
            for (int i = 0; i < sentence.size(); i++) {
                ModelToken t = sentence.get(i);
                int split = gluedProcliticLength(t);
                if (split > 0 && tokens == null) {
                    tokens = new ArrayList<>(sentence.subList(0, i));
                }
                if (split > 0) {
                    int cut = t.begin() + split;
                    String proclitic = t.form().substring(0, split);
                    tokens.add(new ModelToken(t.begin(), cut, proclitic, proclitic, "ADP", "", false, true));
                    tokens.add(new ModelToken(cut, t.end(), t.form().substring(split), null, null,
                            proclitic, t.suffixed(), false));
                }
                else if (tokens != null) {
                    tokens.add(t);
                }
            }
            result.add(tokens == null ? sentence : tokens);
        }
        return result;
    }

    private int gluedProcliticLength(ModelToken t)
    {
        String form = t.form();
        if (t.known() || t.clitic() || !t.proclitics().isEmpty() || form.length() < 4
                || t.end() - t.begin() != form.length()) {
            return 0;
        }
        char first = form.charAt(0);
        if ("\u0648\u0641\u0628\u0644\u0643".indexOf(first) < 0) {
            return 0;
        }
        String whole = EntityKeys.normalize(form);
        if (lexicon.phrase(whole) != null || lexicon.isFirstName(whole) || lexicon.startsPhrase(whole)) {
            return 0;
        }
        String rest = whole.substring(1);
        if (lexicon.phrase(rest) != null || lexicon.isFirstName(rest)
                || lexicon.startsPhrase(rest) && !lexicon.isNonName(form.substring(1), rest)) {
            return 1;
        }
        return 0;
    }

    private List<String[]> pack(List<List<ModelToken>> sentences, List<EntityMention> rules)
    {
        List<EntityMention> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingInt(EntityMention::begin));
        List<String[]> result = new ArrayList<>(sentences.size());
        int r = 0;
        for (List<ModelToken> sentence : sentences) {
            String[] packed = new String[sentence.size()];
            for (int i = 0; i < sentence.size(); i++) {
                ModelToken token = sentence.get(i);
                while (r < sorted.size() && sorted.get(r).end() <= token.begin()) {
                    r++;
                }
                String tag = "O";
                if (r < sorted.size() && sorted.get(r).begin() < token.end()
                        && token.begin() < sorted.get(r).end()) {
                    EntityMention m = sorted.get(r);
                    tag = (token.begin() <= m.begin() ? "B-" : "I-") + m.type();
                }
                packed[i] = NameFeatures.encode(token, tag, lexicon);
            }
            result.add(packed);
        }
        return result;
    }

    private EntityMention mention(List<ModelToken> tokens, int start, int end, String type,
            List<EntityMention> rules)
    {
        int begin = tokens.get(start).begin();
        int stop = tokens.get(end - 1).end();
        for (EntityMention rule : rules) {
            if (rule.begin() == begin && rule.end() == stop && rule.type().equals(type)) {
                return rule;
            }
        }
        String text = text(tokens, start, end);
        NerLexicon.Phrase listed = lexicon.phrase(text);
        String finalType = listed != null && lexicon.alias(text) == null ? listed.type() : type;
        return new EntityMention(begin, stop, finalType, finder.identify(finalType, text), text);
    }

    private static String text(List<ModelToken> tokens, int start, int end)
    {
        StringBuilder sb = new StringBuilder();
        for (int k = start; k < end; k++) {
            ModelToken t = tokens.get(k);
            if (k > start && t.begin() > tokens.get(k - 1).end()) {
                sb.append(' ');
            }
            sb.append(t.form());
        }
        return EntityKeys.normalize(sb);
    }

    private static boolean overlapsAny(EntityMention m, List<EntityMention> others)
    {
        for (EntityMention o : others) {
            if (o.begin() < m.end() && m.begin() < o.end()) {
                return true;
            }
        }
        return false;
    }

    /** A name remembered for the document: type and identifier. */
    private record Name(String type, String key) {}

    /** Step 4 of the class Javadoc. */
    private List<EntityMention> spreadOverDocument(CharSequence text,
            List<List<ModelToken>> sentences, List<EntityMention> mentions)
    {
        Map<String, Name> names = new HashMap<>();
        Map<String, Name> families = new HashMap<>();
        for (EntityMention m : mentions) {
            String written = writtenForm(text, m.begin(), m.end());
            String[] words = written.split(" ");
            if (words.length >= 2 || nameLike(m.text())) {
                names.putIfAbsent(written, new Name(m.type(), m.identifier()));
            }
            if (m.type().equals(NamedEntityFinder.PER) && words.length >= 2) {
                String family = words[words.length - 1];
                if (family.length() >= 3 && !lexicon.isParticle(family)) {
                    Name owner = families.get(family);
                    if (owner == null && !families.containsKey(family)) {
                        families.put(family, new Name(m.type(), m.identifier()));
                    }
                    else if (owner != null && !owner.key().equals(m.identifier())) {
                        families.put(family, null); // two persons share it
                    }
                }
            }
        }
        families.forEach((family, owner) -> {
            if (owner != null) {
                names.putIfAbsent(family, owner);
            }
        });
        if (names.isEmpty()) {
            return mentions;
        }
        java.util.Set<String> firstWords = new java.util.HashSet<>();
        for (String name : names.keySet()) {
            int space = name.indexOf(' ');
            firstWords.add(space < 0 ? name : name.substring(0, space));
        }
        List<EntityMention> result = new ArrayList<>(mentions);
        int m = 0;
        for (List<ModelToken> tokens : sentences) {
            int i = 0;
            while (i < tokens.size()) {
                ModelToken token = tokens.get(i);
                while (m < mentions.size() && mentions.get(m).end() <= token.begin()) {
                    m++;
                }
                boolean covered = m < mentions.size() && mentions.get(m).begin() < token.end();
                if (covered || token.clitic()
                        || !firstWords.contains(writtenForm(text, token.begin(), token.end()))) {
                    i++;
                    continue;
                }
                int matched = 0;
                for (int len = Math.min(MAX_MATCH_WORDS, tokens.size() - i); len >= 1 && matched == 0; len--) {
                    int stop = tokens.get(i + len - 1).end();
                    if (m < mentions.size() && mentions.get(m).begin() < stop) {
                        continue; // would overlap the next entity
                    }
                    Name name = names.get(writtenForm(text, token.begin(), stop));
                    if (name != null) {
                        result.add(new EntityMention(token.begin(), stop, name.type(), name.key(),
                                text(tokens, i, i + len)));
                        matched = len;
                    }
                }
                i += Math.max(1, matched);
            }
        }
        result.sort(Comparator.comparingInt(EntityMention::begin));
        return result;
    }

    /**
     * The written form of a text span for matching mentions within a document: diacritics and
     * tatweel removed, hamza on alef folded, white space collapsed; ى, ي, ة, ه kept apart (so the
     * name علي does not spread to the preposition على).
     */
    private static String writtenForm(CharSequence text, int begin, int end)
    {
        String form = ArabicCharacters.stripToForm(text, begin, end);
        StringBuilder sb = new StringBuilder(form.length());
        boolean space = false;
        for (int k = 0; k < form.length(); k++) {
            char c = form.charAt(k);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return NameFeatures.featureForm(sb.toString());
    }

    /** A single word worth spreading: a gazetteer phrase or a word the dictionary lacks. */
    private boolean nameLike(String norm)
    {
        return norm.length() >= 3 && (lexicon.phrase(norm) != null || finder.isNameCandidate(norm));
    }

    /** Step 5: short person mentions take the key of the longest name ending with them. */
    private static List<EntityMention> resolvePersons(List<EntityMention> mentions)
    {
        Map<String, String> longest = new HashMap<>();
        for (EntityMention m : mentions) {
            if (!m.type().equals(NamedEntityFinder.PER)) {
                continue;
            }
            for (EntityMention other : mentions) {
                if (other != m && other.type().equals(NamedEntityFinder.PER)
                        && other.text().length() > m.text().length()
                        && other.text().endsWith(" " + m.text())) {
                    String best = longest.get(m.text());
                    if (best == null || best.length() < other.text().length()) {
                        longest.put(m.text(), other.identifier() + "\u0000" + other.text());
                    }
                }
            }
        }
        if (longest.isEmpty()) {
            return mentions;
        }
        List<EntityMention> result = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            String best = m.type().equals(NamedEntityFinder.PER) ? longest.get(m.text()) : null;
            if (best != null) {
                String key = best.substring(0, best.indexOf('\u0000'));
                result.add(new EntityMention(m.begin(), m.end(), m.type(), key, m.text()));
            }
            else {
                result.add(m);
            }
        }
        return result;
    }

    /**
     * The rule finder's tokens: a word that clitic segmentation split into stem + pronoun suffix is
     * rejoined when the whole word is a name of the lexicons (أنتوني split as أنتو + ني): names
     * carry no pronoun suffix.
     */
    private List<NerToken> rejoinSplitNames(List<ModelToken> tokens)
    {
        List<NerToken> result = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            ModelToken token = tokens.get(i);
            if (i + 1 < tokens.size() && tokens.get(i + 1).begin() == token.end()
                    && token.form().length() > 1) {
                ModelToken next = tokens.get(i + 1);
                String whole = EntityKeys.normalize(token.form() + next.form());
                if (lexicon.isFirstName(whole) || lexicon.startsPhrase(whole)) {
                    result.add(new NerToken(token.begin(), next.end(), token.form() + next.form()));
                    i++;
                    continue;
                }
            }
            result.add(new NerToken(token.begin(), token.end(), token.form()));
        }
        return result;
    }
}
