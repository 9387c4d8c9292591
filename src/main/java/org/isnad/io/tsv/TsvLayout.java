package org.isnad.io.tsv;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Places the annotations of a {@link TsvDocument} on TSV units (tokens and sub-tokens) and
 * assigns disambiguation ids, following INCEpTION's WebAnno TSV 3.3 writer:
 * <ul>
 * <li>an annotation is placed on every token it covers; where it starts or ends inside a token, a
 * sub-token unit {@code s-t.k} is created for the covered part (a zero-width annotation gets a
 * zero-width sub-token; one in the space between tokens moves to the end of the preceding
 * token); leading and trailing whitespace is not addressable and is dropped;</li>
 * <li>the unit that defines an annotation's id (used by slot targets and relations) is its first
 * token, or the sub-token created for its start;</li>
 * <li>a relation is placed on the unit of its dependent;</li>
 * <li>disambiguation ids {@code [N]} go, in this order, to span annotations covering several
 * tokens, to span annotations stacked with another of the same layer on one unit, and to every
 * slot target of a slot feature whose target type is {@code uima.tcas.Annotation}.</li>
 * </ul>
 */
public final class TsvLayout
{
    /** A token or sub-token row. */
    public static final class Unit
    {
        private final int sentence;
        private final int position;
        private final int tokenIndex;
        private final int begin;
        private final int end;
        private final Unit token;
        private final List<Unit> subTokens;
        private final Map<TsvLayer, List<TsvAnnotation>> annotations = new LinkedHashMap<>();

        private Unit(int aSentence, int aPosition, int aTokenIndex, int aBegin, int aEnd,
                Unit aToken)
        {
            sentence = aSentence;
            position = aPosition;
            tokenIndex = aTokenIndex;
            begin = aBegin;
            end = aEnd;
            token = aToken;
            subTokens = aToken == null ? new ArrayList<>() : List.of();
        }

        /** @return the unit id, {@code s-t} or {@code s-t.k}. */
        public String getId()
        {
            if (token == null) {
                return sentence + "-" + position;
            }
            return token.getId() + "." + (token.subTokens.indexOf(this) + 1);
        }

        public int getBegin()
        {
            return begin;
        }

        public int getEnd()
        {
            return end;
        }

        /** @return the sub-tokens of a token in creation order (empty for sub-tokens). */
        public List<Unit> getSubTokens()
        {
            return subTokens;
        }

        /** @return the annotations of a layer on this unit, in stacking order. */
        public List<TsvAnnotation> getAnnotations(TsvLayer aLayer)
        {
            return annotations.getOrDefault(aLayer, List.of());
        }

        private Unit subToken(int aBegin, int aEnd)
        {
            for (Unit u : subTokens) {
                if (u.begin == aBegin && u.end == aEnd) {
                    return u;
                }
            }
            Unit u = new Unit(sentence, position, tokenIndex, aBegin, aEnd, this);
            subTokens.add(u);
            return u;
        }

        /** @return true if the annotation was not yet on this unit and others of its layer were. */
        private boolean add(TsvAnnotation aAnnotation)
        {
            List<TsvAnnotation> list = annotations.computeIfAbsent(aAnnotation.getLayer(),
                    k -> new ArrayList<>());
            if (list.contains(aAnnotation)) {
                return false;
            }
            list.add(aAnnotation);
            return list.size() > 1;
        }

        @Override
        public String toString()
        {
            return getId() + "[" + begin + "-" + end + "]";
        }
    }

    /** A sentence with its token units. */
    public static final class SentenceUnits
    {
        private final TsvDocument.Sentence sentence;
        private final List<Unit> tokens = new ArrayList<>();

        private SentenceUnits(TsvDocument.Sentence aSentence)
        {
            sentence = aSentence;
        }

        public TsvDocument.Sentence getSentence()
        {
            return sentence;
        }

        public List<Unit> getTokens()
        {
            return tokens;
        }
    }

    /** The type whose name INCEpTION writes as base type of DKPro dependency relations. */
    public static final String POS_TYPE = "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS";
    /** DKPro Core's dependency relation type. */
    public static final String DEPENDENCY_TYPE =
            "de.tudarmstadt.ukp.dkpro.core.api.syntax.type.dependency.Dependency";

    private final TsvDocument document;
    private final List<SentenceUnits> sentences = new ArrayList<>();
    private final List<Unit> tokens = new ArrayList<>();
    private final Map<TsvAnnotation, Unit> idUnits = new IdentityHashMap<>();
    private final Map<TsvAnnotation, Integer> disambiguationIds = new IdentityHashMap<>();
    private final Set<TsvLayer> activeLayers = new LinkedHashSet<>();
    private final Map<TsvLayer, String> relationBaseTypes = new IdentityHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    private TsvLayout(TsvDocument aDocument)
    {
        document = aDocument;
    }

