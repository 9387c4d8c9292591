package org.isnad.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.isnad.pipeline.IsnadPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class InceptionLayerDefinitionsTest
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token";

    private static TypeSystemDescription typeSystem;
    private static JsonNode layers;
    private static JsonNode project;
    private static List<String> archiveEntries = new ArrayList<>();

    @BeforeAll
    static void generate() throws Exception
    {
        typeSystem = IsnadPipeline.typeSystem();
        InceptionLayerDefinitions defs = new InceptionLayerDefinitions(typeSystem);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        defs.writeLayers(json);
        layers = MAPPER.readTree(json.toByteArray());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        defs.writeProjectArchive(zip);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                archiveEntries.add(e.getName());
                if (e.getName().equals(InceptionLayerDefinitions.PROJECT_JSON_ENTRY)) {
                    project = MAPPER.readTree(in.readAllBytes());
                }
            }
        }
    }

    private static Map<String, JsonNode> byName(JsonNode aArray)
    {
        Map<String, JsonNode> map = new HashMap<>();
        aArray.forEach(n -> map.put(n.get("name").asText(), n));
        return map;
    }

    private static List<String> texts(JsonNode aArray, String aField)
    {
        List<String> values = new ArrayList<>();
        aArray.forEach(n -> values.add(n.get(aField).asText()));
        return values;
    }

    /** Every Isnad type is a layer or a link type, every feature a layer feature or link part. */
    private static void assertNamesEveryIsnadTypeAndFeature(JsonNode aLayers)
    {
        Map<String, JsonNode> layerMap = byName(aLayers);
        Map<String, String> linkTypes = new HashMap<>();
        for (JsonNode l : aLayers) {
            for (JsonNode f : l.get("features")) {
                if (!f.get("link_type_name").isNull()) {
                    linkTypes.put(f.get("link_type_name").asText(),
                            f.get("link_type_role_feature_name").asText() + ","
                                    + f.get("link_type_target_feature_name").asText());
                }
            }
        }
        java.util.Set<String> slotTypes = new java.util.HashSet<>();
        for (TypeDescription td : typeSystem.getTypes()) {
            for (FeatureDescription fd : td.getFeatures()) {
                if (fd.getElementType() != null) {
                    slotTypes.add(fd.getElementType());
                }
            }
        }
        for (TypeDescription td : typeSystem.getTypes()) {
            if (!td.getName().startsWith("org.isnad.type.")) {
                continue;
            }
            if (td.getSupertypeName().equals("uima.cas.TOP") && !slotTypes.contains(td.getName())) {
                continue; // document-level data (DocumentDate): neither a layer nor a slot link
            }
            if (layerMap.containsKey(td.getName())) {
                List<String> features = texts(layerMap.get(td.getName()).get("features"), "name");
                for (FeatureDescription fd : td.getFeatures()) {
                    assertThat(features).as(td.getName()).contains(fd.getName());
                }
            }
            else {
                assertThat(linkTypes).as("link type " + td.getName()).containsKey(td.getName());
                List<String> parts = List.of(linkTypes.get(td.getName()).split(","));
                for (FeatureDescription fd : td.getFeatures()) {
                    assertThat(parts).contains(fd.getName());
                }
            }
        }
    }

    @Test
    void thatTheLayerFileNamesEveryIsnadTypeAndFeature()
    {
        assertThat(layers.isArray()).isTrue();
        assertThat(texts(layers, "name")).contains("org.isnad.type.Quotation",
                "org.isnad.type.QuoteSource", "org.isnad.type.QuoteCue", "org.isnad.type.Event",
                "org.isnad.type.TimeExpression",
                "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity");
        assertNamesEveryIsnadTypeAndFeature(layers);
    }

    @Test
    void thatSlotFeaturesAreArraysWithRolesAsInceptionExpects()
    {
        JsonNode roles = feature(layers, "org.isnad.type.Quotation", "roles");
        assertThat(roles.get("multi_value_mode").asText()).isEqualTo("ARRAY");
        assertThat(roles.get("link_mode").asText()).isEqualTo("WITH_ROLE");
        assertThat(roles.get("link_type_name").asText()).isEqualTo("org.isnad.type.QuotationRole");
        assertThat(roles.get("link_type_role_feature_name").asText()).isEqualTo("role");
        assertThat(roles.get("link_type_target_feature_name").asText()).isEqualTo("target");
        assertThat(roles.get("type").asText()).isEqualTo("uima.tcas.Annotation");
        JsonNode arguments = feature(layers, "org.isnad.type.Event", "arguments");
        assertThat(arguments.get("link_type_name").asText()).isEqualTo("org.isnad.type.EventRole");
        assertThat(feature(layers, "org.isnad.type.Event", "category").get("link_mode").asText())
                .isEqualTo("NONE");
    }

    @Test
    void thatTheTagsetsHoldThePloverTypesModalitiesKindsRolesAndEntityValues()
    {
        assertThat(tags(feature(layers, "org.isnad.type.Event", "category"))).containsExactly(
                "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT");
        assertThat(tags(feature(layers, "org.isnad.type.Event", "modality")))
                .containsExactly("asserted", "future", "negated", "hypothetical");
        assertThat(tags(feature(layers, "org.isnad.type.Quotation", "kind")))
                .containsExactly("direct", "indirect", "mixed");
        assertThat(tags(feature(layers, "org.isnad.type.Quotation", "roles")))
                .containsExactly("source", "cue");
        assertThat(tags(feature(layers, "org.isnad.type.Event", "arguments")))
                .containsExactly("source", "target", "participant", "time", "place");
        assertThat(tags(feature(layers, "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity",
                "value"))).containsExactly("PER", "ORG", "GPE", "LOC", "NORP");
    }

    @Test
    void thatTheProjectArchiveHoldsTheProjectJsonUnderInceptionsName()
    {
        assertThat(archiveEntries).containsExactly("exportedproject.json");
        assertThat(project.get("name").asText()).isEqualTo("Isnad");
        assertThat(project.get("mode").asText()).isNotBlank();
        assertThat(project.get("script_direction").asText()).isEqualTo("RTL");
    }

    @Test
    void thatTheProjectEnablesTheBuiltInLayersIsnadFills()
    {
        Map<String, JsonNode> map = byName(project.get("layers"));
        for (String builtIn : List.of(TOKEN,
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma",
                "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS",
                "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity")) {
            assertThat(map).containsKey(builtIn);
            assertThat(map.get(builtIn).get("built_in").asBoolean()).isTrue();
            assertThat(map.get(builtIn).get("enabled").asBoolean()).isTrue();
        }
        JsonNode lemma = map.get("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma");
        assertThat(lemma.get("attach_type").get("name").asText()).isEqualTo(TOKEN);
        assertThat(lemma.get("attach_feature").get("name").asText()).isEqualTo("lemma");
        assertThat(texts(map.get(TOKEN).get("features"), "name")).contains("lemma", "pos");
        assertNamesEveryIsnadTypeAndFeature(project.get("layers"));
    }

    @Test
    void thatEveryTagsetReferenceOfTheProjectNamesOneOfItsTagsets()
    {
        List<String> tagSets = texts(project.get("tag_sets"), "name");
        for (JsonNode l : project.get("layers")) {
            for (JsonNode f : l.get("features")) {
                if (!f.get("tag_set").isNull()) {
                    assertThat(tagSets).contains(f.get("tag_set").get("name").asText());
                }
            }
        }
        assertThat(tagSets).contains("PLOVER event types");
    }

    private static JsonNode feature(JsonNode aLayers, String aLayer, String aFeature)
    {
        for (JsonNode f : byName(aLayers).get(aLayer).get("features")) {
            if (f.get("name").asText().equals(aFeature)) {
                return f;
            }
        }
        throw new AssertionError("No feature " + aLayer + ":" + aFeature);
    }

    private static List<String> tags(JsonNode aFeature)
    {
        return texts(aFeature.get("tag_set").get("tags"), "tag_name");
    }
}
