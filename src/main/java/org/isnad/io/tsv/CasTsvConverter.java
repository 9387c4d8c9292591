package org.isnad.io.tsv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.util.CasUtil;
import org.apache.uima.jcas.cas.FSArray;

/**
 * Turns a CAS into a {@link TsvDocument}, with the layer rules of INCEpTION's TSV writer:
 * every direct subtype of {@code uima.tcas.Annotation} except DKPro's Token and Sentence and
 * document-level annotations (DocumentMetaData) is a layer when it is
 * <ul>
 * <li>a relation layer: {@code Governor} and {@code Dependent} references, all other features
 * primitive; or</li>
 * <li>a span layer: only primitive features, string arrays (not written) and slot features (an
 * array of a direct TOP subtype with {@code role} and {@code target} features).</li>
 * </ul>
 * Other types (chain layers among them) are not written. Layers keep the type system's order;
 * annotations of subtypes are written in their super type's layer.
 */
public final class CasTsvConverter
{
    private static final String SENTENCE_TYPE =
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence";
    private static final String SENTENCE_ID = "id";
    private static final String DEPENDENT = "Dependent";
    private static final String ROLE = "role";
    private static final String TARGET = "target";

    private final TypeSystem typeSystem;
    private final Map<Type, TsvLayer> layers = new LinkedHashMap<>();
    private final Map<Type, TsvLayer> effectiveLayers = new HashMap<>();

    /**
     * Analyses a type system.
     *
     * @param aTypeSystem
     *            the type system.
     * @param aExcludedTypes
     *            names of types not to write even though they would be layers.
     */
    public CasTsvConverter(TypeSystem aTypeSystem, Set<String> aExcludedTypes)
    {
        typeSystem = aTypeSystem;
        Type annotation = aTypeSystem.getType(CAS.TYPE_NAME_ANNOTATION);
        Type documentAnnotation = aTypeSystem.getType(CAS.TYPE_NAME_DOCUMENT_ANNOTATION);
        for (Type type : aTypeSystem.getDirectSubtypes(annotation)) {
            if (aTypeSystem.subsumes(documentAnnotation, type)
                    || TsvDocument.TOKEN_TYPE.equals(type.getName())
                    || SENTENCE_TYPE.equals(type.getName())
                    || aExcludedTypes.contains(type.getName())) {
                continue;
            }
            TsvLayer layer = analyze(type);
            if (layer != null) {
                layers.put(type, layer);
            }
        }
    }

    /** @return the layers found, in type system order. */
    public List<TsvLayer> getLayers()
    {
        return new ArrayList<>(layers.values());
    }

    private TsvLayer analyze(Type aType)
    {
        if (isRelation(aType)) {
            return TsvLayer.relation(aType.getName(), primitiveFeatures(aType));
        }
        List<TsvLayer.SlotFeature> slots = new ArrayList<>();
        for (Feature f : aType.getFeatures()) {
            if (isBuiltIn(f) || f.getRange().isPrimitive()
                    || CAS.TYPE_NAME_STRING_ARRAY.equals(f.getRange().getName())) {
                continue;
            }
            if (!isSlotFeature(f)) {
                // Neither a span nor a relation layer (e.g. a chain link): not written
                return null;
            }
            Type link = f.getRange().getComponentType();
            if (CAS.TYPE_NAME_TOP.equals(typeSystem.getParent(link).getName())) {
                slots.add(new TsvLayer.SlotFeature(f.getShortName(), link.getName(),
                        link.getFeatureByBaseName(TARGET).getRange().getName()));
            }
        }
        return TsvLayer.span(aType.getName(), primitiveFeatures(aType), slots);
    }

    private static boolean isBuiltIn(Feature aFeature)
    {
        String name = aFeature.getName();
        return CAS.FEATURE_FULL_NAME_BEGIN.equals(name) || CAS.FEATURE_FULL_NAME_END.equals(name)
                || CAS.FEATURE_FULL_NAME_SOFA.equals(name);
    }

    private static List<String> primitiveFeatures(Type aType)
    {
        List<String> names = new ArrayList<>();
        for (Feature f : aType.getFeatures()) {
            if (!isBuiltIn(f) && f.getRange().isPrimitive()) {
                names.add(f.getShortName());
            }
        }
        return names;
    }