    /**
     * Lays out a document.
     *
     * @param aDocument
     *            the document.
     * @return the layout.
     */
    public static TsvLayout of(TsvDocument aDocument)
    {
        TsvLayout layout = new TsvLayout(aDocument);
        layout.createUnits();
        layout.placeAnnotations();
        layout.dropUnaddressableRelations();
        layout.scanUnits();
        return layout;
    }

    private void createUnits()
    {
        int s = 0;
        for (TsvDocument.Sentence sentence : document.getSentences()) {
            s++;
            SentenceUnits su = new SentenceUnits(sentence);
            int t = 0;
            for (TsvAnnotation token : sentence.getTokens()) {
                t++;
                Unit u = new Unit(s, t, tokens.size(), token.getBegin(), token.getEnd(), null);
                su.tokens.add(u);
                tokens.add(u);
                idUnits.put(token, u);
            }
            sentences.add(su);
        }
    }

    private void placeAnnotations()
    {
        NavigableMap<Integer, Unit> beginIndex = new TreeMap<>();
        NavigableMap<Integer, Unit> endIndex = new TreeMap<>();
        for (Unit u : tokens) {
            beginIndex.put(u.begin, u);
            endIndex.put(u.end, u);
        }

        for (TsvLayer layer : document.getLayers()) {
            for (TsvAnnotation a : document.getAnnotations()) {
                if (a.getLayer() == layer) {
                    place(a, beginIndex, endIndex);
                }
            }
        }
    }

    private void place(TsvAnnotation aAnn, NavigableMap<Integer, Unit> aBeginIndex,
            NavigableMap<Integer, Unit> aEndIndex)
    {
        boolean span = aAnn.getLayer().getKind() == TsvLayer.Kind.SPAN;
        int begin = aAnn.getBegin();
        int end = aAnn.getEnd();
        if (!span) {
            if (aAnn.getDependent() == null || aAnn.getGovernor() == null) {
                warnings.add("Relation without governor or dependent skipped: " + aAnn);
                return;
            }
            // A relation sits on its dependent
            begin = aAnn.getDependent().getBegin();
            end = aAnn.getDependent().getEnd();
        }
        if (tokens.isEmpty()) {
            warnings.add("No token to place the annotation on: " + aAnn);
            return;
        }

        Entry<Integer, Unit> beginEntry = aBeginIndex.floorEntry(begin);
        if (beginEntry == null || (beginEntry.getValue().end < begin
                && aEndIndex.higherEntry(begin) != null)) {
            // Starts before the first token or in the space after a token
            beginEntry = aEndIndex.higherEntry(begin);
        }
        Entry<Integer, Unit> endEntry = aEndIndex.ceilingEntry(end);
        if (endEntry == null || (endEntry.getValue().begin > end
                && aEndIndex.lowerEntry(end) != null)) {
            // Ends after the last token or in the space before a token
            endEntry = aEndIndex.lowerEntry(end);
        }
        if (beginEntry == null || endEntry == null) {
            warnings.add("No token to place the annotation on: " + aAnn);
            return;
        }

        activeLayers.add(aAnn.getLayer());
        Unit beginToken = beginEntry.getValue();
        Unit endToken = endEntry.getValue();
        if (begin == end) {
            // Zero-width annotations between adjacent tokens belong to the end of the first
            beginToken = endToken;
        }
        boolean singleToken = beginToken == endToken;

        if (beginToken.begin == begin && endToken.end == end) {
            idUnits.put(aAnn, beginToken);
            addTo(beginToken, aAnn, span);
            if (span) {
                addTo(endToken, aAnn, span);
            }
        }
        else if (begin == end) {
            int position = Math.min(beginToken.end, end);
            if (position < beginToken.begin) {
                position = beginToken.begin;
            }
            Unit sub = beginToken.subToken(position, position);
            idUnits.put(aAnn, sub);
            addTo(sub, aAnn, span);
        }
        else {
            if (beginToken.begin < begin) {
                Unit sub = beginToken.subToken(begin, Math.min(beginToken.end, end));
                idUnits.put(aAnn, sub);
                addTo(sub, aAnn, span);
            }
            if (begin <= beginToken.begin && beginToken.end <= end) {
                addTo(beginToken, aAnn, span);
                idUnits.put(aAnn, beginToken);
            }
            if (endToken.end > end) {
                Unit sub = endToken.subToken(Math.max(endToken.begin, begin), end);
                addTo(sub, aAnn, span);
                if (singleToken) {
                    idUnits.put(aAnn, sub);
                }
            }
            else if (!singleToken && span) {
                addTo(endToken, aAnn, span);
            }
        }

        if (span && !singleToken) {
            for (int i = beginToken.tokenIndex + 1; i < endToken.tokenIndex; i++) {
                addTo(tokens.get(i), aAnn, span);
            }
            addDisambiguationId(aAnn);
        }
    }

