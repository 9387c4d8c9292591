package org.isnad.io.tsv;

import static org.isnad.io.tsv.TsvEscaping.escapeText;
import static org.isnad.io.tsv.TsvEscaping.escapeValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.isnad.io.tsv.TsvLayer.Column;
import org.isnad.io.tsv.TsvLayout.Unit;

/**
 * Writes a {@link TsvLayout} as WebAnno TSV 3.3:
 *
 * <pre>
 * #FORMAT=WebAnno TSV 3.3
 * #T_SP=type|feature|...          one line per layer, spans first, relations last
 * (empty line)
 * (empty line)
 * #Text=sentence text             one line per text line of the sentence, escaped
 * 1-1	0-4	token	value	...	    id, UTF-16 offsets, token text, one cell per column, each
 *                                  followed by a TAB
 * (empty line between sentences)
 * </pre>
 *
 * An empty cell is {@code _}, a null value or a layer without features {@code *}, stacked
 * annotations are joined with {@code |}, slots with {@code ;}, and {@code [N]} disambiguates.
 */
public final class TsvSerializer
{
    /** The format line. */
    public static final String FORMAT = "#FORMAT=WebAnno TSV 3.3";
    private static final char LF = '\n';
    private static final char TAB = '\t';
    private static final String NULL_VALUE = "*";
    private static final String NULL_COLUMN = "_";
    private static final String STACK_SEP = "|";
    private static final String SLOT_SEP = ";";

    private TsvSerializer()
    {
        // Static helpers only
    }

    /**
     * Writes a document.
     *
     * @param aLayout
     *            the laid-out document.
     * @param aOut
     *            where to write.
     * @throws IOException
     *             if writing fails.
     */
    public static void write(TsvLayout aLayout, Appendable aOut) throws IOException
    {
        List<TsvLayer> layers = aLayout.getHeaderLayers();
        List<Column> columns = new ArrayList<>();
        aOut.append(FORMAT).append(LF);
        for (TsvLayer layer : layers) {
            aOut.append(layer.getKind() == TsvLayer.Kind.SPAN ? "#T_SP=" : "#T_RL=");
            aOut.append(layer.getTypeName());
            for (Column col : layer.getColumns()) {
                aOut.append('|').append(header(aLayout, col));
                columns.add(col);
            }
            aOut.append(LF);
        }
        aOut.append(LF);

        String text = aLayout.getDocument().getText();
        for (TsvLayout.SentenceUnits su : aLayout.getSentences()) {
            aOut.append(LF);
            TsvDocument.Sentence s = su.getSentence();
            if (s.getId() != null && !s.getId().isBlank()) {
                aOut.append("#Sentence.id=").append(escapeText(s.getId())).append(LF);
            }
            String covered = text.substring(s.getBegin(), s.getEnd());
            // As StringUtils.splitPreserveAllTokens: an empty sentence has no text line
            String[] lines = covered.isEmpty() ? new String[0] : covered.split("\n", -1);
            for (String line : lines) {
                aOut.append("#Text=").append(escapeText(line)).append(LF);
            }
            for (Unit token : su.getTokens()) {
                writeUnit(aLayout, token, columns, text, aOut);
                for (Unit sub : token.getSubTokens()) {
                    writeUnit(aLayout, sub, columns, text, aOut);
                }
            }
        }
    }

    /**
     * Writes a document to a string.
     *
     * @return the TSV text.
     */
    public static String toString(TsvLayout aLayout)
    {
        StringBuilder sb = new StringBuilder();
        try {
            write(aLayout, sb);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static String header(TsvLayout aLayout, Column aCol)
    {
        return switch (aCol.kind()) {
        case PLACEHOLDER -> "";
        case PRIMITIVE -> aCol.feature();
        case SLOT_ROLE -> "ROLE_" + aCol.layer().getTypeName() + ":" + aCol.feature() + "_"
                + aCol.slot().linkTypeName();
        case SLOT_TARGET -> aCol.slot().targetTypeName();
        case RELATION_REF -> "BT_" + aLayout.getRelationBaseType(aCol.layer());
        };
    }

    private static void writeUnit(TsvLayout aLayout, Unit aUnit, List<Column> aColumns,
            String aText, Appendable aOut)
        throws IOException
    {
        aOut.append(aUnit.getId()).append(TAB);
        aOut.append(Integer.toString(aUnit.getBegin())).append('-')
                .append(Integer.toString(aUnit.getEnd())).append(TAB);
        aOut.append(aText, aUnit.getBegin(), aUnit.getEnd()).append(TAB);
        for (Column col : aColumns) {
            List<TsvAnnotation> anns = aUnit.getAnnotations(col.layer());
            if (anns.isEmpty()) {
                aOut.append(NULL_COLUMN);
            }
            else {
                for (int i = 0; i < anns.size(); i++) {
                    if (i > 0) {
                        aOut.append(STACK_SEP);
                    }
                    aOut.append(cell(aLayout, col, anns.get(i)));
                }
            }
            aOut.append(TAB);
        }
        aOut.append(LF);
    }

    private static String cell(TsvLayout aLayout, Column aCol, TsvAnnotation aAnn)
    {
        switch (aCol.kind()) {
        case PLACEHOLDER:
            return NULL_VALUE + id(aLayout, aAnn);
        case PRIMITIVE: {
            String v = aAnn.get(aCol.feature());
            return (v == null ? NULL_VALUE : escapeValue(v)) + id(aLayout, aAnn);
        }
        case SLOT_ROLE: {
            List<TsvAnnotation.Link> links = aLayout.getAddressableLinks(aAnn, aCol.feature());
            StringBuilder sb = new StringBuilder();
            if (links.isEmpty()) {
                sb.append(NULL_COLUMN);
            }
            for (int i = 0; i < links.size(); i++) {
                if (i > 0) {
                    sb.append(SLOT_SEP);
                }
                String role = links.get(i).role();
                sb.append(role == null ? NULL_VALUE : escapeValue(role));
            }
            return sb.append(id(aLayout, aAnn)).toString();
        }
        case SLOT_TARGET: {
            List<TsvAnnotation.Link> links = aLayout.getAddressableLinks(aAnn, aCol.feature());
            if (links.isEmpty()) {
                // Marks the extent of a slot host without slots
                return NULL_VALUE;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < links.size(); i++) {
                if (i > 0) {
                    sb.append(SLOT_SEP);
                }
                TsvAnnotation target = links.get(i).target();
                sb.append(aLayout.getIdUnit(target).getId()).append(id(aLayout, target));
            }
            return sb.toString();
        }
        case RELATION_REF: {
            StringBuilder sb = new StringBuilder(
                    aLayout.getIdUnit(aAnn.getGovernor()).getId());
            Integer src = aLayout.getDisambiguationId(aAnn.getGovernor());
            Integer tgt = aLayout.getDisambiguationId(aAnn.getDependent());
            if (src != null || tgt != null) {
                sb.append('[').append(src != null ? src : 0).append('_')
                        .append(tgt != null ? tgt : 0).append(']');
            }
            return sb.toString();
        }
        default:
            throw new IllegalStateException("Unknown column kind " + aCol.kind());
        }
    }

    private static String id(TsvLayout aLayout, TsvAnnotation aAnn)
    {
        Integer id = aLayout.getDisambiguationId(aAnn);
        return id == null ? "" : "[" + id + "]";
    }
}
