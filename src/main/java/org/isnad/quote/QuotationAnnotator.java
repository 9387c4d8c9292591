package org.isnad.quote;

import static org.apache.uima.fit.util.JCasUtil.select;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.ResourceInitializationException;
import org.isnad.morph.ArabicNormalizer;
import org.isnad.type.Quotation;
import org.isnad.type.QuotationRole;
import org.isnad.type.QuoteCue;
import org.isnad.type.QuoteSource;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Direct, indirect and mixed quotations with their cue and speaker: a {@link Quotation} over the
 * quoted content (without marks) or the reported clause, a {@link QuoteCue} over the reporting
 * expression, a {@link QuoteSource} over the mention naming the speaker (the antecedent's mention
 * for an implicit speaker), and the Quotation's {@code roles} linking the two. The rules are those
 * of {@link QuotationFinder}.
 *
 * <p>Reads Tokens (with their Lemma where present; without Tokens the text is tokenised here) and
 * NamedEntity annotations where present: a speaker that is an entity gets the entity's longest
 * mention as canonical name and its identifier as {@code speakerId}. Without named entities,
 * names come from titles and appositions in the text.
 */
@ResourceMetaData(name = "Isnad Quotation Annotator")
@LanguageCapability("ar")
@TypeCapability(inputs = { Token._TypeName, Lemma._TypeName, POS._TypeName, NamedEntity._TypeName },
        outputs = { Quotation._TypeName, QuotationRole._TypeName, QuoteSource._TypeName,
                QuoteCue._TypeName })
public class QuotationAnnotator
    extends JCasAnnotator_ImplBase
{
    /** Role name of the link to the QuoteSource. */
    public static final String ROLE_SOURCE = "source";
    /** Role name of the link to the QuoteCue. */
    public static final String ROLE_CUE = "cue";

    /**
     * Fewest words a text between quotation marks needs to be a quotation without a cue or colon
     * right before it; shorter marked text is a title, name or scare quote.
     */
    public static final String PARAM_MIN_WORDS = "minWords";
    @ConfigurationParameter(name = PARAM_MIN_WORDS, mandatory = true, defaultValue = "3")
    private int minWords;

    /**
     * Longest quotation between marks, in characters; a mark whose partner lies further away is
     * treated as unclosed, and an unclosed quotation ends at its paragraph.
     */
    public static final String PARAM_MAX_QUOTATION_LENGTH = "maxQuotationLength";
    @ConfigurationParameter(name = PARAM_MAX_QUOTATION_LENGTH, mandatory = true, defaultValue = "5000")
    private int maxQuotationLength;

    /** The reporting verbs and cue phrases; the lexicon shipped with Isnad when not bound. */
    public static final String RES_CUES = "cueLexicon";
    @ExternalResource(key = RES_CUES, mandatory = false)
    private CueLexiconResource cueResource;

    /** The titles, organisation and document nouns; the lexicon shipped with Isnad when not bound. */
    public static final String RES_SPEAKERS = "speakerLexicon";
    @ExternalResource(key = RES_SPEAKERS, mandatory = false)
    private SpeakerLexiconResource speakerResource;

    private QuotationFinder finder;

    @Override
    public void initialize(UimaContext context)
        throws ResourceInitializationException
    {
        super.initialize(context);
        if (cueResource == null) {
            cueResource = new CueLexiconResource();
            cueResource.load(null);
        }
        if (speakerResource == null) {
            speakerResource = new SpeakerLexiconResource();
            speakerResource.load(null);
        }
        finder = new QuotationFinder(cueResource.getLexicon(), speakerResource.getLexicon(),
                new QuotationFinder.Settings(Math.max(1, minWords), Math.max(1, maxQuotationLength)));
    }

    @Override
    public void process(JCas jcas)
        throws AnalysisEngineProcessException
    {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        List<QuoteWord> words = words(jcas, text);
        List<QuotationFinder.Mention> mentions = new ArrayList<>();
        for (NamedEntity entity : select(jcas, NamedEntity.class)) {
            mentions.add(new QuotationFinder.Mention(entity.getBegin(), entity.getEnd(),
                    entity.getValue(), entity.getIdentifier()));
        }
        for (QuotationFinder.Found found : finder.find(text, words, mentions)) {
            Quotation quotation = new Quotation(jcas, found.begin(), found.end());
            quotation.setKind(found.kind().label());
            quotation.setSpeaker(found.speaker());
            quotation.setSpeakerId(found.speakerId());
            List<QuotationRole> roles = new ArrayList<>(2);
            if (found.sourceBegin() >= 0) {
                QuoteSource source = new QuoteSource(jcas, found.sourceBegin(), found.sourceEnd());
                source.addToIndexes();
                roles.add(role(jcas, ROLE_SOURCE, source));
            }
            if (found.cueBegin() >= 0) {
                QuoteCue cue = new QuoteCue(jcas, found.cueBegin(), found.cueEnd());
                cue.addToIndexes();
                roles.add(role(jcas, ROLE_CUE, cue));
            }
            FSArray<QuotationRole> array = new FSArray<>(jcas, roles.size());
            for (int i = 0; i < roles.size(); i++) {
                array.set(i, roles.get(i));
            }
            quotation.setRoles(array);
            quotation.addToIndexes();
        }
    }

    private static QuotationRole role(JCas jcas, String name, Annotation target)
    {
        QuotationRole role = new QuotationRole(jcas);
        role.setRole(name);
        role.setTarget(target);
        return role;
    }

    /**
     * Orthographic words from the Tokens: Tokens glued without a gap (و + قال) form one word,
     * carrying their lemmas and the part of speech of the stem (the longest Token); punctuation
     * Tokens stay words of their own.
     */
    static List<QuoteWord> words(JCas jcas, String text)
    {
        List<QuoteWord> words = new ArrayList<>();
        int begin = -1;
        int end = -1;
        boolean punctuation = false;
        List<String> lemmas = new ArrayList<>();
        Boolean verbTag = null;
        int longest = 0;
        int previousEnd = 0;
        boolean any = false;
        for (Token token : select(jcas, Token.class)) {
            any = true;
            int b = token.getBegin();
            int e = token.getEnd();
            if (b < 0 || e > text.length() || b >= e || b < end) {
                continue;
            }
            boolean tokenPunctuation = !org.isnad.segment.ArabicCharacters
                    .isWordChar(text.charAt(b));
            if (begin >= 0 && b == end && !punctuation && !tokenPunctuation) {
                end = e;
            }
            else {
                if (begin >= 0) {
                    words.add(QuoteWord.of(text, begin, end, List.copyOf(lemmas), verbTag,
                            previousEnd));
                    previousEnd = end;
                }
                begin = b;
                end = e;
                punctuation = tokenPunctuation;
                lemmas.clear();
                verbTag = null;
                longest = 0;
            }
            if (e - b > longest) {
                // the stem token (the longest of the word) decides, not its clitics
                longest = e - b;
                POS pos = token.getPos();
                verbTag = pos == null || pos.getCoarseValue() == null ? null
                        : pos.getCoarseValue().equals("VERB") || pos.getCoarseValue().equals("AUX");
            }
            Lemma lemma = token.getLemma();
            if (lemma != null && lemma.getValue() != null) {
                lemmas.add(ArabicNormalizer.normalize(lemma.getValue()));
            }
        }
        if (begin >= 0) {
            words.add(QuoteWord.of(text, begin, end, List.copyOf(lemmas), verbTag, previousEnd));
        }
        return any ? words : QuoteWord.fromText(text);
    }
}
