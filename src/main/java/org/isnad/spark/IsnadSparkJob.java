package org.isnad.spark;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.isnad.event.EventTable;
import org.isnad.pipeline.CasTable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * Isnad as an Apache Spark application: the same pipeline as {@code annotate}, one engine per
 * executor task slot (see {@link ExecutorEngines}), writing Parquet (or CSV) tables.
 *
 * <pre>
 * spark-submit --class org.isnad.spark.IsnadSparkJob target/isnad.jar \
 *     --input articles.jsonl --output out/
 * </pre>
 */
@Command(name = "isnad-spark", mixinStandardHelpOptions = true,
        description = "Annotate Arabic news on Apache Spark and write Parquet or CSV tables.")
public class IsnadSparkJob
    implements Callable<Integer>
{
    /** Input formats; {@code auto} decides by the input path. */
    public enum InputFormat
    {
        AUTO, TXT, JSONL, PARQUET
    }

    /** What a run should do. */
    public record Options(String input, InputFormat inputFormat, String output, boolean csv,
            boolean xmi, long maxChars, int partitions)
        implements Serializable
    {
        private static final long serialVersionUID = 1L;
    }

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "A folder of .txt files (searched recursively), or JSON Lines / Parquet "
                    + "with columns id, text and an optional date (yyyy-MM-dd).")
    String input;

    @Option(names = "--input-format", defaultValue = "auto",
            description = "auto, txt, jsonl or parquet (default: ${DEFAULT-VALUE}: .txt folders, "
                    + "*.json/*.jsonl, *.parquet).")
    String inputFormat;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR",
            description = "Output folder for the tables.")
    String output;

    @Option(names = "--csv", description = "Write CSV (with header) instead of Parquet.")
    boolean csv;

    @Option(names = "--xmi", description = "Also write one XMI per document under DIR/xmi.")
    boolean xmi;

    @Option(names = "--max-chars", defaultValue = "5000000",
            description = "Documents longer than this many characters are skipped with a reason "
                    + "(default: ${DEFAULT-VALUE}).")
    long maxChars;

    @Option(names = "--partitions", defaultValue = "0",
            description = "Repartition the input into N partitions (default: keep Spark's).")
    int partitions;

    public static void main(String[] args)
    {
        System.exit(new CommandLine(new IsnadSparkJob()).execute(args));
    }

    @Override
    public Integer call()
    {
        Options options = new Options(input,
                InputFormat.valueOf(inputFormat.toUpperCase(Locale.ROOT)), output, csv, xmi,
                maxChars, partitions);
        SparkSession spark = SparkSession.builder().appName("Isnad").getOrCreate();
        try {
            Summary summary = run(spark, options);
            System.out.println(summary);
            return summary.failed() == 0 ? 0 : 1;
        }
        finally {
            spark.stop();
        }
    }

    /** Counts of a run. */
    public record Summary(long documents, long failed, long tokens, double seconds)
    {
        @Override
        public String toString()
        {
            return String.format(Locale.ROOT,
                    "%d documents (%d failed or skipped), %d tokens, %.1f s, %.1f documents/s, "
                            + "%.0f tokens/s",
                    documents, failed, tokens, seconds, documents / Math.max(seconds, 1e-9),
                    tokens / Math.max(seconds, 1e-9));
        }
    }

    /** Runs the job on an existing session (tests use {@code local[2]}). */
    public static Summary run(SparkSession spark, Options options)
    {
        long start = System.nanoTime();
        JavaRDD<SparkDocument> documents = SparkInputs.read(spark, options);
        if (options.partitions() > 0) {
            documents = documents.repartition(options.partitions());
        }
        String xmiDirectory = options.xmi() ? options.output() + "/xmi" : null;
        if (xmiDirectory != null) {
            SparkInputs.writeTypeSystem(spark, xmiDirectory);
        }
        JavaRDD<Tuple2<String, Row>> rows = documents
                .mapPartitions(new PartitionAnnotator(options.maxChars(), xmiDirectory))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<String, StructType> tables = new LinkedHashMap<>();
            tables.put(SparkTables.DOCUMENTS, SparkTables.documentsSchema());
            tables.put(SparkTables.ERRORS, SparkTables.errorsSchema());
            for (CasTable table : SparkTables.tables()) {
                tables.put(table.name(), SparkTables.schema(table));
            }
            for (var entry : tables.entrySet()) {
                String name = entry.getKey();
                JavaRDD<Row> tableRows = rows.filter(t -> t._1().equals(name)).map(Tuple2::_2);
                Dataset<Row> frame = spark.createDataFrame(tableRows, entry.getValue());
                write(frame, options, name);
                if (name.equals(new EventTable().name())) {
                    write(eventClusters(frame), options, EVENT_CLUSTERS);
                }
            }
            Dataset<Row> written = spark.read().schema(SparkTables.documentsSchema())
                    .format(options.csv() ? "csv" : "parquet").option("header", "true")
                    .load(options.output() + "/" + SparkTables.DOCUMENTS);
            long count = written.count();
            long failed = written.filter(col("status").notEqual("ok")).count();
            Row tokenSum = written.agg(org.apache.spark.sql.functions.sum("tokens")).first();
            long tokens = tokenSum.isNullAt(0) ? 0 : tokenSum.getLong(0);
            return new Summary(count, failed, tokens, (System.nanoTime() - start) / 1e9);
        }
        finally {
            rows.unpersist(false);
        }
    }

    /** Name of the table with one row per real-world event. */
    public static final String EVENT_CLUSTERS = "event_clusters";

    /**
     * One row per real-world event across all documents: the mentions that share an
     * {@code eventId} (a blocking key of category, date and normalised actors, computed the same
     * way in every document), grouped by a distributed aggregation. {@code document_ids} lists
     * the documents that mention it, separated by spaces.
     */
    static Dataset<Row> eventClusters(Dataset<Row> events)
    {
        return events.filter(col("eventId").isNotNull()).groupBy("eventId")
                .agg(org.apache.spark.sql.functions.first("category").as("category"),
                        org.apache.spark.sql.functions.count("*").as("mentions"),
                        org.apache.spark.sql.functions.countDistinct("document").as("documents"),
                        org.apache.spark.sql.functions.min("time").as("time"),
                        org.apache.spark.sql.functions.concat_ws(" ",
                                org.apache.spark.sql.functions.sort_array(
                                        org.apache.spark.sql.functions.collect_set("document")))
                                .as("document_ids"));
    }

    private static void write(Dataset<Row> frame, Options options, String table)
    {
        String path = options.output() + "/" + table;
        if (options.csv()) {
            frame.write().mode(SaveMode.Overwrite).option("header", "true").csv(path);
        }
        else {
            frame.write().mode(SaveMode.Overwrite).parquet(path);
        }
    }

    static String extension(String path)
    {
        String name = URI.create(path.replace('\\', '/').replace(" ", "%20")).getPath();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
