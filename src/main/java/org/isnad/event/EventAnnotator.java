package org.isnad.event;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.ResourceInitializationException;
import org.isnad.event.EventDocument.EntityMention;
import org.isnad.event.EventDocument.Span;
import org.isnad.event.EventDocument.TimeMention;
import org.isnad.type.Event;
import org.isnad.type.EventArgument;
import org.isnad.type.EventRole;
import org.isnad.type.Quotation;
import org.isnad.type.TimeExpression;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Finds PLOVER events: an {@link Event} over each trigger (verb or verbal noun, recognised by
 * lemma) with its category, mode, modality, an {@code eventId} shared by the mentions of one
 * real-world event, and {@link EventRole} slots linking the source and target actors (named
 * entities where there are any, otherwise {@link EventArgument}s over the actor noun phrase), the
 * time expression and the place. Named entities, time expressions and lemmas are optional
 * inputs: without them the rules fall back on noun phrases, weekday words and affix stripping.
 * The document date ({@link org.isnad.ner.DocumentDate#get}) resolves weekday words to full
 * dates, so that event ids of dated documents carry the day of the event.
 * The rules are in {@link EventExtractor} and {@link EventIdentity}.
 */
@ResourceMetaData(name = "Isnad Event Annotator")
@LanguageCapability("ar")
@TypeCapability(
        inputs = { Sentence._TypeName, Token._TypeName, Lemma._TypeName, NamedEntity._TypeName,
                TimeExpression._TypeName, Quotation._TypeName,
                org.isnad.type.DocumentDate._TypeName },
        outputs = { Event._TypeName, EventRole._TypeName, EventArgument._TypeName })
public class EventAnnotator
    extends JCasAnnotator_ImplBase
{
    /**
     * The shared event lexicons. Optional: when unbound, the engine loads its own copy of the
     * default lexicons.
     */
    public static final String RES_LEXICON = "eventLexicon";
    @ExternalResource(key = RES_LEXICON, mandatory = false)
    private EventLexiconResource lexiconResource;

    private static final String PROCLITICS = "وفبلكس";
    private static final java.util.Set<String> PRONOUN_SUFFIXES = java.util.Set.of("ه", "ها",
            "هم", "هما", "هن", "كم", "كما", "نا", "ي", "ك");

    private EventExtractor extractor;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException
    {
        super.initialize(context);
        EventLexicon lexicon;
        if (lexiconResource != null) {
            lexicon = lexiconResource.lexicon();
        }
        else {
            try {
                lexicon = EventLexicon.loadDefault();
            }
            catch (IOException e) {
                throw new ResourceInitializationException(e);
            }
        }
        extractor = new EventExtractor(lexicon);
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException
    {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        List<NamedEntity> namedEntities = new ArrayList<>(JCasUtil.select(jcas, NamedEntity.class));
        List<TimeExpression> timeExpressions = new ArrayList<>(
                JCasUtil.select(jcas, TimeExpression.class));
        List<EntityMention> entities = new ArrayList<>(namedEntities.size());
        Map<EntityMention, NamedEntity> entityAnnotations = new IdentityHashMap<>();
        for (NamedEntity ne : namedEntities) {
            EntityMention e = new EntityMention(ne.getBegin(), ne.getEnd(), ne.getValue(),
                    ne.getIdentifier());
            entities.add(e);
            entityAnnotations.put(e, ne);
        }
        List<TimeMention> times = new ArrayList<>(timeExpressions.size());
        Map<TimeMention, TimeExpression> timeAnnotations = new IdentityHashMap<>();
        for (TimeExpression te : timeExpressions) {
            TimeMention t = new TimeMention(te.getBegin(), te.getEnd(), te.getValue());
            times.add(t);
            timeAnnotations.put(t, te);
        }
        List<Span> quotations = new ArrayList<>();
        for (Quotation q : JCasUtil.select(jcas, Quotation.class)) {
            quotations.add(new Span(q.getBegin(), q.getEnd()));
        }
        List<List<EventWord>> sentences = new ArrayList<>();
        Map<Sentence, List<Token>> tokensBySentence = JCasUtil.indexCovered(jcas, Sentence.class,
                Token.class);
        for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
            sentences.add(words(text, tokensBySentence.getOrDefault(sentence, List.of())));
        }
        java.time.LocalDate date = org.isnad.ner.DocumentDate.get(jcas);
        EventDocument doc = new EventDocument(text, sentences, entities, times, quotations,
                date == null ? null : date.toString());
        List<EventMention> mentions = extractor.extract(doc);
        EventIdentity.assign(doc, mentions);

        Map<Long, Annotation> phrases = new HashMap<>();
        for (EventMention m : mentions) {
            Event event = new Event(jcas, m.begin(), m.end());
            event.setCategory(m.category());
            event.setMode(m.mode());
            event.setModality(m.modality());
            event.setEventId(m.eventId());
            FSArray<EventRole> roles = new FSArray<>(jcas, m.arguments().size());
            int r = 0;
            for (EventMention.Argument a : m.arguments()) {
                EventRole role = new EventRole(jcas);
                role.setRole(a.role());
                Annotation target;
                if (a.entity() != null) {
                    target = entityAnnotations.get(a.entity());
                }
                else if (a.time() != null) {
                    target = timeAnnotations.get(a.time());
                }
                else {
                    long key = ((long) a.begin() << 32) | a.end();
                    target = phrases.get(key);
                    if (target == null) {
                        target = new EventArgument(jcas, a.begin(), a.end());
                        target.addToIndexes();
                        phrases.put(key, target);
                    }
                }
                role.setTarget(target);
                roles.set(r++, role);
            }
            event.setArguments(roles);
            event.addToIndexes();
        }
    }

    /**
     * The sentence's Tokens as event words: a proclitic Token (و ف ب ل ك س) glued to the next
     * Token becomes part of that word, a pronoun-suffix Token glued to the previous one is
     * recorded on it.
     */
    static List<EventWord> words(String text, List<Token> tokens)
    {
        List<EventWord> words = new ArrayList<>(tokens.size());
        StringBuilder pending = new StringBuilder();
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            String covered = token.getCoveredText();
            String form = token.getForm() != null ? token.getForm().getValue() : null;
            String value = form != null ? form : covered;
            boolean gluedToNext = t + 1 < tokens.size() && tokens.get(t + 1).getBegin() == token.getEnd();
            boolean gluedToPrevious = t > 0 && tokens.get(t - 1).getEnd() == token.getBegin();
            if (gluedToNext && value.length() == 1 && PROCLITICS.indexOf(value.charAt(0)) >= 0) {
                pending.append(value);
                continue;
            }
            if (gluedToPrevious && !words.isEmpty() && pending.length() == 0
                    && PRONOUN_SUFFIXES.contains(value) && isPronoun(token)) {
                words.get(words.size() - 1).setSeparateSuffix(value);
                continue;
            }
            Lemma lemma = token.getLemma();
            EventWord word = new EventWord(token.getBegin(), token.getEnd(), covered,
                    form != null && !form.equals(covered) ? form : null,
                    lemma != null ? lemma.getValue() : null, pending.toString());
            if (token.getPos() != null) {
                word.setPos(token.getPos().getCoarseValue());
            }
            words.add(word);
            pending.setLength(0);
        }
        return words;
    }

    private static boolean isPronoun(Token token)
    {
        POS pos = token.getPos();
        return pos == null || "PRON".equals(pos.getCoarseValue());
    }
}
