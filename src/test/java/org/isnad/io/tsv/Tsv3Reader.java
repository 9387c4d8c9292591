package org.isnad.io.tsv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small, strict WebAnno TSV 3.3 reader for tests: parses the header, the sentences and the
 * rows, and rebuilds the annotations of every layer with their spans, feature values, slot links
 * and relation ends. Malformed input fails with the line number.
 */
public final class Tsv3Reader
{
    /** A column declaration. */
    public record Column(String kind, String feature, String typeHint)
    {
    }

    /** A layer declaration. */
    public record Layer(String kind, String typeName, List<Column> columns, int firstColumn)
    {
    }

    /** A row (token or sub-token). */
    public record Unit(String id, int begin, int end, String text)
    {
    }

    /** A sentence: its text lines joined and its rows. */
    public record Sentence(String text, List<Unit> units)
    {
    }

    /** A slot link. */
    public record Slot(String role, Annotation target)
    {
    }

    /** An annotation rebuilt from the rows. */
    public static final class Annotation
    {
        public final String layer;
        public int begin = Integer.MAX_VALUE;
        public int end = Integer.MIN_VALUE;
        public final Map<String, String> features = new LinkedHashMap<>();
        public final Map<String, List<Slot>> slots = new LinkedHashMap<>();
        public Annotation governor;
        public Annotation dependent;
        private final Map<String, List<String>> slotTargetRefs = new LinkedHashMap<>();
        private String governorRef;
        private String unitId;
        private boolean seen;

        Annotation(String aLayer)
        {
            layer = aLayer;
        }

        void cover(Unit aUnit)
        {
            begin = Math.min(begin, aUnit.begin());
            end = Math.max(end, aUnit.end());
        }

        @Override
        public String toString()
        {
            return layer + "[" + begin + "," + end + "]";
        }
    }

    private final List<Layer> layers = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final List<Annotation> annotations = new ArrayList<>();
    private final Map<String, Annotation> byKey = new LinkedHashMap<>();
    private final Map<Integer, Annotation> byId = new TreeMap<>();
    private int columnCount;

    private Tsv3Reader()
    {
    }

    /**
     * Parses a TSV 3.3 document.
     *
     * @return the reader with the parsed content.
     */
    public static Tsv3Reader parse(String aTsv)
    {
        Tsv3Reader r = new Tsv3Reader();
        r.read(aTsv);
        return r;
    }

    public List<Layer> getLayers()
    {
        return layers;
    }

    public List<Sentence> getSentences()
    {
        return sentences;
    }

    public List<Annotation> getAnnotations()
    {
        return annotations;
    }

    private static IllegalStateException error(int aLine, String aMessage)
    {
        return new IllegalStateException("line " + aLine + ": " + aMessage);
    }

