package org.isnad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.isnad.event.EventDocument.EntityMention;
import org.isnad.event.EventDocument.TimeMention;
import org.isnad.event.EventLexicon.Match;
import org.isnad.event.EventLexicon.Trigger;
import org.isnad.event.EventMention.Argument;

/**
 * Finds PLOVER event mentions in a document (plain Java, no CAS). Per sentence:
 * <ol>
 * <li><b>Triggers</b>: the longest entry of the trigger lexicon at each word (by lemma or the
 * affix-stripping fallback); an entry with a context class needs a word of that class within
 * five words after it (or three before) in the clause.</li>
 * <li><b>Not an event</b> (a word that is part of a name or used generically): any trigger word
 * inside a named entity; a trigger right after a quantifier (أي, كل), after a head that makes it
 * a topic, a counter-measure, a norm or a name (مناقشة, مواجهة, ضرورة, لجنة); a trigger with the
 * preposition ل (a purpose: لدعم, لمناقشة) or after من أجل / بهدف; a trigger next to a
 * demonstrative (هذا الاتفاق refers back to an event already counted); an agreement noun followed
 * by a title word (اتفاق الإطار الاستراتيجي).</li>
 * <li><b>One event, one trigger</b>: a trigger of the same category as a trigger at most five
 * words before it in the same clause is its complement (وقعت ... مذكرة تفاهم; عقد اجتماعا is
 * not a trigger pair because عقد is no trigger) and is dropped.</li>
 * <li><b>Arguments</b>: see {@link #arguments}.</li>
 * <li><b>Modality</b>: see {@link #modality}.</li>
 * </ol>
 */
public final class EventExtractor
{
    private static final int CONTEXT_AFTER = 5;
    private static final int CONTEXT_BEFORE = 3;
    private static final int MERGE_WINDOW = 6;
    private static final int ARGUMENT_WINDOW = 30;
    private static final int NP_MAX_WORDS = 6;
    private static final int BACK_WINDOW = 7;
    private static final int TARGET_WINDOW = 9;
    private static final int MODALITY_WINDOW = 6;
    private static final int CONDITION_WINDOW = 12;
    private static final int LIGHT_WINDOW = 24;
    private static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE");

    private final EventLexicon lexicon;
    private final java.util.Map<String, String> aliases = new java.util.HashMap<>();

    public EventExtractor(EventLexicon lexicon)
    {
        this.lexicon = lexicon;
    }

