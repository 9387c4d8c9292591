package org.isnad.pipeline;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.isnad.morph.WordFrequencies;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad train frequencies --data FILE... -o FILE [--min-count N] [--note TEXT]...}: counts the normalised
 * Arabic tokens of column files (the first field of each line: CoNLL, BIO) and writes the word
 * frequency table that {@link org.isnad.morph.CliticAnalyser} reads
 * ({@value org.isnad.morph.WordFrequencies#RESOURCE}).
 */
@Command(name = "frequencies", mixinStandardHelpOptions = true,
        description = "Count normalised Arabic word forms of column corpora (token = first field "
                + "of a line; tags ignored) into a form<TAB>count table.")
public class TrainFrequenciesCommand
    implements Callable<Integer>
{
    @Option(names = "--data", required = true, arity = "1..*",
            description = "Column files (CoNLL, BIO): the token is the first field of a line.")
    List<Path> data;

    @Option(names = { "-o", "--output" }, required = true, description = "The table to write.")
    Path output;

    @Option(names = "--min-count", defaultValue = "2",
            description = "Leave out forms seen fewer times (default ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--note", description = "A comment line for the table's header, such as the "
            + "sources and their licences (repeatable).")
    List<String> notes = new ArrayList<>();

    @Override
    public Integer call()
        throws Exception
    {
        if (minCount < 1) {
            throw new IllegalArgumentException("--min-count must be at least 1");
        }
        Map<String, Integer> counts = WordFrequencies.countColumnFiles(data);
        long tokens = counts.values().stream().mapToLong(Integer::longValue).sum();
        long kept = counts.values().stream().filter(c -> c >= minCount).count();
        List<String> comments = new ArrayList<>();
        comments.add("Isnad word frequencies: normalised Arabic word form<TAB>count (ArabicNormalizer).");
        comments.add("Built by: isnad train frequencies --min-count " + minCount + " --data "
                + String.join(" ", data.stream().map(p -> p.getFileName().toString()).toList()));
        comments.add(tokens + " Arabic tokens, " + counts.size() + " forms, " + kept
                + " forms with count >= " + minCount + ".");
        comments.addAll(notes);
        AtomicFiles.write(output, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            WordFrequencies.write(counts, minCount, comments, w);
            w.flush();
        });
        System.out.printf("%d tokens, %d forms, %d written to %s%n", tokens, counts.size(), kept,
                output);
        return 0;
    }
}
