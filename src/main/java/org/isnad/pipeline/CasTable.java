package org.isnad.pipeline;

import java.util.List;

import org.apache.uima.jcas.JCas;

/**
 * A table drawn from annotated documents: one row per annotation of some kind (entities,
 * quotations, events). The same definition feeds the run-level TSV files of {@code annotate} and
 * the tables of the Spark application, so both always have the same columns and rows.
 */
public interface CasTable
{
    /** Column types, enough for TSV and for Spark schemas. */
    enum ColumnType
    {
        STRING, INT
    }

    record Column(String name, ColumnType type) {}

    /** Table name, e.g. {@code quotations}. */
    String name();

    /** The columns; the first is always {@code document}. */
    List<Column> columns();

    /**
     * The rows of one document, in text order. Each row has one value per column: a
     * {@code String} (may be null) or an {@code Integer}.
     */
    List<Object[]> rows(JCas jcas, String document);
}