    /** The event mentions of the document, in text order, without event ids. */
    public List<EventMention> extract(EventDocument doc)
    {
        List<EventMention> mentions = new ArrayList<>();
        collectAliases(doc);
        Argument dateline = dateline(doc);
        Argument lastActor = null;
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<EventWord> words = doc.sentences().get(s);
            Sentence sentence = new Sentence(doc, words, s);
            int previousTrigger = -100;
            String previousCategory = null;
            int blockedEnd = -100;
            int i = 0;
            while (i < words.size()) {
                Match<Trigger> match = trigger(sentence, i);
                if (match == null) {
                    i++;
                    continue;
                }
                int next = match.last() + 1;
                String category = match.entry().category();
                boolean complement = category.equals(previousCategory)
                        && match.first() - previousTrigger <= MERGE_WINDOW
                        && !clauseBreakBetween(sentence, previousTrigger, match.first());
                boolean inheritsBlock = match.first() == blockedEnd + 1
                        && (match.proclitics().startsWith("و")
                                || words.get(match.first()).separateProclitics().startsWith("و"));
                if (!complement && !inheritsBlock && isEvent(sentence, match)) {
                    EventWord first = words.get(match.first());
                    EventWord last = words.get(match.last());
                    EventMention mention = new EventMention(first.begin(), last.end(), s,
                            category, match.entry().mode());
                    lastActor = arguments(sentence, match, mention, lastActor);
                    mention.setModality(modality(sentence, match));
                    time(sentence, match, mention);
                    place(sentence, match, mention, dateline);
                    mentions.add(mention);
                    previousTrigger = match.last();
                    previousCategory = category;
                }
                else if (complement) {
                    previousTrigger = match.last();
                }
                else {
                    blockedEnd = match.last(); // a trigger conjoined to it shares its reading
                }
                i = next;
            }
            Argument actor = lastEntityActor(sentence);
            if (actor != null) {
                lastActor = actor;
            }
        }
        return mentions;
    }

    // ---------------------------------------------------------------------------------------
    // Sentence view

    /** Words of one sentence with the entity covering each word. */
    private final class Sentence
    {
        final EventDocument doc;
        final List<EventWord> words;
        final int index;
        final EntityMention[] entityAt;
        final TimeMention[] timeAt;

        Sentence(EventDocument doc, List<EventWord> words, int index)
        {
            this.doc = doc;
            this.words = words;
            this.index = index;
            entityAt = new EntityMention[words.size()];
            timeAt = new TimeMention[words.size()];
            if (words.isEmpty()) {
                return;
            }
            int from = words.get(0).begin();
            int to = words.get(words.size() - 1).end();
            List<EntityMention> entities = doc.entities();
            for (int i = firstOverlapping(entities, from, EntityMention::begin,
                    EntityMention::end); i < entities.size() && entities.get(i).begin() < to; i++) {
                EntityMention e = entities.get(i);
                if (e.end() <= from) {
                    continue;
                }
                for (int k = 0; k < words.size(); k++) {
                    EventWord w = words.get(k);
                    if (w.begin() < e.end() && w.end() > e.begin()) {
                        entityAt[k] = e;
                    }
                }
            }
            List<TimeMention> times = doc.times();
            for (int i = firstOverlapping(times, from, TimeMention::begin, TimeMention::end);
                    i < times.size() && times.get(i).begin() < to; i++) {
                TimeMention t = times.get(i);
                if (t.end() <= from) {
                    continue;
                }
                for (int k = 0; k < words.size(); k++) {
                    EventWord w = words.get(k);
                    if (w.begin() < t.end() && w.end() > t.begin()) {
                        timeAt[k] = t;
                    }
                }
            }
        }

        int size()
        {
            return words.size();
        }

        EventWord word(int k)
        {
            return words.get(k);
        }

        boolean is(int k, String cueClass)
        {
            return k >= 0 && k < words.size() && lexicon.is(words.get(k), cueClass);
        }

        boolean isTimeWord(int k)
        {
            return timeAt[k] != null || is(k, "TIMEWORD") || is(k, "WEEKDAY");
        }

        /** A word that cannot be inside an actor noun phrase. */
        boolean isStop(int k)
        {
            EventWord w = words.get(k);
            return w.isPunctuation() || is(k, "BOUNDARY") || is(k, "PREPOSITION")
                    || is(k, "SPEECH") || isTimeWord(k) || is(k, "NEGATED")
                    || is(k, "FUTURE") || is(k, "PASSIVE") || is(k, "PURPOSE");
        }

        boolean isTrigger(int k)
        {
            return !lexicon.triggersAt(words, k).isEmpty() && entityAt[k] == null;
        }

        /** Whether words [first, last] contain a title or actor noun. */
        boolean titled(int first, int last)
        {
            for (int k = first; k <= last; k++) {
                if (is(k, "ACTOR")) {
                    return true;
                }
            }
            return false;
        }
    }

    // ---------------------------------------------------------------------------------------
    // Triggers and the not-an-event rules

    private Match<Trigger> trigger(Sentence sentence, int i)
    {
        if (sentence.entityAt[i] != null) {
            return null; // part of a name
        }
        for (Match<Trigger> m : lexicon.triggersAt(sentence.words, i)) {
            if (isNisba(sentence.word(m.first()), m.key())) {
                continue; // التنسيقي, الاحتجاجية: an adjective, not the act
            }
            String context = m.entry().context();
            if (context == null || hasContext(sentence, m, context)) {
                return m;
            }
        }
        return null;
    }

    /** A nisba adjective (تنسيقي, احتجاجية) built on a trigger noun. */
    static boolean isNisba(EventWord w, String key)
    {
        String n = w.normalized();
        boolean nisba = n.endsWith("ي") || n.endsWith("يه") || n.endsWith("يين")
                || n.endsWith("يون") || n.endsWith("يات");
        return nisba && !key.endsWith("ي") && !key.endsWith("يه") && n.length() > key.length() + 1
                && n.contains(key.endsWith("ه") ? key.substring(0, key.length() - 1) : key);
    }

    private boolean hasContext(Sentence sentence, Match<Trigger> m, String context)
    {
        for (int k = m.last() + 1; k < sentence.size() && k <= m.last() + CONTEXT_AFTER; k++) {
            if (sentence.word(k).isClauseEnd()) {
                break;
            }
            if (sentence.is(k, context)) {
                return true;
            }
        }
        for (int k = m.first() - 1; k >= 0 && k >= m.first() - CONTEXT_BEFORE; k--) {
            if (sentence.word(k).isClauseEnd()) {
                break;
            }
            if (sentence.is(k, context)) {
                return true;
            }
        }
        return false;
    }

    private boolean clauseBreakBetween(Sentence sentence, int from, int to)
    {
        for (int k = from + 1; k < to; k++) {
            EventWord w = sentence.word(k);
            String n = w.normalized();
            boolean verb = isFutureVerb(w) || (n.length() >= 4 && n.charAt(0) == 'ي');
            if (w.isClauseEnd() || sentence.is(k, "BOUNDARY") || sentence.is(k, "SPEECH") || verb) {
                return true;
            }
        }
        return false;
    }

    /** The preposition or particle (ب ل ك) among proclitics, without conjunction and article. */
    static String particle(String proclitics)
    {
        String p = proclitics;
        if (p.endsWith("ال")) {
            p = p.substring(0, p.length() - 2);
        }
        else if (p.endsWith("لل")) {
            p = p.substring(0, p.length() - 1);
        }
        StringBuilder sb = new StringBuilder(2);
        for (int k = 0; k < p.length(); k++) {
            char c = p.charAt(k);
            if (c == 'ب' || c == 'ل' || c == 'ك') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    boolean isEvent(Sentence sentence, Match<Trigger> m)
    {
        for (int k = m.first(); k <= m.last(); k++) {
            if (sentence.entityAt[k] != null) {
                return false;
            }
        }
        if (particle(m.proclitics()).contains("ل") && !nominalLam(sentence, m)) {
            return false; // purpose or complement: لدعم, لمناقشة, تلبية لدعوة
        }
        for (int k = m.first() - 1; k >= 0 && k >= m.first() - 2; k--) {
            EventWord w = sentence.word(k);
            if (w.isPunctuation() || sentence.is(k, "PREPOSITION") || sentence.is(k, "BOUNDARY")) {
                break;
            }
            if (k < m.first() - 1 && (sentence.is(k + 1, "TOPIC") || isDefiniteWord(sentence.word(k + 1)))) {
                break;
            }
            if (particle(w.separateProclitics()).contains("ل")
                    || (w.normalized().startsWith("ل") && !w.normalized().startsWith("لل")
                            && !isDefiniteWord(w) && w.normalized().length() > 4
                            && k == m.first() - 2)) {
                return false; // لتوسيع جهود التعاون: inside a purpose
            }
        }
        int before = m.first() - 1;
        if (before >= 0) {
            if (sentence.is(before, "GENERIC") || sentence.is(before, "COUNTER")
                    || sentence.is(before, "NORMATIVE") || sentence.is(before, "TOPIC")
                    || sentence.is(before, "NAME_HEAD") || sentence.is(before, "DEMONSTRATIVE")) {
                return false;
            }
            if (before >= 1 && sentence.is(before, "PREPOSITION")
                    && sentence.is(before - 1, "GENERIC")) {
                return false;
            }
        }
        for (int k = Math.max(0, m.first() - 3); k < m.first(); k++) {
            for (Match<EventLexicon.Cue> cue : lexicon.cuesAt(sentence.words, k, "PURPOSE")) {
                if (cue.last() < m.first()) {
                    return false;
                }
            }
        }
        int after = m.last() + 1;
        if (after < sentence.size()) {
            if (sentence.is(after, "DEMONSTRATIVE")
                    && isDefinite(sentence.word(m.first()), m)) {
                return false; // الاتفاق هذا
            }
            if (m.entry().category().equals("AGREE") && sentence.is(after, "TITLE")) {
                return false;
            }
        }
        return true;
    }

    /**
     * ل + masdar in a nominal context is a genitive, not a purpose: the ل follows a definite noun
     * that is not an actor (البيان المشترك للقاء الرئيس, التحضيرات للقاء القمة) and the masdar
     * has an actor as its own genitive. After a verb, an indefinite noun or an actor (مذكرة مع
     * الجانب الأميركي لدعم القطاع) it stays a purpose.
     */
    private boolean nominalLam(Sentence s, Match<Trigger> m)
    {
        int before = m.first() - 1;
        int after = m.last() + 1;
        if (before < 0 || after >= s.size() || !s.word(m.first()).separateProclitics().isEmpty()
                && !s.word(m.first()).separateProclitics().equals("ل")) {
            return false;
        }
        EventWord noun = s.word(before);
        if (noun.isPunctuation() || !isDefiniteWord(noun) || hasParticle(noun)
                || "VERB".equals(noun.pos()) || s.isStop(before) || s.entityAt[before] != null
                || s.isTrigger(before)) {
            return false;
        }
        // the definite noun phrase the ل attaches to: its head must not be an actor
        int head = before;
        while (head > 0 && isDefiniteWord(s.word(head - 1)) && !s.isStop(head - 1)
                && isAdjective(s.word(head))) {
            head--;
        }
        if (s.is(head, "ACTOR")) {
            return false;
        }
        EntityMention e = s.entityAt[after];
        if (e != null) {
            return !"NORP".equals(e.type());
        }
        return s.is(after, "ACTOR") && isDefiniteWord(s.word(after));
    }

    // ---------------------------------------------------------------------------------------
    // Arguments

    /** A noun phrase: words [first, last], the entity it names (or null). */
    private record Phrase(int first, int last, EntityMention entity)
    {
    }

    private Phrase nounPhrase(Sentence s, int p)
    {
        if (p < 0 || p >= s.size() || s.isStop(p) || s.isTrigger(p)) {
            return null;
        }
        EntityMention entity = s.entityAt[p];
        if (entity != null) {
            int last = p;
            while (last + 1 < s.size() && s.entityAt[last + 1] == entity) {
                last++;
            }
            return new Phrase(p, last, entity);
        }
        int last = p;
        while (last + 1 < s.size() && last - p + 1 < NP_MAX_WORDS) {
            int k = last + 1;
            if (s.isStop(k) || s.isTrigger(k) || hasParticle(s.word(k))
                    || hasConjunction(s.word(k))) {
                break;
            }
            if (s.entityAt[k] != null) {
                EntityMention e = s.entityAt[k];
                last = k;
                while (last + 1 < s.size() && s.entityAt[last + 1] == e) {
                    last++;
                }
                if ("NORP".equals(e.type())) {
                    continue; // الرئيس الأميركي دونالد ترمب: the adjective, then maybe the name
                }
                return new Phrase(p, last, e);
            }
            String n = s.word(k).normalized();
            if (n.length() >= 4 && n.charAt(0) == 'ي' || isIndefiniteNoun(s.word(k))
                    || "VERB".equals(s.word(k).pos())) {
                break; // an imperfect verb, or a predicate with tanwin (لقاءه مع ترمب مثمراً)
            }
            boolean definite = isDefiniteWord(s.word(k));
            boolean currentDefinite = isDefiniteWord(s.word(last));
            if (!definite && currentDefinite && !titled(s, p, last)) {
                break;
            }
            if (definite && currentDefinite && !isAdjective(s.word(k))) {
                break; // الرئيس التركي | المعارضة: a second definite noun starts a new phrase
            }
            last = k;
            if (!s.word(k).separateSuffix().isEmpty()) {
                break; // نظيره: a possessed noun ends the phrase
            }
        }
        return new Phrase(p, last, null);
    }

    /**
     * A quantity phrase takes the counted noun along: عدد من المتظاهرين, آلاف المحتجين,
     * حوالي خمسة آلاف شخص.
     */
    private Phrase withQuantified(Sentence s, Phrase p)
    {
        if (p.entity() != null || !s.is(p.last(), "QUANTITY") && !isNumber(s.word(p.last()))) {
            return p;
        }
        int k = p.last() + 1;
        if (k < s.size() && s.word(k).normalized().equals("من")) {
            k++;
        }
        if (k < s.size() && !s.isStop(k) && !s.isTrigger(k)) {
            Phrase counted = nounPhrase(s, k);
            if (counted != null && counted.last() - p.first() < 2 * NP_MAX_WORDS) {
                return withQuantified(s, new Phrase(p.first(), counted.last(), counted.entity()));
            }
        }
        return p;
    }

    private static boolean isNumber(EventWord w)
    {
        String n = w.normalized();
        return !n.isEmpty() && Character.isDigit(n.charAt(0));
    }

    /**
     * An adjective after a definite noun: by part of speech where the segmenter gave one, else
     * a nisba ending (العراقي, الأمريكية) or a participle of derived verbs (المتحدة, المتكررة).
     */
    private static boolean isAdjective(EventWord w)
    {
        if (w.pos() != null) {
            return "ADJ".equals(w.pos());
        }
        String n = w.normalized();
        String stem = n.startsWith("وال") ? n.substring(3) : n.startsWith("ال") ? n.substring(2) : n;
        return stem.endsWith("ي") || stem.endsWith("يه") || stem.endsWith("يون")
                || stem.endsWith("يين") || (stem.startsWith("مت") && stem.length() >= 5);
    }

    /** Whether the phrase so far contains a title (الرئيس الأميركي دونالد ترمب). */
    private boolean titled(Sentence s, int first, int last)
    {
        for (int k = first; k <= last; k++) {
            if (s.is(k, "ACTOR")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasParticle(EventWord w)
    {
        if (!particle(w.separateProclitics()).isEmpty()) {
            return true;
        }
        String n = w.normalized();
        return n.startsWith("بال") || n.startsWith("لل") || n.startsWith("كال")
                || n.startsWith("وبال") || n.startsWith("ولل") || n.startsWith("فبال")
                || n.startsWith("فلل");
    }

    private static String prefixOf(EventWord w)
    {
        String n = w.normalized();
        return n.startsWith("لل") ? "لل" : n.startsWith("وال") ? "وال" : n.startsWith("بال") ? "بال" : "";
    }

    private static boolean hasConjunction(EventWord w)
    {
        return w.separateProclitics().startsWith("و") || w.normalized().startsWith("وال");
    }

    private Argument actor(Sentence s, Phrase p, String role)
    {
        p = apposition(s, withQuantified(s, p));
        if (p.first() == p.last() && p.entity() == null) {
            String gender = lexicon.valueOf(s.word(p.first()), "ANAPHOR");
            EntityMention antecedent = gender == null ? null
                    : latestEntity(s.doc, s.word(p.first()).begin(), gender);
            if (antecedent != null) {
                return entityArgument(s.doc, antecedent, role);
            }
        }
        if (p.entity() != null && !"PER".equals(p.entity().type()) && s.is(p.first(), "ACTOR")
                && s.entityAt[p.first()] != p.entity()) {
            // رئيس مجلس الوزراء: a title with an organisation as its genitive names a person
            p = new Phrase(p.first(), p.last(), null);
        }
        if (p.entity() == null && s.is(p.first(), "ACTOR")) {
            // a bare title (الرئيس الأميركي): the name it stands for in this document, if any
            String alias = aliases.get(ActorKeys.key(forms(s, p.first(), p.last())));
            if (alias != null) {
                EventWord first = s.word(p.first());
                EventWord last = s.word(p.last());
                return new Argument(role, first.begin(), last.end(),
                        s.doc.text().substring(first.begin(), last.end()), alias, null, null);
            }
        }
        EventWord first = s.word(p.first());
        EventWord last = s.word(p.last());
        int begin = first.begin();
        int end = last.end();
        if (p.entity() != null) {
            return entityArgument(s.doc, p.entity(), role);
        }
        String text = s.doc.text().substring(begin, end);
        String key = ActorKeys.key(forms(s, p.first(), p.last()));
        return new Argument(role, begin, end, text, aliases.getOrDefault(key, key), null, null);
    }

    private static Argument entityArgument(EventDocument doc, EntityMention e, String role)
    {
        String text = doc.text().substring(e.begin(), e.end());
        return new Argument(role, e.begin(), e.end(), text,
                e.identifier() != null ? e.identifier() : ActorKeys.key(text), e, null);
    }

    /**
     * An apposition: a title phrase followed by a comma and a person's name (رئيس مجلس الوزراء،
     * مصطفى الكاظمي) is that person.
     */
    private static Phrase apposition(Sentence s, Phrase p)
    {
        int comma = p.last() + 1;
        int name = comma + 1;
        if (name >= s.size() || !s.word(comma).isComma() || p.entity() != null
                && "PER".equals(p.entity().type())) {
            return p;
        }
        EntityMention e = s.entityAt[name];
        if (e == null || !"PER".equals(e.type()) || s.entityAt[comma] == e
                || !hasTitle(s, p.first(), p.last())) {
            return p;
        }
        int last = name;
        while (last + 1 < s.size() && s.entityAt[last + 1] == e) {
            last++;
        }
        return new Phrase(name, last, e);
    }

    private static boolean hasTitle(Sentence s, int first, int last)
    {
        return s.titled(first, last);
    }

    /**
     * The antecedent of الأخير / الأخيرة: the latest named entity before {@code offset} of the
     * gender: masculine = a person; feminine = a country, organisation or place (Arabic treats
     * them as feminine) or a person whose name ends in teh marbuta.
     */
    private static EntityMention latestEntity(EventDocument doc, int offset, String gender)
    {
        EntityMention best = null;
        for (EntityMention e : doc.entities()) {
            if (e.end() > offset) {
                break;
            }
            boolean person = "PER".equals(e.type());
            String text = doc.text().substring(e.begin(), e.end());
            boolean feminineName = text.endsWith("ة");
            boolean ok = "m".equals(gender) ? person && !feminineName
                    : person ? feminineName : !"NORP".equals(e.type());
            if (ok) {
                best = e;
            }
        }
        return best;
    }

    private static String forms(Sentence s, int first, int last)
    {
        StringBuilder sb = new StringBuilder();
        for (int k = first; k <= last; k++) {
            sb.append(k > first ? " " : "").append(s.word(k).normalized());
        }
        return sb.toString();
    }

    /**
     * Title aliases of the document: where a title phrase is followed by a name (الرئيس الأمريكي
     * دونالد ترامب, رئيس الوزراء العراقي مصطفى الكاظمي), the key of the title phrase alone
     * stands for the key of the name in the whole document.
     */
    private void collectAliases(EventDocument doc)
    {
        aliases.clear();
        for (int si = 0; si < doc.sentences().size(); si++) {
            Sentence s = new Sentence(doc, doc.sentences().get(si), si);
            for (int k = 0; k < s.size(); k++) {
                if (!s.is(k, "ACTOR") || s.entityAt[k] != null) {
                    continue;
                }
                int j = k + 1;
                while (j < s.size() && j - k < NP_MAX_WORDS && !s.isStop(j) && !s.isTrigger(j)
                        && (s.entityAt[j] == null ? isDefiniteWord(s.word(j))
                                || j == k + 1 && j + 1 < s.size() && isDefiniteWord(s.word(j + 1))
                                        && s.entityAt[j + 1] == null
                                : !"PER".equals(s.entityAt[j].type()))) {
                    j++; // adjectives, a genitive (رئيس مجلس الوزراء) or an organisation
                }
                if (j < s.size() && s.word(j).isComma()) {
                    j++;
                }
                int nameFirst = j;
                while (j < s.size() && j - nameFirst < 3 && !s.isStop(j) && !s.isTrigger(j)
                        && !hasParticle(s.word(j)) && (s.entityAt[j] != null
                                || !isDefiniteWord(s.word(j)) || j > nameFirst)) {
                    j++;
                }
                EntityMention named = nameFirst < s.size() ? s.entityAt[nameFirst] : null;
                if (named != null && !"NORP".equals(named.type()) && named.identifier() != null
                        && nameFirst > k + 1) {
                    aliases.putIfAbsent(ActorKeys.key(forms(s, k, nameFirst - 1)), named.identifier());
                    continue;
                }
                if (j - nameFirst >= 2 && nameFirst > k + 1) {
                    String title = ActorKeys.key(forms(s, k, nameFirst - 1));
                    String name = ActorKeys.key(forms(s, nameFirst, j - 1));
                    if (!title.equals(name)) {
                        aliases.putIfAbsent(title, name);
                    }
                }
            }
        }
    }

    /** First word of a phrase after {@code k}, skipping time words and parentheticals. */
    private int skipAdjuncts(Sentence s, int k)
    {
        while (k < s.size()) {
            EventWord w = s.word(k);
            if (s.isTimeWord(k) || w.isComma() || w.surface().equals("(") || w.surface().equals(")")) {
                k++;
            }
            else if (w.normalized().equals("في") && k > 0 && s.word(k - 1).isComma()) {
                // parenthetical place between commas: ، في البيت الأبيض ،
                int j = k + 1;
                while (j < s.size() && !s.word(j).isComma() && !s.word(j).isClauseEnd()
                        && j - k < 5) {
                    j++;
                }
                if (j < s.size() && s.word(j).isComma()) {
                    k = j + 1;
                }
                else {
                    return k;
                }
            }
            else {
                return k;
            }
        }
        return k;
    }

    /**
     * Fills source, target and participant slots:
     * <ul>
     * <li>a trigger with a possessive pronoun (زيارته, دعمها) has the last actor named before it
     * as source;</li>
     * <li>otherwise the noun phrase right after the trigger (after time words) is the source:
     * the subject of a verb in VSO order or the genitive of a masdar (زيارة الكاظمي);</li>
     * <li>with no such phrase, the nearest actor before the trigger in its clause is the source
     * (SVO order, or the subject of a light verb: عقد الكاظمي مساء الخميس اجتماعا);</li>
     * <li>the target is the next noun phrase, bare (the object) or after مع, ب, ل, على, ضد, إلى;
     * parentheticals and time words in between are skipped;</li>
     * <li>a passive (تم / جرى + masdar, or a damma on the first letter) turns the phrase after the
     * trigger into the target; من قبل / على يد introduce the source;</li>
     * <li>بين X و Y after a CONSULT, AGREE or COOPERATE trigger names source X and target Y;</li>
     * <li>an actor coordinated with و (العراق والولايات المتحدة) is a second actor of the same role.</li>
     * </ul>
     * Entities are preferred: a phrase that contains a named entity links to the entity.
     *
     * @return the last actor named, for pronoun resolution further on
     */
    private Argument arguments(Sentence s, Match<Trigger> m, EventMention mention, Argument antecedent)
    {
        boolean passive = s.word(m.first()).isMarkedPassive();
        for (int k = Math.max(0, m.first() - 2); k < m.first(); k++) {
            if (s.is(k, "PASSIVE") && (k == m.first() - 1 || !s.is(k + 1, "BOUNDARY")
                    && !s.is(k + 1, "PREPOSITION") && !s.word(k + 1).isPunctuation())) {
                passive = true; // تم توقيع, جرى أمس اعتقال; not جرى خلال لقائه
            }
        }
        boolean possessive = m.last() == m.first() ? hasPronounSuffix(s.word(m.first()), m)
                : !s.word(m.last()).separateSuffix().isEmpty();
        boolean definite = isDefinite(s.word(m.first()), m);
        boolean indefinite = isIndefiniteNoun(s.word(m.first()), m);
        boolean conjoined = s.word(m.first()).separateProclitics().startsWith("و")
                || m.proclitics().startsWith("و") || m.proclitics().startsWith("ف");
        boolean verbLike = !definite && !indefinite && !possessive
                && particle(m.proclitics()).isEmpty();
        Argument source = null;
        Argument target = null;
        int cursor = m.last() + 1;
        if (!definite && !indefinite && !possessive && nominalShape(s.word(m.last()), m)
                && cursor < s.size() && s.entityAt[cursor] == null
                && !isDefiniteWord(s.word(cursor))
                && ("ADJ".equals(s.word(cursor).pos())
                        || s.word(cursor).pos() == null && s.word(m.last()).pos() == null)) {
            indefinite = true; // مسيرة ضخمة: an indefinite noun followed by its adjective
        }
        if (definite || indefinite) {
            // a definite or indefinite noun has no genitive: the words after it are adjectives
            while (cursor < s.size() && !s.isStop(cursor) && !s.isTrigger(cursor)
                    && s.entityAt[cursor] == null && !hasParticle(s.word(cursor))
                    && (definite ? isDefiniteWord(s.word(cursor)) : !isDefiniteWord(s.word(cursor)))) {
                cursor++;
            }
        }
        cursor = skipAdjuncts(s, cursor);
        Phrase after = !definite && !indefinite && cursor < s.size() && !hasParticle(s.word(cursor))
                ? nounPhrase(s, cursor) : null;
        if (after != null) {
            after = apposition(s, after); // اتهم رئيس الحكومة، نجيب ميقاتي، الأحزاب
        }
        if (m.last() > m.first() + 1 && m.entry().words().size() > 1) {
            // رفع المتظاهرون لافتات: the words inside a multiword trigger are its subject
            for (int k = m.first() + 1; k < m.last(); k++) {
                if (!lexicon.triggersAt(s.words, k).isEmpty() || s.isStop(k)) {
                    continue;
                }
                Phrase inside = nounPhrase(s, k);
                if (inside != null && inside.last() >= m.last()) {
                    inside = new Phrase(inside.first(), m.last() - 1, inside.entity());
                }
                if (inside != null) {
                    mention.arguments().add(actor(s, inside, EventMention.SOURCE));
                    Argument object = targetAfter(s, m.last() + 1, m);
                    if (object != null) {
                        mention.arguments().add(object);
                    }
                    return mention.arguments().get(0);
                }
            }
        }
        if (verbLike && !conjoined && !passive) {
            Phrase before = subjectBefore(s, m.first());
            if (before != null) {
                // SVO: the actor right before the verb is its subject, the phrase after its object
                mention.arguments().add(actor(s, before, EventMention.SOURCE));
                Argument object = after != null ? actor(s, after, EventMention.TARGET)
                        : targetAfter(s, cursor, m);
                if (object != null) {
                    mention.arguments().add(object);
                }
                return mention.arguments().get(0);
            }
        }
        if (passive) {
            if (after != null) {
                target = actor(s, after, EventMention.TARGET);
                cursor = after.last() + 1;
            }
            source = agent(s, m.last() + 1);
        }
        else if (possessive) {
            Phrase before = actorBefore(s, m.first());
            if (before == null) {
                before = speaker(s, m.first());
            }
            if (before == null) {
                before = pronounAntecedent(s, m);
            }
            if (before != null) {
                source = actor(s, before, EventMention.SOURCE);
            }
            else if (antecedent != null) {
                source = new Argument(EventMention.SOURCE, antecedent.begin(), antecedent.end(),
                        antecedent.text(), antecedent.key(), antecedent.entity(), null);
            }
            if (after != null) {
                target = actor(s, after, EventMention.TARGET);
                cursor = after.last() + 1;
            }
        }
        else if (after != null) {
            source = actor(s, after, EventMention.SOURCE);
            cursor = after.last() + 1;
        }
        List<Argument> coordinated = new ArrayList<>(1);
        if (source != null && after != null && !passive && !possessive) {
            Phrase second = coordinated(s, after.last() + 1);
            if (second != null) {
                coordinated.add(actor(s, second, EventMention.SOURCE));
                cursor = second.last() + 1;
            }
        }
        if (source == null && !passive && (definite || indefinite)) {
            List<Argument> subjects = new ArrayList<>(2);
            Argument with = lightVerb(s, m, subjects);
            if (!subjects.isEmpty()) {
                source = subjects.get(0);
                coordinated.addAll(subjects.subList(1, subjects.size()));
                if (with != null && target == null) {
                    target = with;
                }
            }
        }
        if (source == null && !passive) {
            Phrase before = actorBefore(s, m.first());
            if (before != null) {
                source = actor(s, before, EventMention.SOURCE);
                Phrase second = coordinated(s, before.last() + 1);
                if (second != null && second.last() < m.first()) {
                    coordinated.add(actor(s, second, EventMention.SOURCE));
                }
                Phrase first = previousConjunct(s, before);
                if (first != null) {
                    coordinated.add(actor(s, first, EventMention.SOURCE));
                }
            }
        }
        if (source == null && m.entry().category().equals("PROTEST")) {
            source = protesters(s, m);
        }
        if (target == null) {
            target = targetAfter(s, cursor, m);
        }
        if (SYMMETRIC.contains(m.entry().category())) {
            Argument[] between = between(s, m.last() + 1);
            if (between != null) {
                if (source == null) {
                    source = between[0];
                }
                else if (!source.key().equals(between[0].key())) {
                    coordinated.add(between[0]);
                }
                target = between[1];
            }
        }
        if (source != null) {
            mention.arguments().add(source);
        }
        mention.arguments().addAll(coordinated);
        if (target != null && (source == null || !target.key().equals(source.key()))) {
            mention.arguments().add(target);
        }
        return source != null && source.entity() != null || source != null && !possessive
                ? source : antecedent;
    }

    private static final String[] PRONOUNS = { "هما", "هم", "ها", "ه", "نا", "كم" };

    /** Whether the trigger word ends in a pronoun suffix that its lexicon key does not have. */
    private static boolean hasPronounSuffix(EventWord w, Match<Trigger> m)
    {
        if (!w.separateSuffix().isEmpty()) {
            return true;
        }
        String n = w.normalized();
        String base = n.length() > m.proclitics().length() && n.startsWith(m.proclitics())
                ? n.substring(m.proclitics().length()) : n;
        if (base.equals(m.key())) {
            return false;
        }
        for (String p : PRONOUNS) {
            if (base.endsWith(p) && !m.key().endsWith(p) && base.length() - p.length() >= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDefiniteWord(EventWord w)
    {
        String n = w.normalized();
        return n.startsWith("ال") || n.startsWith("وال") || n.startsWith("بال")
                || n.startsWith("لل") || w.separateProclitics().endsWith("ال");
    }

    /** The trigger carries the article (its reading strips ال). */
    private static boolean isDefinite(EventWord w, Match<Trigger> m)
    {
        return m.proclitics().endsWith("ال") || (m.proclitics().endsWith("لل")
                && !m.key().startsWith("ل")) || w.separateProclitics().endsWith("ال")
                || (isDefiniteWord(w) && !m.key().startsWith("ال")
                        && !(m.key().startsWith("ل") && w.normalized().startsWith("لل")
                                && m.proclitics().equals("ل")));
    }

    /** A noun marked indefinite by tanwin (اجتماعاً, لقاءً) or by a tanwin alef on a masdar. */
    private static boolean isIndefiniteNoun(EventWord w, Match<Trigger> m)
    {
        String n = w.normalized();
        if (nominalShape(w, m) && n.endsWith("ا") && !m.key().endsWith("ا") && !isDefiniteWord(w)) {
            return true; // اجتماعا ثنائيا: the tanwin alef of an accusative noun
        }
        return isIndefiniteNoun(w);
    }

    private static boolean isIndefiniteNoun(EventWord w)
    {
        String s = w.surface();
        return s.indexOf('\u064B') >= 0 || s.indexOf('\u064C') >= 0 || s.indexOf('\u064D') >= 0;
    }

    /** A trigger shaped like a noun: a masdar pattern (اجتماع, تفجير, هجوم), teh marbuta or ات. */
    private static boolean nominalShape(EventWord w, Match<Trigger> m)
    {
        String key = m.key();
        String n = w.normalized();
        if (key.endsWith("ه") || n.endsWith("ات") || n.endsWith("تين")) {
            return true;
        }
        char beforeLast = key.length() >= 4 ? key.charAt(key.length() - 2) : ' ';
        return beforeLast == 'ا' || beforeLast == 'و' || beforeLast == 'ي';
    }

    /** The actor right before a verb (SVO), not governed by a preposition. */
    private Phrase subjectBefore(Sentence s, int trigger)
    {
        int k = trigger - 1;
        while (k >= 0 && (s.is(k, "FUTURE") || s.is(k, "NEGATED"))) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        if (s.entityAt[k] != null) {
            int first = k;
            while (first > 0 && s.entityAt[first - 1] == s.entityAt[k]) {
                first--;
            }
            if (first > 0 && (s.is(first - 1, "PREPOSITION") || hasParticle(s.word(first)))) {
                return null;
            }
            return new Phrase(first, k, s.entityAt[k]);
        }
        EventWord w = s.word(k);
        if (!isDefiniteWord(w) || hasParticle(w) || s.isStop(k) || s.isTrigger(k)) {
            return null;
        }
        int first = k;
        while (first > 0 && k - first < NP_MAX_WORDS - 1 && isDefiniteWord(s.word(first - 1))
                && !s.isStop(first - 1) && !hasParticle(s.word(first - 1))
                && !s.isTrigger(first - 1) && !hasConjunction(s.word(first))) {
            first--;
        }
        if (first > 0 && !s.word(first - 1).isPunctuation() && !hasConjunction(s.word(first))
                && !s.is(first - 1, "BOUNDARY") && !s.is(first - 1, "SPEECH")) {
            // a definite word after a verb or a noun is its subject or genitive, not ours
            if (s.is(first - 1, "PREPOSITION")) {
                return null;
            }
        }
        return new Phrase(first, k, null);
    }

    /**
     * A light (support) verb before a nominal trigger (ترأس الكاظمي ... الاجتماع, عقد الوزيران
     * لقاء): its subjects, after the verb (VSO, with appositions, time words and parentheticals
     * in between, and conjoined actors) or right before it (SVO), are the trigger's sources; an
     * actor after مع between the verb and the trigger is returned as the target.
     */
    private Argument lightVerb(Sentence s, Match<Trigger> m, List<Argument> subjects)
    {
        int verb = -1;
        for (int k = m.first() - 1; k >= 0 && k >= m.first() - LIGHT_WINDOW; k--) {
            EventWord w = s.word(k);
            if (w.isClauseEnd() || s.is(k, "SPEECH") || s.isTrigger(k)
                    || s.is(k, "BOUNDARY") && !s.is(k, "LIGHT")) {
                return null;
            }
            if (s.is(k, "LIGHT") && s.entityAt[k] == null) {
                verb = k;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        Argument with = null;
        int k = skipAdjuncts(s, verb + 1);
        while (k < m.first()) {
            EventWord w = s.word(k);
            if (w.normalized().equals("مع")) {
                Phrase p = nounPhrase(s, skipAdjuncts(s, k + 1));
                if (p != null && p.last() < m.first()) {
                    with = actor(s, p, EventMention.TARGET);
                    k = skipAdjuncts(s, apposition(s, p).last() + 1);
                    continue;
                }
                break;
            }
            if (w.isPunctuation() && !w.isComma() || !subjects.isEmpty() && !hasConjunction(w)) {
                break;
            }
            Phrase p = nounPhrase(s, k);
            if (p == null || p.last() >= m.first()) {
                break;
            }
            subjects.add(actor(s, p, EventMention.SOURCE));
            k = skipAdjuncts(s, apposition(s, withQuantified(s, p)).last() + 1);
        }
        if (subjects.isEmpty()) {
            Phrase before = subjectBefore(s, verb);
            if (before != null) {
                subjects.add(actor(s, before, EventMention.SOURCE));
                Phrase first = previousConjunct(s, before);
                if (first != null) {
                    subjects.add(actor(s, first, EventMention.SOURCE));
                }
            }
        }
        return with;
    }

    /** The first conjunct before {@code p} when {@code p} is a second one (الكاظمي وترامب). */
    private Phrase previousConjunct(Sentence s, Phrase p)
    {
        if (!hasConjunction(s.word(p.first())) && !s.word(p.first()).normalized().startsWith("و")
                || p.first() == 0) {
            return null;
        }
        int k = p.first() - 1;
        EntityMention e = s.entityAt[k];
        if (e != null && !"NORP".equals(e.type())) {
            int first = k;
            while (first > 0 && s.entityAt[first - 1] == e) {
                first--;
            }
            return first > 0 && hasParticle(s.word(first)) ? null : new Phrase(first, k, e);
        }
        return null;
    }

    /**
     * The antecedent of a possessive pronoun on the trigger when no actor stands right before it
     * in its clause: the nearest person (for ه, هم, هما) or other named actor (ها) before it in
     * the sentence (بيان من مكتب الكاظمي يفصل ما جرى خلال لقائه).
     */
    private Phrase pronounAntecedent(Sentence s, Match<Trigger> m)
    {
        String n = s.word(m.last()).normalized() + s.word(m.last()).separateSuffix();
        boolean feminine = n.endsWith("ها");
        for (int k = m.first() - 1; k >= 0; k--) {
            EntityMention e = s.entityAt[k];
            if (e == null || "NORP".equals(e.type())) {
                continue;
            }
            boolean person = "PER".equals(e.type());
            if (person != feminine) {
                int first = k;
                while (first > 0 && s.entityAt[first - 1] == e) {
                    first--;
                }
                return new Phrase(first, k, e);
            }
        }
        return null;
    }

    /** For a protest without a subject: the nearest protester noun of the sentence. */
    private Argument protesters(Sentence s, Match<Trigger> m)
    {
        int best = -1;
        int from = Math.max(0, m.first() - ARGUMENT_WINDOW);
        int to = Math.min(s.size(), m.last() + ARGUMENT_WINDOW);
        for (int k = from; k < to; k++) {
            if (k >= m.first() && k <= m.last() || !s.is(k, "PROTESTER") || s.isTrigger(k)) {
                continue;
            }
            if (best < 0 || Math.abs(k - m.first()) < Math.abs(best - m.first())) {
                best = k;
            }
        }
        if (best < 0) {
            return null;
        }
        Phrase p = nounPhrase(s, best);
        return p == null ? null : actor(s, p, EventMention.SOURCE);
    }

    private Argument agent(Sentence s, int from)
    {
        for (int k = from; k < s.size() && k < from + TARGET_WINDOW; k++) {
            if (s.word(k).isClauseEnd()) {
                return null;
            }
            for (Match<EventLexicon.Cue> cue : lexicon.cuesAt(s.words, k, "AGENT")) {
                Phrase p = nounPhrase(s, cue.last() + 1);
                if (p != null) {
                    return actor(s, p, EventMention.SOURCE);
                }
            }
        }
        return null;
    }

    private Phrase coordinated(Sentence s, int k)
    {
        if (k >= s.size()) {
            return null;
        }
        EventWord w = s.word(k);
        boolean conj = w.separateProclitics().startsWith("و")
                || (w.normalized().startsWith("و") && (s.entityAt[k] != null
                        || w.normalized().startsWith("وال")));
        if (!conj || s.isTrigger(k) || s.isStop(k)) {
            return null;
        }
        return nounPhrase(s, k);
    }

    /** The subject of a reporting verb shortly before the trigger (وقال الصفدي إن لقاءه). */
    private Phrase speaker(Sentence s, int trigger)
    {
        for (int k = trigger - 1; k >= 0 && k >= trigger - BACK_WINDOW; k--) {
            if (s.word(k).isClauseEnd()) {
                return null;
            }
            if (s.is(k, "SPEECH")) {
                Phrase p = nounPhrase(s, skipAdjuncts(s, k + 1));
                return p != null && p.last() < trigger ? p : null;
            }
        }
        return null;
    }

    /** The nearest actor before the trigger in its clause. */
    private Phrase actorBefore(Sentence s, int trigger)
    {
        for (int k = trigger - 1; k >= 0 && k >= trigger - BACK_WINDOW; k--) {
            EventWord w = s.word(k);
            if (w.isPunctuation() || s.is(k, "SPEECH") || s.is(k, "BOUNDARY")) {
                return null;
            }
            if (s.entityAt[k] != null) {
                int first = k;
                while (first > 0 && s.entityAt[first - 1] == s.entityAt[k]) {
                    first--;
                }
                if (first > 0 && hasParticle(s.word(first))) {
                    k = first;
                    continue;
                }
                if (first > 0 && s.word(first - 1).normalized().equals("مع")) {
                    k = first;
                    continue;
                }
                return new Phrase(first, k, s.entityAt[k]);
            }
            if (s.isStop(k) || s.isTrigger(k) || hasParticle(w)) {
                continue;
            }
            boolean actorLike = s.is(k, "ACTOR") || w.normalized().startsWith("ال")
                    || w.normalized().startsWith("وال");
            if (actorLike && (k == 0 || !s.is(k - 1, "PREPOSITION"))) {
                int first = k;
                while (first > 0 && k - first < NP_MAX_WORDS - 1 && !s.isStop(first - 1)
                        && !s.isTrigger(first - 1) && !hasParticle(s.word(first - 1))
                        && !s.word(first).normalized().startsWith("و")
                        && !s.word(first - 1).normalized().startsWith("ال")
                        && s.word(first).normalized().startsWith("ال")
                        && (s.is(first - 1, "ACTOR"))) {
                    first--;
                }
                if (s.word(first).normalized().startsWith("وال")
                        || s.word(first).separateProclitics().startsWith("و")) {
                    continue; // a second conjunct: keep looking for the first
                }
                return new Phrase(first, k, null);
            }
        }
        return null;
    }

    private Argument targetAfter(Sentence s, int from, Match<Trigger> m)
    {
        for (int k = skipAdjuncts(s, from); k < s.size() && k < m.last() + 1 + TARGET_WINDOW; k++) {
            EventWord w = s.word(k);
            if (w.isClauseEnd() || s.is(k, "BOUNDARY") || s.is(k, "SPEECH")
                    || (k > m.last() + 1 && s.isTrigger(k))) {
                return null;
            }
            String n = w.normalized();
            boolean mutual = SYMMETRIC.contains(m.entry().category());
            boolean introducing = n.equals("مع") || n.equals("ضد") || n.equals("علي")
                    || n.equals("الي") || n.equals("ب") || (n.equals("ل") && !mutual);
            if (introducing) {
                Phrase p = nounPhrase(s, skipAdjuncts(s, k + 1));
                return p == null ? null : actor(s, p, EventMention.TARGET);
            }
            if (hasParticle(w) || s.entityAt[k] != null && k > 0 && s.word(k - 1).normalized().equals("في")) {
                boolean possessor = mutual && particle(w.separateProclitics() + prefixOf(w)).equals("ل");
                if (hasParticle(w) && !s.isStop(k)) {
                    Phrase p = nounPhrase(s, k);
                    if (p != null && !possessor) {
                        return actor(s, p, EventMention.TARGET);
                    }
                    if (p != null) {
                        k = skipAdjectives(s, p.last()); // اجتماع للوفدين: a possessor
                    }
                }
                continue;
            }
            if (s.is(k, "PREPOSITION")) {
                // في / من / عن ...: skip the phrase it introduces
                Phrase skipped = nounPhrase(s, k + 1);
                k = skipped == null ? k + 1 : skipped.last();
                k = skipAdjectives(s, k);
                continue;
            }
            if (w.isComma()) {
                continue;
            }
            Phrase p = nounPhrase(s, k);
            if (p != null) {
                return actor(s, p, EventMention.TARGET);
            }
        }
        return null;
    }

    /** The last of the definite words that follow word {@code k} (adjectives of its noun). */
    private int skipAdjectives(Sentence s, int k)
    {
        while (k + 1 < s.size() && isDefiniteWord(s.word(k + 1)) && !s.isStop(k + 1)
                && !s.isTrigger(k + 1) && !hasParticle(s.word(k + 1))) {
            EntityMention e = s.entityAt[k + 1];
            boolean adjective = e == null ? isAdjective(s.word(k + 1)) : "NORP".equals(e.type());
            if ((e != null || hasConjunction(s.word(k + 1))) && !adjective) {
                break; // للوفدين العراقي والأمريكي: conjoined adjectives go too
            }
            k++;
        }
        return k;
    }

    private Argument[] between(Sentence s, int from)
    {
        for (int k = from; k < s.size() && k <= from + 3; k++) {
            if (s.word(k).isClauseEnd()) {
                return null;
            }
            if (s.word(k).normalized().equals("بين")) {
                Phrase x = nounPhrase(s, k + 1);
                if (x == null) {
                    return null;
                }
                Phrase y = coordinated(s, x.last() + 1);
                if (y == null && x.last() + 1 < s.size()
                        && s.word(x.last() + 1).normalized().startsWith("و")) {
                    y = nounPhrase(s, x.last() + 1);
                }
                if (y == null) {
                    return null;
                }
                return new Argument[] { actor(s, x, EventMention.SOURCE),
                        actor(s, y, EventMention.TARGET) };
            }
        }
        return null;
    }

    private Argument lastEntityActor(Sentence s)
    {
        for (int k = s.size() - 1; k >= 0; k--) {
            EntityMention e = s.entityAt[k];
            if (e != null && ("PER".equals(e.type()) || "ORG".equals(e.type()))) {
                int first = k;
                while (first > 0 && s.entityAt[first - 1] == e) {
                    first--;
                }
                return actor(s, new Phrase(first, k, e), EventMention.SOURCE);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------
    // Modality, time, place

    /**
     * The modality of a trigger, from cues before it in its clause (at most six words back,
     * stopping at a clause boundary or another trigger):
     * <ul>
     * <li><b>hypothetical</b>: إذا, لو, في حال, نتطلع إلى اليوم الذي — before the trigger, or a
     * conditional (إذا, في حال) later in the same sentence;</li>
     * <li><b>negated</b>: لم, لن, لا, ليس, عدم, نفى — at most three words before;</li>
     * <li><b>future</b>: سوف, من المقرر, يعتزم, يتوقع أن; the particle س on the trigger or on a
     * verb governing it (ستشهد سلسلة لقاءات);</li>
     * <li>otherwise <b>asserted</b>.</li>
     * </ul>
     */
    String modality(Sentence s, Match<Trigger> m)
    {
        boolean future = m.proclitics().contains("س") && !m.proclitics().endsWith("ال");
        boolean negated = false;
        boolean hypothetical = false;
        for (int k = m.first() - 1; k >= 0 && k >= m.first() - MODALITY_WINDOW; k--) {
            EventWord w = s.word(k);
            if (w.isClauseEnd() || (s.is(k, "SPEECH") && k < m.first() - 1)) {
                break;
            }
            if (s.is(k, "HYPOTHETICAL") || !lexicon.cuesAt(s.words, k, "HYPOTHETICAL").isEmpty()) {
                hypothetical = true;
            }
            if (k >= m.first() - 3 && s.is(k, "NEGATED")) {
                negated = true;
            }
            if (s.is(k, "FUTURE") || !lexicon.cuesAt(s.words, k, "FUTURE").isEmpty()) {
                future = true;
            }
            if (k >= m.first() - 2 && isFutureVerb(w)) {
                future = true;
            }
            if (s.is(k, "BOUNDARY") && !w.normalized().equals("ان")) {
                break; // but يتوقع أن / من المقرر أن govern the clause after أن
            }
        }
        for (int k = m.last() + 1; k < s.size() && k <= m.last() + CONDITION_WINDOW; k++) {
            if (s.word(k).isClauseEnd()) {
                break;
            }
            if (!lexicon.cuesAt(s.words, k, "HYPOTHETICAL").isEmpty()
                    && !s.word(k).normalized().equals("لو")) {
                hypothetical = true;
            }
        }
        if (hypothetical) {
            return EventMention.HYPOTHETICAL;
        }
        if (negated) {
            return EventMention.NEGATED;
        }
        return future ? EventMention.FUTURE : EventMention.ASSERTED;
    }

    /** A verb with the future particle: س before an imperfect prefix (سيلتقي, ستشهد, سنغادر). */
    private static boolean isFutureVerb(EventWord w)
    {
        String n = w.normalized();
        int start = 0;
        if (n.startsWith("و") || n.startsWith("ف")) {
            start = 1;
        }
        boolean glued = n.length() > start + 3 && n.charAt(start) == 'س'
                && "يتنا".indexOf(n.charAt(start + 1)) >= 0;
        boolean separate = w.separateProclitics().endsWith("س") && n.length() > 2
                && "يتنا".indexOf(n.charAt(0)) >= 0;
        return glued || separate;
    }

    /**
     * Time: the time expression nearest to the trigger in its sentence (its ISO value is the
     * event's time); without time expressions, a weekday word in the sentence gives WEEKDAY-n
     * for event identity only.
     */
    private void time(Sentence s, Match<Trigger> m, EventMention mention)
    {
        TimeMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        int trigger = s.word(m.first()).begin();
        int from = Math.max(0, m.first() - ARGUMENT_WINDOW);
        int to = Math.min(s.size(), m.last() + ARGUMENT_WINDOW);
        for (int k = from; k < to; k++) {
            TimeMention t = s.timeAt[k];
            if (t != null && t != best) {
                int distance = Math.abs(t.begin() - trigger);
                if (distance < bestDistance) {
                    best = t;
                    bestDistance = distance;
                }
            }
        }
        if (best != null) {
            mention.arguments().add(new Argument(EventMention.TIME, best.begin(), best.end(),
                    s.doc.text().substring(best.begin(), best.end()), best.value(), null, best));
            mention.setTimeValue(best.value());
            if (best.value() != null) {
                return;
            }
        }
        for (int k = from; k < to; k++) {
            String day = lexicon.valueOf(s.word(k), "WEEKDAY");
            if (day != null) {
                mention.setTimeValue(resolveWeekday(Integer.parseInt(day), s.doc.documentDate()));
                return;
            }
        }
    }

    /**
     * A weekday word without a time expression value: the latest such day on or before the
     * document date when there is one (the convention of the time expressions: a report names
     * the past or current week's day), else {@code WEEKDAY-n}.
     */
    static String resolveWeekday(int isoDay, String documentDate)
    {
        if (documentDate != null && isoDay >= 1 && isoDay <= 7) {
            try {
                return java.time.LocalDate.parse(documentDate)
                        .with(java.time.temporal.TemporalAdjusters
                                .previousOrSame(java.time.DayOfWeek.of(isoDay)))
                        .toString();
            }
            catch (java.time.format.DateTimeParseException e) {
                // fall through: an unparsable date is no date
            }
        }
        return "WEEKDAY-" + isoDay;
    }

    /** Place: a GPE or LOC entity after في / إلى in the sentence, else the dateline place. */
    private void place(Sentence s, Match<Trigger> m, EventMention mention, Argument dateline)
    {
        EntityMention best = null;
        int to = Math.min(s.size(), m.last() + ARGUMENT_WINDOW);
        for (int k = Math.max(1, m.first() - ARGUMENT_WINDOW); k < to; k++) {
            EntityMention e = s.entityAt[k];
            if (e == null || !("GPE".equals(e.type()) || "LOC".equals(e.type()))
                    || (s.entityAt[k - 1] == e)) {
                continue;
            }
            String before = s.word(k - 1).normalized();
            String own = s.word(k).separateProclitics();
            if (before.equals("في") || before.equals("الي") || own.endsWith("ب")) {
                if (best == null || k > m.last()) {
                    best = e;
                    if (k > m.last()) {
                        break;
                    }
                }
            }
        }
        if (best != null) {
            mention.arguments().add(new Argument(EventMention.PLACE, best.begin(), best.end(),
                    s.doc.text().substring(best.begin(), best.end()), best.identifier(), best, null));
        }
        else if (dateline != null) {
            mention.arguments().add(dateline);
        }
    }

    /**
     * The dateline place: in the first sentence, a word after من and before a colon within the
     * first six words (إيلاف من لندن:), or a GPE entity followed by a colon or dash.
     */
    private Argument dateline(EventDocument doc)
    {
        if (doc.sentences().isEmpty()) {
            return null;
        }
        List<EventWord> words = doc.sentences().get(0);
        for (int k = 1; k < words.size() && k < 6; k++) {
            EventWord w = words.get(k);
            String n = w.normalized();
            if ((n.equals(":") || n.equals("-")) && k >= 1) {
                EventWord place = words.get(k - 1);
                boolean afterMin = k >= 2 && words.get(k - 2).normalized().equals("من");
                boolean entity = false;
                for (EntityMention e : doc.entities()) {
                    if (e.begin() <= place.begin() && e.end() >= place.end()
                            && ("GPE".equals(e.type()) || "LOC".equals(e.type()))) {
                        entity = true;
                        return new Argument(EventMention.PLACE, e.begin(), e.end(),
                                doc.text().substring(e.begin(), e.end()), e.identifier(), e, null);
                    }
                }
                if (afterMin || entity) {
                    return new Argument(EventMention.PLACE, place.begin(), place.end(),
                            place.surface(), ActorKeys.key(place.surface()), null, null);
                }
                return null;
            }
        }
        return null;
    }

    /**
     * Index of the first span of a list sorted by begin that may overlap a region starting at
     * {@code from}: a binary search, so that a long document's sentences do not each scan all of
     * its entities. Entities and time expressions do not nest, so stepping back over spans that
     * still reach past {@code from} finds every overlapping one.
     */
    static <T> int firstOverlapping(List<T> sorted, int from,
            java.util.function.ToIntFunction<T> begin, java.util.function.ToIntFunction<T> end)
    {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (begin.applyAsInt(sorted.get(mid)) < from) {
                low = mid + 1;
            }
            else {
                high = mid;
            }
        }
        while (low > 0 && end.applyAsInt(sorted.get(low - 1)) > from) {
            low--;
        }
        return low;
    }
}
