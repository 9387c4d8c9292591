package org.isnad.io.tsv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.util.CasUtil;
import org.apache.uima.jcas.cas.FSArray;

/**
 * Describes annotations as sortable lines ({@code Type [b,e] feature=value ... slot=[role->
 * Type[b,e]]}), once from a CAS through the plain UIMA API and once from a parsed TSV file, so
 * that a test can compare what the TSV says with what the CAS holds.
 */
final class TsvCasComparison
{
    private TsvCasComparison()
    {
    }

    /** @return the lines of all annotations of the TSV's layers. */
    static Set<String> fromTsv(Tsv3Reader aTsv)
    {
        Set<String> lines = new TreeSet<>();
        for (Tsv3Reader.Annotation a : aTsv.getAnnotations()) {
            StringBuilder sb = new StringBuilder(head(a.layer, a.begin, a.end));
            a.features.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
            a.slots.forEach((k, v) -> {
                List<String> links = new ArrayList<>();
                for (Tsv3Reader.Slot s : v) {
                    links.add(s.role() + "->"
                            + head(s.target().layer, s.target().begin, s.target().end));
                }
                sb.append(' ').append(k).append('=').append(links);
            });
            if (a.governor != null) {
                sb.append(" gov=").append(head(a.governor.layer, a.governor.begin,
                        a.governor.end));
                sb.append(" dep=").append(head(a.dependent.layer, a.dependent.begin,
                        a.dependent.end));
            }
            lines.add(sb.toString());
        }
        return lines;
    }

    /**
     * @param aCas
     *            the CAS.
     * @param aBaseTypes
     *            per relation layer, the type its ends are written as (the {@code BT_} type).
     * @return the lines of all annotations of the given layers in the CAS.
     */
    static Set<String> fromCas(CAS aCas, List<String> aLayers, Map<String, String> aBaseTypes)
    {
        TypeSystem ts = aCas.getTypeSystem();
        Set<String> lines = new TreeSet<>();
        for (String layer : aLayers) {
            Type type = ts.getType(layer);
            for (AnnotationFS fs : CasUtil.select(aCas, type)) {
                StringBuilder sb = new StringBuilder();
                Feature governor = type.getFeatureByBaseName("Governor");
                boolean relation = governor != null;
                AnnotationFS dependent = relation ? (AnnotationFS) fs
                        .getFeatureValue(type.getFeatureByBaseName("Dependent")) : null;
                sb.append(relation ? head(layer, dependent.getBegin(), dependent.getEnd())
                        : head(layer, fs.getBegin(), fs.getEnd()));
                List<Feature> feats = new ArrayList<>(type.getFeatures());
                feats.sort((x, y) -> x.getShortName().compareTo(y.getShortName()));
                for (Feature f : feats) {
                    String n = f.getName();
                    if (n.equals(CAS.FEATURE_FULL_NAME_BEGIN) || n.equals(CAS.FEATURE_FULL_NAME_END)
                            || n.equals(CAS.FEATURE_FULL_NAME_SOFA)) {
                        continue;
                    }
                    if (f.getRange().isPrimitive()) {
                        sb.append(' ').append(f.getShortName()).append('=')
                                .append(f.getRange().isStringOrStringSubtype()
                                        ? fs.getStringValue(f)
                                        : fs.getFeatureValueAsString(f));
                    }
                }
                for (Feature f : feats) {
                    if (f.getRange().isArray() && fs.getFeatureValue(f) instanceof FSArray<?> arr) {
                        List<String> links = new ArrayList<>();
                        for (FeatureStructure link : arr) {
                            Type lt = link.getType();
                            AnnotationFS target = (AnnotationFS) link
                                    .getFeatureValue(lt.getFeatureByBaseName("target"));
                            links.add(link.getStringValue(lt.getFeatureByBaseName("role")) + "->"
                                    + head(writtenType(ts, aLayers, target), target.getBegin(),
                                            target.getEnd()));
                        }
                        sb.append(' ').append(f.getShortName()).append('=').append(links);
                    }
                    else if (f.getRange().isArray()) {
                        sb.append(' ').append(f.getShortName()).append("=[]");
                    }
                }
                if (relation) {
                    AnnotationFS gov = (AnnotationFS) fs.getFeatureValue(governor);
                    String base = aBaseTypes.get(layer);
                    sb.append(" gov=").append(head(base, gov.getBegin(), gov.getEnd()));
                    sb.append(" dep=")
                            .append(head(base, dependent.getBegin(), dependent.getEnd()));
                }
                lines.add(sb.toString());
            }
        }
        return lines;
    }

    private static String writtenType(TypeSystem aTs, List<String> aLayers, AnnotationFS aFs)
    {
        for (String l : aLayers) {
            if (aTs.subsumes(aTs.getType(l), aFs.getType())) {
                return l;
            }
        }
        return aFs.getType().getName();
    }

    private static String head(String aType, int aBegin, int aEnd)
    {
        return aType.substring(aType.lastIndexOf('.') + 1) + " [" + aBegin + "," + aEnd + "]";
    }
}