    private void read(String aTsv)
    {
        if (!aTsv.endsWith("\n")) {
            throw error(0, "file does not end with a line break");
        }
        String[] lines = aTsv.substring(0, aTsv.length() - 1).split("\n", -1);
        if (!TsvSerializer.FORMAT.equals(lines[0])) {
            throw error(1, "bad format line " + lines[0]);
        }
        int i = 1;
        while (i < lines.length && lines[i].startsWith("#T_")) {
            readLayer(i + 1, lines[i]);
            i++;
        }
        if (i < lines.length && !lines[i].isEmpty()) {
            throw error(i + 1, "expected the empty line after the header");
        }
        i++;
        List<String> text = null;
        List<Unit> rows = null;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                if (rows != null && !rows.isEmpty()) {
                    sentences.add(new Sentence(String.join("\n", text), rows));
                    text = null;
                    rows = null;
                }
                continue;
            }
            if (line.startsWith("#Sentence.id=")) {
                continue;
            }
            if (line.startsWith("#Text=")) {
                if (rows != null && !rows.isEmpty()) {
                    throw error(i + 1, "#Text after token rows without an empty line");
                }
                if (text == null) {
                    text = new ArrayList<>();
                    rows = new ArrayList<>();
                }
                text.add(TsvEscaping.unescapeText(line.substring(6)));
                continue;
            }
            if (rows == null) {
                throw error(i + 1, "row outside a sentence");
            }
            rows.add(readRow(i + 1, line));
        }
        if (rows != null) {
            sentences.add(new Sentence(String.join("\n", text), rows));
        }
        resolveReferences();
    }

    private void readLayer(int aLine, String aDecl)
    {
        String kind = aDecl.substring(1, 5);
        if (!kind.equals("T_SP") && !kind.equals("T_RL")) {
            throw error(aLine, "unsupported layer kind " + kind);
        }
        String[] fields = aDecl.substring(6).split("\\|");
        List<Column> cols = new ArrayList<>();
        for (int f = 1; f < fields.length; f++) {
            String d = fields[f];
            if (kind.equals("T_SP") && d.startsWith("ROLE_")) {
                String rest = d.substring(d.indexOf(':') + 1);
                cols.add(new Column("SLOT_ROLE", rest.substring(0, rest.indexOf('_')), null));
            }
            else if (kind.equals("T_SP") && d.contains(".")) {
                Column role = cols.isEmpty() ? null : cols.get(cols.size() - 1);
                if (role == null || !role.kind().equals("SLOT_ROLE")) {
                    throw error(aLine, "slot target without role column: " + d);
                }
                cols.add(new Column("SLOT_TARGET", role.feature(), d));
            }
            else if (kind.equals("T_RL") && d.startsWith("BT_")) {
                cols.add(new Column("RELATION_REF", "Governor", d.substring(3)));
            }
            else {
                cols.add(new Column("PRIMITIVE", d, null));
            }
        }
        if (cols.isEmpty()) {
            cols.add(new Column("PLACEHOLDER", null, null));
        }
        layers.add(new Layer(kind, fields[0], cols, columnCount));
        columnCount += cols.size();
    }

    private Unit readRow(int aLine, String aRow)
    {
        if (!aRow.endsWith("\t")) {
            throw error(aLine, "no trailing TAB");
        }
        String[] f = aRow.substring(0, aRow.length() - 1).split("\t", -1);
        if (f.length != 3 + columnCount) {
            throw error(aLine, f.length + " fields, header declares " + (3 + columnCount));
        }
        String[] offsets = f[1].split("-");
        Unit unit = new Unit(f[0], Integer.parseInt(offsets[0]), Integer.parseInt(offsets[1]),
                f[2]);
        if (!f[0].matches("\\d+-\\d+(\\.\\d+)?")) {
            throw error(aLine, "bad unit id " + f[0]);
        }
        units.put(unit.id(), unit);
        for (Layer layer : layers) {
            readCells(aLine, unit, layer, f);
        }
        return unit;
    }

    private void readCells(int aLine, Unit aUnit, Layer aLayer, String[] aFields)
    {
        int first = 3 + aLayer.firstColumn();
        if (aFields[first].equals("_")) {
            // a slot host without slots has "_" as its role and "*" as its target (WebAnno)
            boolean slotHost = aLayer.columns().get(0).kind().equals("SLOT_ROLE")
                    && aFields[first + 1].equals("*");
            for (int c = 0; c < aLayer.columns().size() && !slotHost; c++) {
                if (!aFields[first + c].equals("_")) {
                    throw error(aLine, "layer " + aLayer.typeName() + " half empty");
                }
            }
            if (!slotHost) {
                return;
            }
        }
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < aLayer.columns().size(); c++) {
            cells.add(split(aFields[first + c], '|'));
        }
        int stack = cells.get(0).size();
        for (int k = 0; k < stack; k++) {
            String head = cells.get(0).get(k);
            Integer id = idOf(head);
            String key = id != null ? "#" + id
                    : aUnit.id() + "/" + aLayer.typeName() + "/" + k;
            Annotation a = byKey.get(key);
            if (a == null) {
                a = new Annotation(aLayer.typeName());
                a.unitId = aUnit.id();
                byKey.put(key, a);
                annotations.add(a);
                if (id != null) {
                    byId.put(id, a);
                }
            }
            a.cover(aUnit);
            if (a.seen) {
                continue;
            }
            a.seen = true;
            for (int c = 0; c < aLayer.columns().size(); c++) {
                Column col = aLayer.columns().get(c);
                if (cells.get(c).size() != stack) {
                    throw error(aLine, "stack sizes differ in layer " + aLayer.typeName());
                }
                String cell = cells.get(c).get(k);
                switch (col.kind()) {
                case "PRIMITIVE" -> {
                    String v = stripId(cell);
                    a.features.put(col.feature(), v.equals("*") ? null
                            : TsvEscaping.unescapeValue(v));
                }
                case "SLOT_ROLE" -> {
                    List<Slot> slots = new ArrayList<>();
                    String v = stripId(cell);
                    if (!v.equals("_")) {
                        for (String role : split(v, ';')) {
                            slots.add(new Slot(role.equals("*") ? null
                                    : TsvEscaping.unescapeValue(role), null));
                        }
                    }
                    a.slots.put(col.feature(), slots);
                }
                case "SLOT_TARGET" -> a.slotTargetRefs.put(col.feature(),
                        cell.equals("*") ? List.of() : split(cell, ';'));
                case "RELATION_REF" -> a.governorRef = cell;
                default -> {
                    // placeholder: nothing to read
                }
                }
            }
        }
    }

    private void resolveReferences()
    {
        for (Annotation a : annotations) {
            for (Map.Entry<String, List<String>> e : a.slotTargetRefs.entrySet()) {
                List<Slot> roles = a.slots.get(e.getKey());
                if (roles.size() != e.getValue().size()) {
                    throw error(0, "role and target counts differ on " + a);
                }
                Layer layer = layer(a.layer);
                String hint = layer.columns().stream()
                        .filter(c -> c.kind().equals("SLOT_TARGET")
                                && c.feature().equals(e.getKey()))
                        .findFirst().orElseThrow().typeHint();
                for (int i = 0; i < roles.size(); i++) {
                    roles.set(i, new Slot(roles.get(i).role(), target(e.getValue().get(i), hint)));
                }
            }
            if (a.governorRef != null) {
                String hint = layer(a.layer).columns().get(layer(a.layer).columns().size() - 1)
                        .typeHint();
                String ref = a.governorRef;
                int src = 0;
                int tgt = 0;
                int b = ref.indexOf('[');
                if (b >= 0) {
                    String[] ids = ref.substring(b + 1, ref.length() - 1).split("_");
                    src = Integer.parseInt(ids[0]);
                    tgt = Integer.parseInt(ids[1]);
                    ref = ref.substring(0, b);
                }
                a.governor = src > 0 ? byId.get(src) : at(ref, hint);
                a.dependent = tgt > 0 ? byId.get(tgt) : at(a.unitId, hint);
            }
        }
    }

    private Annotation target(String aRef, String aTypeHint)
    {
        Integer id = idOf(aRef);
        if (id != null && byId.containsKey(id)) {
            return byId.get(id);
        }
        // A target that declares no id of its own (a token) is addressed by its unit
        return at(id != null ? stripId(aRef) : aRef, aTypeHint);
    }

    /** The annotation of a type on a unit, or the unit itself as a token. */
    private Annotation at(String aUnitId, String aTypeName)
    {
        Unit unit = units.get(aUnitId);
        if (unit == null) {
            throw error(0, "unknown unit " + aUnitId);
        }
        Annotation a = byKey.get(aUnitId + "/" + aTypeName + "/0");
        if (a != null) {
            return a;
        }
        Annotation token = new Annotation(TsvDocument.TOKEN_TYPE);
        token.cover(unit);
        return token;
    }

    private Layer layer(String aTypeName)
    {
        return layers.stream().filter(l -> l.typeName().equals(aTypeName)).findFirst()
                .orElseThrow();
    }

    /** Splits at separators not preceded by an escaping backslash. */
    static List<String> split(String aCell, char aSep)
    {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < aCell.length(); i++) {
            char c = aCell.charAt(i);
            if (c == '\\' && i + 1 < aCell.length()) {
                cur.append(c).append(aCell.charAt(++i));
            }
            else if (c == aSep) {
                parts.add(cur.toString());
                cur.setLength(0);
            }
            else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        return parts;
    }

    /** @return the disambiguation id at the end of a cell element, if any. */
    static Integer idOf(String aValue)
    {
        int open = idStart(aValue);
        return open < 0 ? null
                : Integer.valueOf(aValue.substring(open + 1, aValue.length() - 1));
    }

    private static String stripId(String aValue)
    {
        int open = idStart(aValue);
        return open < 0 ? aValue : aValue.substring(0, open);
    }

    private static int idStart(String aValue)
    {
        if (!aValue.endsWith("]")) {
            return -1;
        }
        int open = aValue.lastIndexOf('[');
        if (open < 0 || open == aValue.length() - 2) {
            return -1;
        }
        for (int i = open + 1; i < aValue.length() - 1; i++) {
            if (!Character.isDigit(aValue.charAt(i))) {
                return -1;
            }
        }
        // The bracket must not be escaped: count the backslashes before it
        int backslashes = 0;
        for (int i = open - 1; i >= 0 && aValue.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 0 ? open : -1;
    }
}
