package org.isnad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.util.TypeSystemUtil;

/** Reads the Spark application's inputs into {@link SparkDocument}s. */
final class SparkInputs
{
    private SparkInputs()
    {
        // static utility
    }

    static JavaRDD<SparkDocument> read(SparkSession spark, IsnadSparkJob.Options options)
    {
        IsnadSparkJob.InputFormat format = options.inputFormat();
        if (format == IsnadSparkJob.InputFormat.AUTO) {
            String extension = IsnadSparkJob.extension(options.input());
            format = switch (extension) {
            case "json", "jsonl" -> IsnadSparkJob.InputFormat.JSONL;
            case "parquet" -> IsnadSparkJob.InputFormat.PARQUET;
            default -> IsnadSparkJob.InputFormat.TXT;
            };
        }
        return switch (format) {
        case TXT -> textFiles(spark, options.input());
        case JSONL -> table(spark.read().json(options.input()));
        case PARQUET -> table(spark.read().parquet(options.input()));
        default -> throw new IllegalArgumentException("Unknown input format " + format);
        };
    }

    /** .txt files, recursively; the id is the path relative to the input folder without .txt. */
    private static JavaRDD<SparkDocument> textFiles(SparkSession spark, String input)
    {
        String root = new Path(input).makeQualified(fileSystem(input).getUri(),
                fileSystem(input).getWorkingDirectory()).toUri().getPath();
        String prefix = root.endsWith("/") ? root : root + "/";
        return spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                .option("pathGlobFilter", "*.txt").load(input).select("path", "content")
                .javaRDD().map(row -> {
                    String path = new Path(row.getString(0)).toUri().getPath();
                    String id = path.startsWith(prefix) ? path.substring(prefix.length())
                            : new Path(path).getName();
                    if (id.toLowerCase(java.util.Locale.ROOT).endsWith(".txt")) {
                        id = id.substring(0, id.length() - 4);
                    }
                    return new SparkDocument(id, null, (byte[]) row.get(1), null);
                });
    }

    /** JSON Lines or Parquet with columns id, text and an optional date. */
    private static JavaRDD<SparkDocument> table(Dataset<Row> frame)
    {
        for (String required : new String[] { "id", "text" }) {
            if (!Arrays.asList(frame.columns()).contains(required)) {
                throw new IllegalArgumentException("The input has no column '" + required
                        + "'; its columns are " + Arrays.toString(frame.columns()));
            }
        }
        Dataset<Row> selected = frame.select(col("id").cast("string"), col("text").cast("string"),
                Arrays.asList(frame.columns()).contains("date") ? col("date").cast("string")
                        : lit(null).cast("string"));
        return selected.javaRDD()
                .map(row -> new SparkDocument(row.isNullAt(0) ? "null" : row.getString(0),
                        row.getString(1), null, row.getString(2)));
    }

    private static FileSystem fileSystem(String path)
    {
        try {
            return new Path(path).getFileSystem(new Configuration());
        }
        catch (java.io.IOException e) {
            throw new IllegalArgumentException("Cannot open " + path + ": " + e.getMessage(), e);
        }
    }

    /** Writes TypeSystem.xml beside the XMI files, once, from the driver. */
    static void writeTypeSystem(SparkSession spark, String xmiDirectory)
    {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            TypeSystemUtil.typeSystem2TypeSystemDescription(JCasFactory.createJCas().getTypeSystem())
                    .toXML(bytes);
            Path target = new Path(xmiDirectory, "TypeSystem.xml");
            FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
            fs.mkdirs(target.getParent());
            try (FSDataOutputStream out = fs.create(target, true)) {
                out.write(bytes.toByteArray());
            }
        }
        catch (Exception e) {
            throw new IllegalStateException("Cannot write the type system to " + xmiDirectory
                    + ": " + e.getMessage(), e);
        }
    }
}
