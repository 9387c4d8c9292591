package org.isnad.testing;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Feature;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Prints the annotations of a CAS as sorted, comparable lines, in the style of DKPro's
 * {@code AssertAnnotations}: {@code Token[10,18] form=… (text)}. Feature structures that other
 * annotations point to are printed by their type and span, so two CASes with the same content but
 * different internal ids give the same dump.
 */
public final class CasDump
{
    private CasDump()
    {
        // static utility
    }

    public static List<String> dump(JCas jcas)
    {
        List<String> lines = new ArrayList<>();
        for (Annotation annotation : jcas.getAnnotationIndex()) {
            if (annotation instanceof DocumentMetaData
                    || annotation.getType().getName().equals("uima.tcas.DocumentAnnotation")) {
                continue;
            }
            lines.add(describe(annotation, 0));
        }
        lines.sort(null);
        return lines;
    }

    private static String describe(FeatureStructure fs, int depth)
    {
        StringBuilder sb = new StringBuilder();
        sb.append(fs.getType().getShortName());
        if (fs instanceof Annotation annotation) {
            sb.append('[').append(annotation.getBegin()).append(',').append(annotation.getEnd())
                    .append(']');
        }
        if (depth > 1) {
            return sb.toString();
        }
        for (Feature feature : fs.getType().getFeatures()) {
            String name = feature.getShortName();
            if (name.equals("begin") || name.equals("end") || name.equals("sofa")) {
                continue;
            }
            String value;
            if (feature.getRange().isPrimitive()) {
                value = fs.getFeatureValueAsString(feature);
            }
            else {
                FeatureStructure target = fs.getFeatureValue(feature);
                if (target == null) {
                    value = null;
                }
                else if (target instanceof ArrayFS<?> array) {
                    List<String> items = new ArrayList<>();
                    for (int i = 0; i < array.size(); i++) {
                        items.add(array.get(i) == null ? "null" : describe(array.get(i), depth + 1));
                    }
                    value = items.toString();
                }
                else {
                    value = describe(target, depth + 1);
                }
            }
            if (value != null) {
                sb.append(' ').append(name).append('=').append(value);
            }
        }
        return sb.toString();
    }
}