    private void addTo(Unit aUnit, TsvAnnotation aAnn, boolean aIdIfStacked)
    {
        boolean stacked = aUnit.add(aAnn);
        if (aIdIfStacked && stacked) {
            aUnit.getAnnotations(aAnn.getLayer()).forEach(this::addDisambiguationId);
        }
    }

    private void addDisambiguationId(TsvAnnotation aAnn)
    {
        disambiguationIds.putIfAbsent(aAnn, disambiguationIds.size() + 1);
    }

    private void dropUnaddressableRelations()
    {
        for (Unit u : allUnits()) {
            for (List<TsvAnnotation> list : u.annotations.values()) {
                list.removeIf(a -> {
                    boolean drop = a.getLayer().getKind() == TsvLayer.Kind.RELATION
                            && idUnits.get(a.getGovernor()) == null;
                    if (drop) {
                        warnings.add("Relation whose governor is not in the file skipped: " + a);
                    }
                    return drop;
                });
            }
            u.annotations.values().removeIf(List::isEmpty);
        }
    }

    private void scanUnits()
    {
        Set<TsvLayer> populated = new LinkedHashSet<>();
        for (Unit u : allUnits()) {
            for (Entry<TsvLayer, List<TsvAnnotation>> e : u.annotations.entrySet()) {
                TsvLayer layer = e.getKey();
                populated.add(layer);
                if (layer.getKind() == TsvLayer.Kind.RELATION) {
                    // As INCEpTION: the base type is taken from the governor of an actual relation
                    TsvAnnotation governor = e.getValue().get(0).getGovernor();
                    relationBaseTypes.put(layer,
                            DEPENDENCY_TYPE.equals(layer.getTypeName()) ? POS_TYPE
                                    : governor.getTypeName());
                }
            }
            for (TsvLayer layer : document.getLayers()) {
                for (TsvLayer.SlotFeature slot : layer.getSlotFeatures()) {
                    if (!TsvLayer.ANNOTATION_TYPE.equals(slot.targetTypeName())) {
                        continue;
                    }
                    for (TsvAnnotation host : u.getAnnotations(layer)) {
                        for (TsvAnnotation.Link link : getAddressableLinks(host, slot.name())) {
                            addDisambiguationId(link.target());
                        }
                    }
                }
            }
        }
        activeLayers.retainAll(populated);
    }

    /** @return all units in file order: each token followed by its sub-tokens. */
    public List<Unit> allUnits()
    {
        List<Unit> all = new ArrayList<>();
        for (Unit t : tokens) {
            all.add(t);
            all.addAll(t.subTokens);
        }
        return all;
    }

    /**
     * The links of a slot feature whose target can be addressed in the file (the target is
     * placed on a unit or is a token). Other links are dropped from both slot columns.
     *
     * @return the links.
     */
    public List<TsvAnnotation.Link> getAddressableLinks(TsvAnnotation aHost, String aSlotFeature)
    {
        List<TsvAnnotation.Link> links = new ArrayList<>();
        for (TsvAnnotation.Link link : aHost.getLinks(aSlotFeature)) {
            if (link.target() != null && idUnits.containsKey(link.target())) {
                links.add(link);
            }
        }
        return links;
    }

    /**
     * The layers written to the header, in header order: span layers without slot features,
     * span layers with slot features, relation layers, each group in declaration order.
     *
     * @return the layers that have annotations.
     */
    public List<TsvLayer> getHeaderLayers()
    {
        List<TsvLayer> result = new ArrayList<>();
        for (TsvLayer l : activeLayers) {
            if (l.getKind() == TsvLayer.Kind.SPAN && !l.hasSlotFeatures()) {
                result.add(l);
            }
        }
        for (TsvLayer l : activeLayers) {
            if (l.getKind() == TsvLayer.Kind.SPAN && l.hasSlotFeatures()) {
                result.add(l);
            }
        }
        for (TsvLayer l : activeLayers) {
            if (l.getKind() == TsvLayer.Kind.RELATION) {
                result.add(l);
            }
        }
        return result;
    }

    public TsvDocument getDocument()
    {
        return document;
    }

    public List<SentenceUnits> getSentences()
    {
        return sentences;
    }

    /** @return the unit defining the id of an annotation, or null if it is not in the file. */
    public Unit getIdUnit(TsvAnnotation aAnn)
    {
        return idUnits.get(aAnn);
    }

    /** @return the disambiguation id of an annotation, or null if it needs none. */
    public Integer getDisambiguationId(TsvAnnotation aAnn)
    {
        return disambiguationIds.get(aAnn);
    }

    /** @return the base type written in the {@code BT_} column of a relation layer. */
    public String getRelationBaseType(TsvLayer aLayer)
    {
        return relationBaseTypes.get(aLayer);
    }

    /** @return annotations that could not be placed, one message each. */
    public List<String> getWarnings()
    {
        return warnings;
    }
}
