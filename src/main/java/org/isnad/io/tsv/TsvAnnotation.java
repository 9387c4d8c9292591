package org.isnad.io.tsv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CAS-free view of one annotation to be written to TSV: its layer, offsets, primitive feature
 * values, slot links and (for relations) its governor and dependent. Annotations that are no
 * layer of the file (tokens used as slot targets or relation ends) have a null layer and keep
 * their type name. Identity is object identity.
 */
public final class TsvAnnotation
{
    /**
     * One slot link.
     *
     * @param role
     *            the role label (may be null).
     * @param target
     *            the linked annotation.
     */
    public record Link(String role, TsvAnnotation target)
    {
    }

    private final TsvLayer layer;
    private final String typeName;
    private final int begin;
    private final int end;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, List<Link>> links = new LinkedHashMap<>();
    private TsvAnnotation governor;
    private TsvAnnotation dependent;

    /**
     * @param aLayer
     *            the layer the annotation is written in, or null for a referenced non-layer
     *            annotation (such as a Token).
     * @param aTypeName
     *            the effective type name (the layer's type name when the layer is given).
     * @param aBegin
     *            begin offset (UTF-16).
     * @param aEnd
     *            end offset (UTF-16).
     */
    public TsvAnnotation(TsvLayer aLayer, String aTypeName, int aBegin, int aEnd)
    {
        layer = aLayer;
        typeName = aLayer != null ? aLayer.getTypeName() : aTypeName;
        begin = aBegin;
        end = aEnd;
    }

    /** @return a new annotation in the given layer. */
    public static TsvAnnotation of(TsvLayer aLayer, int aBegin, int aEnd)
    {
        return new TsvAnnotation(aLayer, null, aBegin, aEnd);
    }

    public TsvLayer getLayer()
    {
        return layer;
    }

    public String getTypeName()
    {
        return typeName;
    }

    public int getBegin()
    {
        return begin;
    }

    public int getEnd()
    {
        return end;
    }

    /**
     * Sets a primitive feature value.
     *
     * @return this annotation.
     */
    public TsvAnnotation set(String aFeature, String aValue)
    {
        values.put(aFeature, aValue);
        return this;
    }

    /** @return the value of a primitive feature, null when unset. */
    public String get(String aFeature)
    {
        return values.get(aFeature);
    }

    /**
     * Adds a slot link.
     *
     * @return this annotation.
     */
    public TsvAnnotation link(String aSlotFeature, String aRole, TsvAnnotation aTarget)
    {
        links.computeIfAbsent(aSlotFeature, k -> new ArrayList<>()).add(new Link(aRole, aTarget));
        return this;
    }

    /** @return the links of a slot feature, in order (never null). */
    public List<Link> getLinks(String aSlotFeature)
    {
        return links.getOrDefault(aSlotFeature, List.of());
    }

    /**
     * Sets the ends of a relation.
     *
     * @return this annotation.
     */
    public TsvAnnotation relate(TsvAnnotation aGovernor, TsvAnnotation aDependent)
    {
        governor = aGovernor;
        dependent = aDependent;
        return this;
    }

    public TsvAnnotation getGovernor()
    {
        return governor;
    }

    public TsvAnnotation getDependent()
    {
        return dependent;
    }

    @Override
    public String toString()
    {
        return "[" + begin + "," + end + "]" + typeName + values;
    }
}
