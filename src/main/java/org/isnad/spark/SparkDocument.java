package org.isnad.spark;

import java.io.Serializable;

/**
 * One input document as it travels to an executor: its id and either its text (JSON Lines,
 * Parquet) or its raw bytes (text files, decoded and checked on the executor), and the optional
 * document date (ISO yyyy-MM-dd) for time expressions.
 */
public record SparkDocument(String id, String text, byte[] bytes, String date)
    implements Serializable
{
    private static final long serialVersionUID = 1L;
}
