package org.isnad.io.tsv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A layer of a WebAnno TSV 3.3 file: a UIMA annotation type written as a span layer (primitive
 * features and slot features) or a relation layer (primitive features plus the
 * {@code Governor}/{@code Dependent} pair). Columns are ordered as INCEpTION orders them: by
 * feature name, a slot feature giving a role column followed by its target column, and the
 * relation's governor reference last.
 */
public final class TsvLayer
{
    /** How a layer is written. */
    public enum Kind
    {
        /** A span layer ({@code #T_SP}). */
        SPAN,
        /** A relation layer ({@code #T_RL}). */
        RELATION
    }

    /**
     * A slot (link) feature of a span layer.
     *
     * @param name
     *            the feature name on the host type.
     * @param linkTypeName
     *            the link type (a TOP subtype with {@code role} and {@code target}).
     * @param targetTypeName
     *            the range of the link type's {@code target} feature.
     */
    public record SlotFeature(String name, String linkTypeName, String targetTypeName)
    {
        public SlotFeature
        {
            Objects.requireNonNull(name);
            Objects.requireNonNull(linkTypeName);
            Objects.requireNonNull(targetTypeName);
        }
    }

    /** The kinds of TSV columns. */
    public enum ColumnKind
    {
        /** Stands for a span layer without features. */
        PLACEHOLDER,
        /** A primitive feature. */
        PRIMITIVE,
        /** The roles of a slot feature. */
        SLOT_ROLE,
        /** The targets of a slot feature. */
        SLOT_TARGET,
        /** The unit from which a relation is drawn (its governor). */
        RELATION_REF
    }

    /**
     * One column of the layer.
     *
     * @param layer
     *            the layer.
     * @param kind
     *            the column kind.
     * @param feature
     *            the feature name (null for the placeholder).
     * @param slot
     *            the slot feature for slot columns, else null.
     */
    public record Column(TsvLayer layer, ColumnKind kind, String feature, SlotFeature slot)
    {
    }

    /** The type name that INCEpTION treats as "any annotation" in slot targets. */
    public static final String ANNOTATION_TYPE = "uima.tcas.Annotation";

    /** The feature name of a relation's source. */
    public static final String GOVERNOR = "Governor";

    private final String typeName;
    private final Kind kind;
    private final List<String> features;
    private final List<SlotFeature> slotFeatures;

    /**
     * @param aTypeName
     *            the UIMA type name.
     * @param aKind
     *            span or relation.
     * @param aFeatures
     *            the primitive feature names (any order).
     * @param aSlotFeatures
     *            the slot features (any order; only for spans).
     */
    public TsvLayer(String aTypeName, Kind aKind, List<String> aFeatures,
            List<SlotFeature> aSlotFeatures)
    {
        typeName = Objects.requireNonNull(aTypeName);
        kind = Objects.requireNonNull(aKind);
        features = List.copyOf(aFeatures);
        slotFeatures = List.copyOf(aSlotFeatures);
        if (kind == Kind.RELATION && !slotFeatures.isEmpty()) {
            throw new IllegalArgumentException("Relation layers have no slot features: " + typeName);
        }
    }

    /** @return a span layer. */
    public static TsvLayer span(String aTypeName, List<String> aFeatures,
            List<SlotFeature> aSlotFeatures)
    {
        return new TsvLayer(aTypeName, Kind.SPAN, aFeatures, aSlotFeatures);
    }

    /** @return a relation layer. */
    public static TsvLayer relation(String aTypeName, List<String> aFeatures)
    {
        return new TsvLayer(aTypeName, Kind.RELATION, aFeatures, List.of());
    }

    public String getTypeName()
    {
        return typeName;
    }

    public Kind getKind()
    {
        return kind;
    }

    public List<String> getFeatures()
    {
        return features;
    }

    public List<SlotFeature> getSlotFeatures()
    {
        return slotFeatures;
    }

    public boolean hasSlotFeatures()
    {
        return !slotFeatures.isEmpty();
    }

    /**
     * The columns of this layer in header order. A span layer without any feature has the
     * placeholder column only.
     *
     * @return the columns.
     */
    public List<Column> getColumns()
    {
        List<Column> cols = new ArrayList<>();
        for (String f : features) {
            cols.add(new Column(this, ColumnKind.PRIMITIVE, f, null));
        }
        for (SlotFeature s : slotFeatures) {
            cols.add(new Column(this, ColumnKind.SLOT_ROLE, s.name(), s));
            cols.add(new Column(this, ColumnKind.SLOT_TARGET, s.name(), s));
        }
        // Stable sort by feature name keeps a role column before its target column
        cols.sort(Comparator.comparing(Column::feature));
        if (kind == Kind.RELATION) {
            cols.add(new Column(this, ColumnKind.RELATION_REF, GOVERNOR, null));
        }
        else if (cols.isEmpty()) {
            cols.add(new Column(this, ColumnKind.PLACEHOLDER, null, null));
        }
        return cols;
    }

    @Override
    public String toString()
    {
        return kind + ":" + typeName;
    }
}
