package org.isnad.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.namefind.NameFinderME;
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
 * <li><b>Merge</b>: the model's entities win; a rule entity is added where it overlaps no model
 * entity (the rules know names the training data never saw), unless {@code addRuleEntities} is
 * off (model only).</li>
 * <li><b>Document-level consistency</b>: every name the document tagged (multiword names, and
 * single words that are gazetteer phrases or unknown to the dictionary) is tagged at its other
 * untagged mentions, and the family name of a multiword person (unless two persons share it).</li>
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
    private final NameFinderME nameFinder;
    private final boolean addRuleEntities;

    /** The entities and the rule finder's token view of each sentence (for time expressions). */
    public record Result(List<EntityMention> mentions, List<List<NerToken>> sentences) {}

    /**
     * @param model the learned model, or null for rules only
     * @param addRuleEntities whether rule entities that overlap no model entity are added
     */
    public EntityTagger(NerLexicon lexicon, KnownWords knownWords, NerModel model,
            boolean addRuleEntities)
    {
        this.lexicon = lexicon;
        this.finder = new NamedEntityFinder(lexicon, knownWords);
        this.nameFinder = model == null ? null : model.newFinder();
        this.addRuleEntities = addRuleEntities;
    }

    /** Tags one document given as sentences of model tokens. */
    public Result tag(CharSequence text, List<List<ModelToken>> sentences)
    {
        List<List<NerToken>> nerSentences = new ArrayList<>(sentences.size());
        for (List<ModelToken> sentence : sentences) {
            nerSentences.add(rejoinSplitNames(sentence));
        }
        List<EntityMention> rules = finder.find(text, nerSentences);
        if (nameFinder == null) {
            return new Result(rules, nerSentences);
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
            for (EntityMention rule : rules) {
                if (!overlapsAny(rule, mentions)) {
                    mentions.add(rule);
                }
            }
        }
        mentions.sort(Comparator.comparingInt(EntityMention::begin));
        mentions = spreadOverDocument(sentences, mentions);
        return new Result(resolvePersons(mentions), nerSentences);
    }

    /** The packed tokens of every sentence, with the rules' tags (for training and tagging). */
    public List<String[]> pack(CharSequence text, List<List<ModelToken>> sentences)
    {
        List<List<NerToken>> nerSentences = new ArrayList<>(sentences.size());
        for (List<ModelToken> sentence : sentences) {
            nerSentences.add(rejoinSplitNames(sentence));
        }
        return pack(sentences, finder.find(text, nerSentences));
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
        return new EntityMention(begin, stop, type, finder.identify(type, text), text);
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
    private List<EntityMention> spreadOverDocument(List<List<ModelToken>> sentences,
            List<EntityMention> mentions)
    {
        Map<String, Name> names = new HashMap<>();
        Map<String, Name> families = new HashMap<>();
        for (EntityMention m : mentions) {
            String[] words = m.text().split(" ");
            if (words.length >= 2 || nameLike(m.text())) {
                names.putIfAbsent(m.text(), new Name(m.type(), m.identifier()));
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
                if (covered || token.clitic()) {
                    i++;
                    continue;
                }
                int matched = 0;
                for (int len = Math.min(MAX_MATCH_WORDS, tokens.size() - i); len >= 1 && matched == 0; len--) {
                    int stop = tokens.get(i + len - 1).end();
                    if (m < mentions.size() && mentions.get(m).begin() < stop) {
                        continue; // would overlap the next entity
                    }
                    String text = text(tokens, i, i + len);
                    Name name = names.get(text);
                    if (name != null) {
                        result.add(new EntityMention(token.begin(), stop, name.type(), name.key(), text));
                        matched = len;
                    }
                }
                i += Math.max(1, matched);
            }
        }
        result.sort(Comparator.comparingInt(EntityMention::begin));
        return result;
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
