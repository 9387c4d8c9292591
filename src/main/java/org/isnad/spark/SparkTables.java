package org.isnad.spark;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.isnad.pipeline.CasTable;
import org.isnad.event.EventTable;
import org.isnad.pipeline.EntityTable;
import org.isnad.quote.QuotationTable;

/**
 * The tables that the Spark application writes: {@code documents} (id, tokens, sentences,
 * status), {@code errors} (id, reason), and one table per {@link CasTable} — the same tables,
 * columns and rows as the single-machine run, with the document id in the {@code document}
 * column.
 */
public final class SparkTables
{
    public static final String DOCUMENTS = "documents";
    public static final String ERRORS = "errors";

    private SparkTables()
    {
        // static utility
    }

    /** The annotation tables, in output order. */
    public static List<CasTable> tables()
    {
        return List.of(new EntityTable(), new QuotationTable(), new EventTable());
    }

    public static StructType documentsSchema()
    {
        return new StructType(new StructField[] {
                DataTypes.createStructField("id", DataTypes.StringType, false),
                DataTypes.createStructField("tokens", DataTypes.IntegerType, true),
                DataTypes.createStructField("sentences", DataTypes.IntegerType, true),
                DataTypes.createStructField("status", DataTypes.StringType, false) });
    }

    public static StructType errorsSchema()
    {
        return new StructType(new StructField[] {
                DataTypes.createStructField("id", DataTypes.StringType, false),
                DataTypes.createStructField("reason", DataTypes.StringType, true) });
    }

    public static StructType schema(CasTable table)
    {
        List<StructField> fields = new ArrayList<>();
        for (CasTable.Column column : table.columns()) {
            DataType type = column.type() == CasTable.ColumnType.INT ? DataTypes.IntegerType
                    : DataTypes.StringType;
            fields.add(DataTypes.createStructField(column.name(), type, true));
        }
        return new StructType(fields.toArray(StructField[]::new));
    }
}
