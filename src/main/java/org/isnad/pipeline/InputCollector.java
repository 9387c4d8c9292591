package org.isnad.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expands the INPUT arguments of {@code annotate}: .txt files as given, directories searched
 * recursively for {@code *.txt}. Documents come out sorted by output path, so that every run over
 * the same inputs processes and reports them in the same order.
 */
public final class InputCollector
{
    private InputCollector()
    {
        // static utility
    }

    /**
     * @throws IllegalArgumentException
     *             when an input does not exist, or two inputs would write to the same output
     */
    public static List<InputDocument> collect(List<Path> inputs)
    {
        List<InputDocument> documents = new ArrayList<>();
        for (Path input : inputs) {
            Path absolute = input.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                try (Stream<Path> files = Files.walk(absolute)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT)
                                    .endsWith(".txt"))
                            .forEach(f -> documents.add(new InputDocument(f, absolute,
                                    absolute.relativize(f).toString().replace('\\', '/'))));
                }
                catch (IOException | UncheckedIOException e) {
                    throw new IllegalArgumentException("Cannot list directory " + input + ": "
                            + e.getMessage(), e);
                }
            }
            else if (Files.isRegularFile(absolute)) {
                documents.add(new InputDocument(absolute, absolute.getParent(),
                        absolute.getFileName().toString()));
            }
            else {
                throw new IllegalArgumentException("Input not found: " + input);
            }
        }
        documents.sort(Comparator.comparing(InputDocument::relativePath)
                .thenComparing(d -> d.file().toString()));
        Map<String, InputDocument> byStem = new HashMap<>();
        for (InputDocument document : documents) {
            InputDocument previous = byStem.putIfAbsent(document.outputStem(), document);
            if (previous != null && !previous.file().equals(document.file())) {
                throw new IllegalArgumentException("Inputs " + previous.file() + " and "
                        + document.file() + " would both be written as " + document.outputStem()
                        + "; annotate them in separate runs or rename one.");
            }
        }
        return documents.stream().distinct().toList();
    }
}
