package org.isnad.quote;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.isnad.pipeline.CasTable;
import org.isnad.type.Quotation;
import org.isnad.type.QuotationRole;

/**
 * The who-said-what table, one row per Quotation: {@code document} (the document id: the input's
 * path relative to its input folder, without {@code .txt}), {@code begin}, {@code end} (UTF-16
 * offsets of the quotation in the document text), {@code kind} (direct, indirect, mixed),
 * {@code speaker}, {@code speakerId}, {@code cue} (the cue's text) and {@code quotation} (the quoted
 * text). {@code annotate --format quotes} writes it as {@code quotes.tsv}; the Spark application as
 * its {@code quotations} table.
 */
public class QuotationTable
    implements CasTable
{
    /** The file name of {@code annotate --format quotes}. */
    public static final String FILE_NAME = "quotes.tsv";

    private static final List<Column> COLUMNS = List.of(
            new Column("document", ColumnType.STRING), new Column("begin", ColumnType.INT),
            new Column("end", ColumnType.INT), new Column("kind", ColumnType.STRING),
            new Column("speaker", ColumnType.STRING), new Column("speakerId", ColumnType.STRING),
            new Column("cue", ColumnType.STRING), new Column("quotation", ColumnType.STRING));

    @Override
    public String name()
    {
        return "quotations";
    }

    @Override
    public List<Column> columns()
    {
        return COLUMNS;
    }

    @Override
    public List<Object[]> rows(JCas jcas, String document)
    {
        List<Object[]> rows = new ArrayList<>();
        for (Quotation quotation : JCasUtil.select(jcas, Quotation.class)) {
            String cue = null;
            if (quotation.getRoles() != null) {
                for (QuotationRole role : quotation.getRoles()) {
                    if (QuotationAnnotator.ROLE_CUE.equals(role.getRole())
                            && role.getTarget() != null) {
                        cue = role.getTarget().getCoveredText();
                    }
                }
            }
            rows.add(new Object[] { document, quotation.getBegin(), quotation.getEnd(),
                    quotation.getKind(), quotation.getSpeaker(), quotation.getSpeakerId(), cue,
                    quotation.getCoveredText() });
        }
        return rows;
    }
}
