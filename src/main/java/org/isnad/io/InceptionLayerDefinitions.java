package org.isnad.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.isnad.type.Event;
import org.isnad.type.Quotation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * INCEpTION definitions of Isnad's layers, generated from the type system description and the
 * tagsets declared here, in INCEpTION's own export format (field names of
 * {@code ExportedAnnotationLayer}, {@code ExportedAnnotationFeature}, {@code ExportedTagSet} and
 * {@code ExportedProject}):
 * <ul>
 * <li>{@link #layersJson()}: a JSON array of layers for Project Settings → Layers → Import:
 * every span type of the {@code org.isnad.type} package (Quotation, QuoteSource, QuoteCue,
 * Event, TimeExpression) and DKPro's NamedEntity, with tagsets inline;</li>
 * <li>{@link #writeProjectArchive(OutputStream)}: a project archive for Projects → Import, whose
 * {@code exportedproject.json} defines the same layers, the built-in layers Isnad fills (Token,
 * Sentence, Lemma, POS, NamedEntity) and right-to-left script direction.</li>
 * </ul>
 * As INCEpTION's TypeSystemAnalysis does, a feature whose range is an array of a TOP subtype
 * with {@code role} and {@code target} features becomes a slot feature: multi-value mode ARRAY,
 * link mode WITH_ROLE, with the link type and its role and target feature names.
 */
public final class InceptionLayerDefinitions
{
    /** File name of the layer definitions written by {@code annotate}. */
    public static final String LAYERS_FILE = "inception-layers.json";
    /** File name of the project archive written by {@code annotate}. */
    public static final String PROJECT_FILE = "inception-project.zip";
    /** Name of the project JSON inside the archive, as INCEpTION's exporter names it. */
    public static final String PROJECT_JSON_ENTRY = "exportedproject.json";

    /** Modification time of the archive entry: 2020-01-01T00:00:00Z. */
    private static final long FIXED_ENTRY_TIME = 1577836800000L;

    /** The package whose annotation types become Isnad's layers. */
    public static final String ISNAD_TYPE_PACKAGE = "org.isnad.type.";

    /** A tag and its description. */
    public record Tag(String name, String description)
    {
    }

    /** A closed tagset. */
    public record TagSet(String name, String description, List<Tag> tags)
    {
        public List<String> tagNames()
        {
            return tags.stream().map(Tag::name).toList();
        }
    }

    /** The 16 PLOVER event types. */
    public static final TagSet PLOVER = new TagSet("PLOVER event types",
            "The 16 event types of the PLOVER ontology", List.of(
                    new Tag("AGREE", "Agree to, sign or settle"),
                    new Tag("CONSULT", "Meet, visit, phone or negotiate"),
                    new Tag("SUPPORT", "Express support, praise or endorse"),
                    new Tag("CONCEDE", "Make a concession, ease restrictions, release"),
                    new Tag("COOPERATE", "Cooperate economically, militarily or judicially"),
                    new Tag("AID", "Provide economic, military or humanitarian aid"),
                    new Tag("RETREAT", "Withdraw, retreat or demobilise"),
                    new Tag("REQUEST", "Ask for, appeal or demand"),
                    new Tag("ACCUSE", "Accuse, criticise or blame"),
                    new Tag("REJECT", "Reject, refuse or veto"),
                    new Tag("THREATEN", "Threaten or give an ultimatum"),
                    new Tag("PROTEST", "Demonstrate, strike or boycott"),
                    new Tag("SANCTION", "Impose sanctions or embargoes, break relations"),
                    new Tag("MOBILIZE", "Mobilise or increase military readiness"),
                    new Tag("COERCE", "Arrest, deport, seize or repress"),
                    new Tag("ASSAULT", "Attack, bomb, kill or abduct")));

    /** Event modalities. */
    public static final TagSet MODALITIES = new TagSet("Isnad event modalities",
            "Whether an event is reported as real, expected, denied or possible", List.of(
                    new Tag("asserted", "Reported as having happened or happening"),
                    new Tag("future", "Announced or expected"),
                    new Tag("negated", "Reported as not having happened"),
                    new Tag("hypothetical", "Conditional, possible or demanded")));

    /** Quotation kinds. */
    public static final TagSet QUOTATION_KINDS = new TagSet("Isnad quotation kinds",
            "How speech is reported", List.of(
                    new Tag("direct", "Between quotation marks"),
                    new Tag("indirect", "Reported clause"),
                    new Tag("mixed", "Reported clause with a quoted part")));

    /** Roles of a quotation's slots. */
    public static final TagSet QUOTATION_ROLES = new TagSet("Isnad quotation roles",
            "Roles of the slots of a quotation", List.of(
                    new Tag("source", "The mention naming the speaker"),
                    new Tag("cue", "The reporting expression")));

    /** Roles of an event's arguments. */
    public static final TagSet EVENT_ROLES = new TagSet("Isnad event roles",
            "Roles of the arguments of an event", List.of(
                    new Tag("source", "Who acts"),
                    new Tag("target", "Who is acted upon"),
                    new Tag("participant", "Another participant"),
                    new Tag("time", "When"),
                    new Tag("place", "Where")));

    /** Named entity types. */
    public static final TagSet ENTITY_TYPES = new TagSet("Isnad named entity types",
            "Named entity types of Isnad", List.of(
                    new Tag("PER", "Person"),
                    new Tag("ORG", "Organisation"),
                    new Tag("GPE", "Geo-political entity: country, city, state"),
                    new Tag("LOC", "Location that is not a geo-political entity"),
                    new Tag("NORP", "Nationality, religious or political group")));

    /** Universal Dependencies part-of-speech tags. */
    public static final TagSet UPOS = new TagSet("UPOS", "Universal Dependencies POS tags",
            List.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
                    "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X").stream()
                    .map(t -> new Tag(t, t)).toList());

    /** Which tagset constrains which feature ({@code type:feature}). */
    private static final Map<String, TagSet> FEATURE_TAGSETS = Map.of(
            Event._TypeName + ":" + Event._FeatName_category, PLOVER,
            Event._TypeName + ":" + Event._FeatName_modality, MODALITIES,
            Event._TypeName + ":" + Event._FeatName_arguments, EVENT_ROLES,
            Quotation._TypeName + ":" + Quotation._FeatName_kind, QUOTATION_KINDS,
            Quotation._TypeName + ":" + Quotation._FeatName_roles, QUOTATION_ROLES,
            NamedEntity._TypeName + ":" + NamedEntity._FeatName_value, ENTITY_TYPES,
            POS._TypeName + ":" + POS._FeatName_coarseValue, UPOS);

    /** Display names of features where the feature name is not what annotators know. */
    private static final Map<String, String> FEATURE_UI_NAMES = Map.of(
            POS._TypeName + ":" + POS._FeatName_PosValue, "XPOS",
            POS._TypeName + ":" + POS._FeatName_coarseValue, "UPOS");

    /** Layers whose spans may cross sentence boundaries. */
    private static final List<String> CROSS_SENTENCE = List.of(Quotation._TypeName,
            Sentence._TypeName);

    private static final String ROLE = "role";
    private static final String TARGET = "target";
    private static final String SPAN = "span";

    private final TypeSystemDescription description;
    private final TypeSystem typeSystem;
    private final JsonNodeFactory json = JsonNodeFactory.instance;

    /**
     * @param aTypeSystem
     *            the type system description (with descriptions), e.g.
     *            {@code IsnadPipeline.typeSystem()}.
     * @throws ResourceInitializationException
     *             if the type system is inconsistent.
     */
    public InceptionLayerDefinitions(TypeSystemDescription aTypeSystem)
        throws ResourceInitializationException
    {
        description = aTypeSystem;
        typeSystem = CasCreationUtils.createCas(aTypeSystem, null, null).getTypeSystem();
    }

    /** @return the names of the Isnad span layers found in the type system. */
    public List<String> isnadLayerNames()
    {
        List<String> names = new ArrayList<>();
        Type annotation = typeSystem.getType(CAS.TYPE_NAME_ANNOTATION);
        for (TypeDescription td : description.getTypes()) {
            Type type = typeSystem.getType(td.getName());
            if (td.getName().startsWith(ISNAD_TYPE_PACKAGE)
                    && annotation.equals(typeSystem.getParent(type)) && !names.contains(
                            td.getName())) {
                names.add(td.getName());
            }
        }
        return names;
    }

    /**
     * The layer definitions for Project Settings → Layers → Import: Isnad's layers and
     * NamedEntity (its tagset, and its identifier as a plain string), tagsets inline.
     *
     * @return a JSON array of exported layers.
     */
    public ArrayNode layersJson()
    {
        ArrayNode layers = json.arrayNode();
        for (String name : isnadLayerNames()) {
            layers.add(layer(name, true, false, false, "TOKENS", "ANY_OVERLAP", null, null));
        }
        layers.add(namedEntityLayer(true));
        return layers;
    }

    /**
     * The project JSON ({@code exportedproject.json}): an empty project "Isnad" with
     * right-to-left script direction, the built-in layers Isnad fills and Isnad's layers.
     *
     * @return the exported project.
     */
    public ObjectNode projectJson()
    {
        ObjectNode p = json.objectNode();
        p.put("name", "Isnad");
        p.put("slug", "isnad");
        p.put("description", "Review of Isnad's pre-annotation of Arabic news: tokens, lemmas, "
                + "parts of speech, named entities, time expressions, quotations with their "
                + "sources and cues, and PLOVER events with their arguments.");
        p.put("mode", "ANNOTATION");
        p.put("version", 1);
        p.putArray("source_documents");
        p.putArray("annotation_documents");
        p.putArray("project_permissions");
        ArrayNode tagSets = p.putArray("tag_sets");
        for (TagSet ts : List.of(ENTITY_TYPES, UPOS, PLOVER, MODALITIES, QUOTATION_KINDS,
                QUOTATION_ROLES, EVENT_ROLES)) {
            tagSets.add(tagSet(ts));
        }
        ArrayNode layers = p.putArray("layers");
        ObjectNode token = layer(Token._TypeName, false, true, true, "CHARACTERS", "NO_OVERLAP",
                null, null);
        ArrayNode tokenFeatures = (ArrayNode) token.get("features");
        tokenFeatures.add(feature(Token._TypeName, Token._FeatName_lemma, Lemma._TypeName,
                "lemma", null, false));
        tokenFeatures.add(feature(Token._TypeName, Token._FeatName_pos, POS._TypeName, "pos",
                null, false));
        layers.add(token);
        layers.add(layer(Sentence._TypeName, false, true, true, "TOKENS", "NO_OVERLAP", null,
                null));
        layers.add(layer(Lemma._TypeName, false, true, false, "SINGLE_TOKEN", "NO_OVERLAP",
                Token._TypeName, Token._FeatName_lemma));
        layers.add(layer(POS._TypeName, false, true, false, "SINGLE_TOKEN", "NO_OVERLAP",
                Token._TypeName, Token._FeatName_pos));
        layers.add(namedEntityLayer(false));
        for (String name : isnadLayerNames()) {
            layers.add(layer(name, false, false, false, "TOKENS", "ANY_OVERLAP", null, null));
        }
        p.put("disableExport", false);
        p.put("script_direction", "RTL");
        p.put("anonymous_curation", false);
        return p;
    }

    private ObjectNode namedEntityLayer(boolean aInlineTagSets)
    {
        // Isnad's identifiers are canonical names, not knowledge-base IRIs: a plain string
        return layer(NamedEntity._TypeName, aInlineTagSets, true, false, "TOKENS", "ANY_OVERLAP",
                null, null);
    }

    private ObjectNode layer(String aType, boolean aInlineTagSets, boolean aBuiltIn,
            boolean aReadonly, String aAnchoring, String aOverlap, String aAttachType,
            String aAttachFeature)
    {
        TypeDescription td = typeDescription(aType);
        Type type = typeSystem.getType(aType);
        ObjectNode l = json.objectNode();
        l.put("name", aType);
        ArrayNode features = l.putArray("features");
        boolean segmentation = Token._TypeName.equals(aType) || Sentence._TypeName.equals(aType);
        if (!segmentation) {
            for (Feature f : type.getFeatures()) {
                if (isBuiltInFeature(f)) {
                    continue;
                }
                features.add(feature(aType, f, featureDescription(f), aInlineTagSets));
            }
        }
        l.put("uiName", uiName(type));
        l.put("type", SPAN);
        l.put("description", td != null ? clean(td.getDescription()) : null);
        l.put("enabled", true);
        l.put("built_in", aBuiltIn);
        l.put("readonly", aReadonly);
        if (aAttachType != null) {
            l.putObject("attach_type").put("name", aAttachType);
            ObjectNode af = l.putObject("attach_feature");
            af.put("name", aAttachFeature);
            af.put("layer", aAttachType);
        }
        else {
            l.putNull("attach_type");
            l.putNull("attach_feature");
        }
        l.put("allow_stacking", "ANY_OVERLAP".equals(aOverlap));
        l.put("cross_sentence", CROSS_SENTENCE.contains(aType));
        l.put("show_hover", true);
        l.put("anchoring_mode", aAnchoring);
        l.put("overlap_mode", aOverlap);
        l.put("validation_mode", "NEVER");
        l.put("lock_to_token_offset", "SINGLE_TOKEN".equals(aAnchoring));
        l.put("multiple_tokens", "TOKENS".equals(aAnchoring));
        l.put("linked_list_behavior", false);
        l.putNull("on_click_javascript_action");
        l.putNull("traits");
        return l;
    }

    private ObjectNode feature(String aLayer, Feature aFeature, String aDescription,
            boolean aInlineTagSets)
    {
        Type range = aFeature.getRange();
        ObjectNode f = json.objectNode();
        f.put("name", aFeature.getShortName());
        TagSet tagSet = FEATURE_TAGSETS.get(aLayer + ":" + aFeature.getShortName());
        if (tagSet == null) {
            f.putNull("tag_set");
        }
        else if (aInlineTagSets) {
            f.set("tag_set", tagSet(tagSet));
        }
        else {
            // As INCEpTION's exporter: a stub naming a tagset of the project's tag_sets
            f.putObject("tag_set").put("name", tagSet.name());
        }
        f.put("uiName", FEATURE_UI_NAMES.getOrDefault(aLayer + ":" + aFeature.getShortName(),
                aFeature.getShortName()));
        Type link = slotLinkType(aFeature);
        f.put("type", link != null ? link.getFeatureByBaseName(TARGET).getRange().getName()
                : range.getName());
        f.put("enabled", true);
        f.put("visible", true);
        f.put("include_in_hover", false);
        f.put("required", false);
        f.put("remember", false);
        f.put("hideUnconstraintFeature", false);
        f.put("description", aDescription);
        f.put("multi_value_mode", link != null ? "ARRAY" : "NONE");
        f.put("link_mode", link != null ? "WITH_ROLE" : "NONE");
        if (link != null) {
            f.put("link_type_name", link.getName());
            f.put("link_type_role_feature_name", ROLE);
            f.put("link_type_target_feature_name", TARGET);
        }
        else {
            f.putNull("link_type_name");
            f.putNull("link_type_role_feature_name");
            f.putNull("link_type_target_feature_name");
        }
        f.putNull("traits");
        f.put("curatable", true);
        f.put("rank", 0);
        return f;
    }

    /** A reference feature of a built-in layer (Token.lemma, Token.pos). */
    private ObjectNode feature(String aLayer, String aName, String aRange, String aUiName,
            String aDescription, boolean aVisible)
    {
        ObjectNode f = feature(aLayer, typeSystem.getType(aLayer).getFeatureByBaseName(aName),
                aDescription, false);
        f.put("type", aRange);
        f.put("uiName", aUiName);
        f.put("visible", aVisible);
        return f;
    }

    private ObjectNode tagSet(TagSet aTagSet)
    {
        ObjectNode t = json.objectNode();
        t.put("name", aTagSet.name());
        t.put("description", aTagSet.description());
        t.putNull("language");
        ArrayNode tags = t.putArray("tags");
        for (Tag tag : aTagSet.tags()) {
            ObjectNode n = tags.addObject();
            n.put("tag_name", tag.name());
            n.put("tag_description", tag.description());
        }
        t.put("create_tag", false);
        return t;
    }

    /** @return the link type if the feature is a slot feature, else null. */
    private Type slotLinkType(Feature aFeature)
    {
        Type range = aFeature.getRange();
        if (!range.isArray() || range.getComponentType() == null) {
            return null;
        }
        Type link = range.getComponentType();
        boolean fromTop = CAS.TYPE_NAME_TOP.equals(typeSystem.getParent(link).getName());
        return fromTop && link.getFeatureByBaseName(ROLE) != null
                && link.getFeatureByBaseName(TARGET) != null ? link : null;
    }

    private static boolean isBuiltInFeature(Feature aFeature)
    {
        String name = aFeature.getName();
        return CAS.FEATURE_FULL_NAME_BEGIN.equals(name) || CAS.FEATURE_FULL_NAME_END.equals(name)
                || CAS.FEATURE_FULL_NAME_SOFA.equals(name);
    }

    private TypeDescription typeDescription(String aType)
    {
        return description.getType(aType);
    }

    private String featureDescription(Feature aFeature)
    {
        TypeDescription td = typeDescription(aFeature.getDomain().getName());
        if (td == null) {
            return null;
        }
        for (FeatureDescription fd : td.getFeatures()) {
            if (fd.getName().equals(aFeature.getShortName())) {
                return clean(fd.getDescription());
            }
        }
        return null;
    }

    private static String uiName(Type aType)
    {
        return switch (aType.getName()) {
        case POS._TypeName -> "Part of speech";
        case NamedEntity._TypeName -> "Named entity";
        default -> aType.getShortName();
        };
    }

    private static String clean(String aText)
    {
        if (aText == null || aText.isBlank()) {
            return null;
        }
        return aText.strip().replaceAll("\\s+", " ");
    }

    private static ObjectMapper mapper()
    {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** Writes the layer definitions (UTF-8 JSON). */
    public void writeLayers(OutputStream aOut) throws IOException
    {
        aOut.write(mapper().writeValueAsBytes(layersJson()));
    }

    /** Writes the project archive (a zip holding {@code exportedproject.json}). */
    public void writeProjectArchive(OutputStream aOut) throws IOException
    {
        ZipOutputStream zip = new ZipOutputStream(aOut, UTF_8);
        ZipEntry entry = new ZipEntry(PROJECT_JSON_ENTRY);
        // A fixed time keeps the archive identical from run to run
        entry.setTime(FIXED_ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(mapper().writeValueAsBytes(projectJson()));
        zip.closeEntry();
        zip.finish();
    }

    /** @return all tagsets defined here, by name. */
    public static Map<String, TagSet> tagSets()
    {
        Map<String, TagSet> all = new LinkedHashMap<>();
        for (TagSet t : List.of(ENTITY_TYPES, UPOS, PLOVER, MODALITIES, QUOTATION_KINDS,
                QUOTATION_ROLES, EVENT_ROLES)) {
            all.put(t.name(), t);
        }
        return all;
    }
}
