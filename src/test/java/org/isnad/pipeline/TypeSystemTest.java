package org.isnad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.junit.jupiter.api.Test;

class TypeSystemTest
{
    /** Every Isnad type of DESIGN.md with its features. */
    private static final Map<String, String[]> ISNAD_TYPES = Map.of(
            "org.isnad.type.TimeExpression", new String[] { "value" },
            "org.isnad.type.Quotation", new String[] { "kind", "speaker", "speakerId", "roles" },
            "org.isnad.type.QuotationRole", new String[] { "role", "target" },
            "org.isnad.type.QuoteSource", new String[] {},
            "org.isnad.type.QuoteCue", new String[] {},
            "org.isnad.type.EventArgument", new String[] {},
            "org.isnad.type.Event",
            new String[] { "category", "mode", "modality", "eventId", "arguments" },
            "org.isnad.type.EventRole", new String[] { "role", "target" },
            "org.isnad.type.DocumentDate", new String[] { "value", "source" });

    @Test
    void thatUimaFitAutoDetectsEveryIsnadTypeAndFeature() throws Exception
    {
        TypeSystemDescription description = TypeSystemDescriptionFactory
                .createTypeSystemDescription();
        JCas jcas = JCasFactory.createJCas(description);
        for (var entry : ISNAD_TYPES.entrySet()) {
            Type type = jcas.getTypeSystem().getType(entry.getKey());
            assertThat(type).as(entry.getKey()).isNotNull();
            for (String feature : entry.getValue()) {
                Feature f = type.getFeatureByBaseName(feature);
                assertThat(f).as(entry.getKey() + ":" + feature).isNotNull();
            }
        }
        // the DKPro types that Isnad fills come along
        for (String dkpro : new String[] {
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.SurfaceForm",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma",
                "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS",
                "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity" }) {
            assertThat(jcas.getTypeSystem().getType(dkpro)).as(dkpro).isNotNull();
        }
    }

    @Test
    void thatEveryIsnadTypeAndFeatureHasADescription() throws Exception
    {
        TypeSystemDescription description = TypeSystemDescriptionFactory
                .createTypeSystemDescription();
        int isnadTypes = 0;
        for (TypeDescription type : description.getTypes()) {
            if (!type.getName().startsWith("org.isnad.")) {
                continue;
            }
            isnadTypes++;
            assertThat(type.getDescription()).as(type.getName()).isNotBlank();
            for (FeatureDescription feature : type.getFeatures()) {
                assertThat(feature.getDescription()).as(type.getName() + ":" + feature.getName())
                        .isNotBlank();
            }
        }
        assertThat(isnadTypes).isEqualTo(ISNAD_TYPES.size());
    }
}