    private static boolean isRelation(Type aType)
    {
        Feature governor = aType.getFeatureByBaseName(TsvLayer.GOVERNOR);
        Feature dependent = aType.getFeatureByBaseName(DEPENDENT);
        if (governor == null || dependent == null || governor.getRange().isPrimitive()
                || dependent.getRange().isPrimitive()) {
            return false;
        }
        for (Feature f : aType.getFeatures()) {
            if (f == governor || f == dependent || CAS.FEATURE_FULL_NAME_SOFA.equals(f.getName())) {
                continue;
            }
            if (!f.getRange().isPrimitive()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSlotFeature(Feature aFeature)
    {
        Type range = aFeature.getRange();
        if (!range.isArray() || range.getComponentType() == null) {
            return false;
        }
        Type link = range.getComponentType();
        return link.getFeatureByBaseName(ROLE) != null && link.getFeatureByBaseName(TARGET) != null;
    }

    private TsvLayer layerOf(Type aType)
    {
        return effectiveLayers.computeIfAbsent(aType, t -> {
            for (Map.Entry<Type, TsvLayer> e : layers.entrySet()) {
                if (typeSystem.subsumes(e.getKey(), t)) {
                    return e.getValue();
                }
            }
            return null;
        });
    }

    /**
     * Converts a CAS.
     *
     * @param aCas
     *            the CAS (its type system must be the analysed one).
     * @return the document.
     */
    public TsvDocument convert(CAS aCas)
    {
        TsvDocument doc = new TsvDocument(aCas.getDocumentText());
        Map<FeatureStructure, TsvAnnotation> converted = new IdentityHashMap<>();

        Type sentenceType = typeSystem.getType(SENTENCE_TYPE);
        Type tokenType = typeSystem.getType(TsvDocument.TOKEN_TYPE);
        if (sentenceType != null && tokenType != null) {
            Feature sentenceId = sentenceType.getFeatureByBaseName(SENTENCE_ID);
            Map<AnnotationFS, List<AnnotationFS>> covered = CasUtil.indexCovered(aCas,
                    sentenceType, tokenType);
            for (AnnotationFS s : CasUtil.select(aCas, sentenceType)) {
                String id = sentenceId != null && sentenceId.getRange().isPrimitive()
                        ? s.getStringValue(sentenceId) : null;
                TsvDocument.Sentence sentence = doc.addSentence(s.getBegin(), s.getEnd(), id);
                for (AnnotationFS t : covered.getOrDefault(s, List.of())) {
                    converted.put(t, sentence.addToken(t.getBegin(), t.getEnd()));
                }
            }
        }

        List<Map.Entry<AnnotationFS, TsvAnnotation>> layerAnnotations = new ArrayList<>();
        for (Map.Entry<Type, TsvLayer> e : layers.entrySet()) {
            doc.addLayer(e.getValue());
            for (AnnotationFS fs : CasUtil.select(aCas, e.getKey())) {
                TsvAnnotation ann = TsvAnnotation.of(e.getValue(), fs.getBegin(), fs.getEnd());
                converted.put(fs, ann);
                doc.addAnnotation(ann);
                layerAnnotations.add(Map.entry(fs, ann));
            }
        }

        for (Map.Entry<AnnotationFS, TsvAnnotation> e : layerAnnotations) {
            fill(e.getKey(), e.getValue(), converted);
        }
        return doc;
    }

    private void fill(AnnotationFS aFs, TsvAnnotation aAnn,
            Map<FeatureStructure, TsvAnnotation> aConverted)
    {
        Type type = aFs.getType();
        TsvLayer layer = aAnn.getLayer();
        for (String name : layer.getFeatures()) {
            Feature f = type.getFeatureByBaseName(name);
            aAnn.set(name, valueOf(aFs, f));
        }
        for (TsvLayer.SlotFeature slot : layer.getSlotFeatures()) {
            FeatureStructure array = aFs.getFeatureValue(type.getFeatureByBaseName(slot.name()));
            if (!(array instanceof FSArray<?> links)) {
                continue;
            }
            for (FeatureStructure link : links) {
                if (link == null) {
                    continue;
                }
                Type linkType = link.getType();
                String role = link.getStringValue(linkType.getFeatureByBaseName(ROLE));
                FeatureStructure target = link
                        .getFeatureValue(linkType.getFeatureByBaseName(TARGET));
                aAnn.link(slot.name(), role, resolve(target, aConverted));
            }
        }
        if (layer.getKind() == TsvLayer.Kind.RELATION) {
            aAnn.relate(
                    resolve(aFs.getFeatureValue(type.getFeatureByBaseName(TsvLayer.GOVERNOR)),
                            aConverted),
                    resolve(aFs.getFeatureValue(type.getFeatureByBaseName(DEPENDENT)),
                            aConverted));
        }
    }

    private TsvAnnotation resolve(FeatureStructure aFs,
            Map<FeatureStructure, TsvAnnotation> aConverted)
    {
        if (!(aFs instanceof AnnotationFS ann)) {
            return null;
        }
        TsvAnnotation known = aConverted.get(aFs);
        if (known != null) {
            return known;
        }
        // Neither a token in a sentence nor an annotation of a layer: cannot be addressed
        TsvLayer layer = layerOf(aFs.getType());
        TsvAnnotation ref = new TsvAnnotation(null,
                layer != null ? layer.getTypeName() : aFs.getType().getName(), ann.getBegin(),
                ann.getEnd());
        aConverted.put(aFs, ref);
        return ref;
    }

    private static String valueOf(FeatureStructure aFs, Feature aFeature)
    {
        if (aFeature.getRange().isStringOrStringSubtype()) {
            return aFs.getStringValue(aFeature);
        }
        return aFs.getFeatureValueAsString(aFeature);
    }
}
