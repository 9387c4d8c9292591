package org.isnad.ner;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.apache.uima.fit.util.JCasUtil.selectCovered;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
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
import org.apache.uima.resource.ResourceInitializationException;
import org.isnad.segment.ArabicCharacters;
import org.isnad.type.TimeExpression;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Arabic named entities (DKPro {@code NamedEntity}: value PER, ORG, GPE, LOC or NORP;
 * identifier = canonical entity key) and time expressions ({@code TimeExpression}, value = ISO
 * 8601). A thin adapter: the rules are in {@link NamedEntityFinder} and
 * {@link TimeExpressionFinder}, the lexicons in {@link NerLexicon}. Runs after the segmenter; works
 * on Tokens with or without clitic segmentation (spans never include a glued proclitic).
 * Relative time expressions are resolved against the document date: a dateline in the text
 * (see {@link DocumentDate}), else the {@code documentDate} parameter, else they get no value.
 */
@ResourceMetaData(name = "Isnad Arabic Named Entity Recognizer")
@LanguageCapability("ar")
@TypeCapability(inputs = { Sentence._TypeName, Token._TypeName,
        org.isnad.type.DocumentDate._TypeName },
        outputs = { NamedEntity._TypeName, TimeExpression._TypeName,
                org.isnad.type.DocumentDate._TypeName })
public class ArabicNamedEntityRecognizer
    extends JCasAnnotator_ImplBase
{
    /**
     * Date of the documents (ISO 8601, YYYY-MM-DD), used to resolve relative time expressions
     * when the text itself has no dateline.
     */
    public static final String PARAM_DOCUMENT_DATE = "documentDate";
    @ConfigurationParameter(name = PARAM_DOCUMENT_DATE, mandatory = false)
    private String documentDate;

    /** Whether a numeric dateline near the start of the text sets the document date. */
    public static final String PARAM_DATE_FROM_TEXT = "dateFromText";
    @ConfigurationParameter(name = PARAM_DATE_FROM_TEXT, mandatory = true, defaultValue = "true")
    private boolean dateFromText;

    /** Whether to create TimeExpression annotations. */
    public static final String PARAM_WRITE_TIME_EXPRESSIONS = "writeTimeExpressions";
    @ConfigurationParameter(name = PARAM_WRITE_TIME_EXPRESSIONS, mandatory = true, defaultValue = "true")
    private boolean writeTimeExpressions;

    /** The shared lexicon resource; loaded by this annotator when not bound. */
    public static final String RES_LEXICON = "lexicon";
    @ExternalResource(key = RES_LEXICON, mandatory = false)
    private NerLexiconResource lexiconResource;

    private LocalDate defaultDate;
    private NamedEntityFinder entityFinder;
    private TimeExpressionFinder timeFinder;

    @Override
    public void initialize(UimaContext context)
        throws ResourceInitializationException
    {
        super.initialize(context);
        if (documentDate != null && !documentDate.isBlank()) {
            try {
                defaultDate = LocalDate.parse(documentDate.strip());
            }
            catch (DateTimeParseException e) {
                throw new ResourceInitializationException(new IllegalArgumentException(
                        PARAM_DOCUMENT_DATE + " must be YYYY-MM-DD, not " + documentDate, e));
            }
        }
        if (lexiconResource == null) {
            lexiconResource = new NerLexiconResource();
            lexiconResource.load(null);
        }
        entityFinder = new NamedEntityFinder(lexiconResource.getLexicon(),
                lexiconResource.newKnownWords());
        timeFinder = new TimeExpressionFinder(lexiconResource.getLexicon());
    }

    @Override
    public void process(JCas jcas)
        throws AnalysisEngineProcessException
    {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        List<List<NerToken>> sentences = new ArrayList<>();
        Collection<Sentence> sentenceAnnotations = select(jcas, Sentence.class);
        if (sentenceAnnotations.isEmpty()) {
            sentences.add(rejoinSplitNames(toNerTokens(select(jcas, Token.class))));
        }
        else {
            for (Sentence sentence : sentenceAnnotations) {
                sentences.add(rejoinSplitNames(toNerTokens(selectCovered(Token.class, sentence))));
            }
        }
        List<EntityMention> mentions = new ArrayList<>(entityFinder.find(text, sentences));
        mentions.sort(java.util.Comparator.comparingInt(EntityMention::begin));
        for (EntityMention mention : mentions) {
            NamedEntity entity = new NamedEntity(jcas, mention.begin(), mention.end());
            entity.setValue(mention.type());
            entity.setIdentifier(mention.identifier());
            entity.addToIndexes();
        }
        LocalDate date = DocumentDate.get(jcas);
        if (date == null) {
            date = dateFromText ? DocumentDate.fromDateline(text) : null;
            if (date != null) {
                DocumentDate.set(jcas, date, DocumentDate.SOURCE_DATELINE);
            }
            else if (defaultDate != null) {
                date = defaultDate;
                DocumentDate.set(jcas, date, DocumentDate.SOURCE_PARAMETER);
            }
        }
        if (writeTimeExpressions) {
            for (List<NerToken> sentence : sentences) {
                for (TimeExpressionFinder.TimeMention time : timeFinder.find(sentence, date)) {
                    if (insideEntity(time, mentions)) {
                        continue; // اليوم in the agency name بغداد اليوم
                    }
                    TimeExpression expression = new TimeExpression(jcas, time.begin(), time.end());
                    expression.setValue(time.value());
                    expression.addToIndexes();
                }
            }
        }
    }

    /**
     * Rejoins a word that clitic segmentation split into stem + pronoun suffix when the whole
     * word is a name of the lexicons (أنتوني split as أنتو + ني): names carry no pronoun suffix.
     */
    private List<NerToken> rejoinSplitNames(List<NerToken> tokens)
    {
        NerLexicon lexicon = lexiconResource.getLexicon();
        List<NerToken> result = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            NerToken token = tokens.get(i);
            if (i + 1 < tokens.size() && tokens.get(i + 1).begin() == token.end()
                    && token.form().length() > 1) {
                NerToken next = tokens.get(i + 1);
                String whole = EntityKeys.normalize(token.form() + next.form());
                if (lexicon.isFirstName(whole) || lexicon.startsPhrase(whole)) {
                    result.add(new NerToken(token.begin(), next.end(), token.form() + next.form()));
                    i++;
                    continue;
                }
            }
            result.add(token);
        }
        return result;
    }

    /**
     * Whether a time expression lies inside an entity. {@code mentions} is sorted by begin and
     * its entities do not overlap, so only the last entity starting at or before the time
     * expression can contain it: a binary search keeps long documents linear.
     */
    private static boolean insideEntity(TimeExpressionFinder.TimeMention time,
            List<EntityMention> mentions)
    {
        int low = 0;
        int high = mentions.size() - 1;
        int candidate = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (mentions.get(mid).begin() <= time.begin()) {
                candidate = mid;
                low = mid + 1;
            }
            else {
                high = mid - 1;
            }
        }
        return candidate >= 0 && time.end() <= mentions.get(candidate).end();
    }

    private static List<NerToken> toNerTokens(Collection<Token> tokens)
    {
        List<NerToken> result = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            String form = token.getText();
            result.add(new NerToken(token.getBegin(), token.getEnd(),
                    ArabicCharacters.stripToForm(form, 0, form.length())));
        }
        return result;
    }
}
