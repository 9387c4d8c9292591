package org.isnad.ner;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.isnad.morph.ArabicLexicon;
import org.isnad.type.TimeExpression;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Arabic named entities (DKPro {@code NamedEntity}: value PER, ORG, GPE, LOC or NORP;
 * identifier = canonical entity key) and time expressions ({@code TimeExpression}, value = ISO
 * 8601). A thin adapter: the rules are in {@link NamedEntityFinder} and
 * {@link TimeExpressionFinder}, the lexicons in {@link NerLexicon}, the learned model (an OpenNLP
 * name finder trained by {@code isnad train ner}, see {@link NerModel}) and its combination with
 * the rules in {@link EntityTagger}. The model, the lexicons and the Arabic lexicon are shared
 * resources (see {@code IsnadPipeline.createNamedEntityRecognizer}), loaded once per resource
 * manager. Runs after the segmenter; works
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

    /**
     * Whether the learned model tags entities (combined with the rules, see {@link EntityTagger});
     * false gives the rules only.
     */
    public static final String PARAM_USE_MODEL = "useModel";
    @ConfigurationParameter(name = PARAM_USE_MODEL, mandatory = true, defaultValue = "true")
    private boolean useModel;

    /**
     * Location of a named-entity model trained with {@code isnad train ner} (a file, a class-path
     * resource or a URL); unset = the model shipped with Isnad (or the bound model resource).
     */
    public static final String PARAM_MODEL_LOCATION = "modelLocation";
    @ConfigurationParameter(name = PARAM_MODEL_LOCATION, mandatory = false)
    private String modelLocation;

    /**
     * Whether entities found by the rules that overlap no entity of the model are added to the
     * model's entities; false gives the model's entities only (with the rules as its features).
     */
    public static final String PARAM_ADD_RULE_ENTITIES = "addRuleEntities";
    @ConfigurationParameter(name = PARAM_ADD_RULE_ENTITIES, mandatory = true, defaultValue = "true")
    private boolean addRuleEntities;

    /**
     * Whether a place head noun right before a GPE or LOC name is part of its span (قرية اليامون,
     * مخيم جنين, as in Wojood) or stays outside it (قرية [اليامون], as in ACE, ANERcorp, NewsFANE
     * and AQMAR). The identifier is the name's either way (GPE:اليامون).
     */
    public static final String PARAM_PLACE_HEAD_IN_SPAN = "placeHeadInSpan";
    @ConfigurationParameter(name = PARAM_PLACE_HEAD_IN_SPAN, mandatory = true, defaultValue = "true")
    private boolean placeHeadInSpan;

    /**
     * Bias of the learned model towards names: subtracted from the model's log score of "no name"
     * at every token (0 = the model's own decisions; higher finds more names and fewer are
     * right). The default was chosen on the NewsFANE development blocks, where the model's
     * precision was well above its recall; it applies to maxent (GIS) models.
     */
    public static final String PARAM_NAME_BIAS = "nameBias";
    @ConfigurationParameter(name = PARAM_NAME_BIAS, mandatory = true, defaultValue = "1.0")
    private float nameBias;


    /** The shared named-entity lexicon resource; built by this annotator when not bound. */
    public static final String RES_LEXICON = "lexicon";
    @ExternalResource(key = RES_LEXICON, mandatory = false)
    private NerLexiconResource lexiconResource;

    /**
     * The segmenter's shared Arabic lexicon (the dictionary as a name detector); loaded by this
     * annotator when not bound.
     */
    public static final String RES_ARABIC_LEXICON = "arabicLexicon";
    @ExternalResource(key = RES_ARABIC_LEXICON, mandatory = false)
    private ArabicLexicon arabicLexicon;

    /**
     * The shared named-entity model; when not bound, the annotator loads {@code modelLocation}
     * (or the shipped model) itself.
     */
    public static final String RES_MODEL = "model";
    @ExternalResource(key = RES_MODEL, mandatory = false)
    private NerModelResource modelResource;

    private LocalDate defaultDate;
    private EntityTagger entityTagger;
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
        NerLexicon lexicon = lexiconResource.getLexicon(arabicLexicon);
        NerModel model = null;
        if (useModel) {
            boolean fromResource = modelResource != null && modelResource.getModel() != null
                    && (modelLocation == null || modelLocation.isBlank()
                            || sameLocation(modelResource.getModel().source(), modelLocation));
            try {
                model = fromResource ? modelResource.getModel() : NerModel.load(modelLocation);
            }
            catch (IOException e) {
                throw new ResourceInitializationException(e);
            }
        }
        try {
            entityTagger = new EntityTagger(lexicon, lexiconResource.newKnownWords(), model,
                    new EntityTagger.Options(addRuleEntities, placeHeadInSpan, nameBias));
        }
        catch (IllegalArgumentException e) {
            throw new ResourceInitializationException(e);
        }
        timeFinder = new TimeExpressionFinder(lexicon);
    }

    @Override
    public void process(JCas jcas)
        throws AnalysisEngineProcessException
    {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        EntityTagger.Result found = entityTagger.tag(text, ModelToken.sentences(jcas));
        List<EntityMention> mentions = new java.util.ArrayList<>(found.mentions());
        mentions.sort(java.util.Comparator.comparingInt(EntityMention::begin));
        List<List<NerToken>> sentences = found.sentences();
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

    private static boolean sameLocation(String source, String location)
    {
        try {
            return NerModel.resolve(location).toString().equals(source);
        }
        catch (IOException e) {
            return false;
        }
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
}
