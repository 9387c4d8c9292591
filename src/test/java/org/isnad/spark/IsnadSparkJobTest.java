package org.isnad.spark;

import static org.apache.uima.fit.factory.CollectionReaderFactory.createReaderDescription;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.JCasIterable;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.io.xmi.XmiReader;
import org.isnad.ner.DocumentDate;
import org.isnad.pipeline.AnnotateCommandTest;
import org.isnad.pipeline.AnnotationRunner;
import org.isnad.pipeline.CasTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/** The Spark application on {@code local[2]} gives the same tables as {@code annotate}. */
class IsnadSparkJobTest
{
    private static SparkSession spark;

    @TempDir
    Path temp;

    @BeforeAll
    static void startSpark()
    {
        spark = SparkSession.builder().master("local[2]").appName("isnad-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stopSpark()
    {
        if (spark != null) {
            spark.stop();
        }
    }

    /** The seeds, documents generated from their sentences, a bad file and a too-large one. */
    private Path corpus() throws Exception
    {
        Path in = temp.resolve("in");
        Files.createDirectories(in.resolve("generated"));
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(AnnotateCommandTest.SEEDS)) {
            for (Path seed : seeds.sorted().toList()) {
                Files.copy(seed, in.resolve(seed.getFileName()));
                sentences.addAll(Arrays.asList(Files.readString(seed).split("(?<=[.؟!])\\s+")));
            }
        }
        // new documents: every seventh sentence, shifted, so no two documents are alike
        for (int doc = 0; doc < 7; doc++) {
            StringBuilder text = new StringBuilder();
            for (int s = doc; s < sentences.size(); s += 7) {
                text.append(sentences.get(s)).append(s % 3 == 0 ? "\n\n" : " ");
            }
            Files.writeString(in.resolve("generated/doc" + doc + ".txt"), text);
        }
        Files.write(in.resolve("broken.txt"), new byte[] { 'a', (byte) 0xC3, 0x28 });
        Files.writeString(in.resolve("huge.txt"), "كلمة ".repeat(10_000));
        return in;
    }

    @Test
    void thatTheTablesEqualTheSingleMachineRunAndBadDocumentsLandInErrors() throws Exception
    {
        Path in = corpus();
        Path out = temp.resolve("spark");
        IsnadSparkJob.Summary summary = IsnadSparkJob.run(spark, new IsnadSparkJob.Options(
                in.toString(), IsnadSparkJob.InputFormat.AUTO, out.toString(), false, true,
                40_000, 3));
        assertThat(summary.documents()).isEqualTo(14);
        assertThat(summary.failed()).isEqualTo(2);

        Map<String, String> errors = new HashMap<>();
        for (Row row : table(out, SparkTables.ERRORS)) {
            errors.put(row.getString(0), row.getString(1));
        }
        assertThat(errors).containsOnlyKeys("broken", "huge");
        assertThat(errors.get("broken")).contains("not valid UTF-8");
        assertThat(errors.get("huge")).contains("--max-chars");

        // the single-machine run over the same files (the two bad ones fail there too)
        Path single = temp.resolve("single");
        assertThat(AnnotateCommandTest.run("annotate", "-q", "-o", single.toString(),
                in.toString()).exitCode()).isEqualTo(1); // broken.txt
        Map<String, Integer> tokens = new HashMap<>();
        Map<String, List<String>> expected = new HashMap<>();
        for (JCas jcas : new JCasIterable(createReaderDescription(XmiReader.class,
                XmiReader.PARAM_SOURCE_LOCATION, single.toString(),
                XmiReader.PARAM_PATTERNS, "**/*.xmi"))) {
            String id = DocumentMetaData.get(jcas).getDocumentId();
            if (errors.containsKey(id)) {
                continue; // the single-machine run has no size limit
            }
            tokens.put(id, JCasUtil.select(jcas, Token.class).size());
            for (CasTable table : SparkTables.tables()) {
                for (Object[] row : table.rows(jcas, id)) {
                    expected.computeIfAbsent(table.name(), k -> new ArrayList<>())
                            .add(Arrays.toString(row));
                }
            }
        }
        assertThat(tokens).hasSize(12);
        for (Row row : table(out, SparkTables.DOCUMENTS)) {
            if (row.getString(3).equals("ok")) {
                assertThat(row.getInt(1)).as(row.getString(0))
                        .isEqualTo(tokens.get(row.getString(0)));
            }
        }
        for (CasTable table : SparkTables.tables()) {
            List<String> actual = new ArrayList<>();
            for (Row row : table(out, table.name())) {
                Object[] values = new Object[row.length()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.get(i);
                }
                actual.add(Arrays.toString(values));
            }
            List<String> wanted = expected.getOrDefault(table.name(), List.of());
            assertThat(actual).as(table.name()).containsExactlyInAnyOrderElementsOf(wanted);
        }

        // events that share an eventId form one cluster, across documents
        List<Row> clusters = table(out, IsnadSparkJob.EVENT_CLUSTERS);
        Map<String, Long> mentionsById = new HashMap<>();
        for (String row : expected.getOrDefault("events", List.of())) {
            String[] fields = row.substring(1, row.length() - 1).split(", ");
            mentionsById.merge(fields[10], 1L, Long::sum);
        }
        mentionsById.remove("null");
        assertThat(clusters).hasSize(mentionsById.size());
        for (Row cluster : clusters) {
            assertThat(cluster.getLong(2)).as(cluster.getString(0))
                    .isEqualTo(mentionsById.get(cluster.getString(0)));
        }
        assertThat(clusters).anyMatch(c -> c.getLong(3) > 1);

        // one XMI per good document, and the type system beside them
        assertThat(out.resolve("xmi/generated/doc3.xmi")).exists();
        assertThat(out.resolve("xmi/000_72e4a774ec884689.xmi")).exists();
        assertThat(out.resolve("xmi/TypeSystem.xml")).exists();
        assertThat(out.resolve("xmi/broken.xmi")).doesNotExist();
        // engines are reused: at most one per task slot of the executor
        assertThat(ExecutorEngines.enginesCreated()).isBetween(1, 2);
    }

    @Test
    void thatJsonLinesWithDatesAreReadAndWrittenAsCsv() throws Exception
    {
        Path jsonl = temp.resolve("articles.jsonl");
        Files.writeString(jsonl, """
                {"id": "a1", "text": "التقى الرئيس ترمب الكاظمي في البيت الأبيض أمس.", "date": "2020-08-21"}
                {"id": 2, "text": "وقال الكاظمي إن العلاقات قوية."}
                {"id": "empty", "text": ""}
                """, StandardCharsets.UTF_8);
        Path out = temp.resolve("csv");
        IsnadSparkJob.Summary summary = IsnadSparkJob.run(spark, new IsnadSparkJob.Options(
                jsonl.toString(), IsnadSparkJob.InputFormat.AUTO, out.toString(), true, true,
                1_000_000, 0));
        assertThat(summary.documents()).isEqualTo(3);
        assertThat(summary.failed()).isZero();
        List<Row> documents = spark.read().option("header", "true")
                .csv(out.resolve(SparkTables.DOCUMENTS).toString()).collectAsList();
        assertThat(documents).extracting(r -> r.getString(0)).containsExactlyInAnyOrder("a1",
                "2", "empty");
        // the date column is the document date: أمس is resolved against 2020-08-21
        JCas a1 = JCasFactory.createJCas();
        try (var in = Files.newInputStream(out.resolve("xmi/a1.xmi"))) {
            org.apache.uima.cas.impl.XmiCasDeserializer.deserialize(in, a1.getCas());
        }
        assertThat(JCasUtil.select(a1, org.isnad.type.TimeExpression.class))
                .extracting(org.isnad.type.TimeExpression::getValue).contains("2020-08-20");
        assertThat(DocumentDate.get(a1)).hasToString("2020-08-21");
    }

    private static List<Row> table(Path out, String name)
    {
        return spark.read().parquet(out.resolve(name).toString()).collectAsList();
    }
}
