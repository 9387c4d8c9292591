package org.isnad.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A BIO-tagged corpus: ANERcorp/AQMAR style ({@code token TAG}) or Wojood style ({@code token TAG
 * TAG ...}, outermost entity first), separated by spaces or tabs, blank lines between sentences.
 * A {@code $#$} token (Wojood) ends a sentence and is dropped; LEFT-TO-RIGHT MARKs before a token
 * (NewsFANE) are dropped.
 */
public final class BioCorpus
{
    /** One sentence: tokens and, per token, its tag columns (outermost first). */
    public record Sentence(List<String> tokens, List<List<String>> tags) {}

    /** A gold or predicted entity: sentence, first token, end token (exclusive), type. */
    public record Span(int sentence, int start, int end, String type) {}

    private BioCorpus()
    {
        // static methods only
    }

    public static List<Sentence> read(Path file)
        throws IOException
    {
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<List<String>> tags = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String cleaned = line.replace("\uFEFF", "").strip();
                if (cleaned.isEmpty()) {
                    flush(sentences, tokens, tags);
                    continue;
                }
                String[] parts = cleaned.split("[ \t]+");
                if (parts.length >= 2) {
                    parts[0] = parts[0].replace("\u200E", "");
                    if (parts[0].isEmpty()) {
                        continue; // a token of nothing but a LEFT-TO-RIGHT MARK
                    }
                }
                if (parts.length < 2) {
                    throw new IOException(file + ":" + number + ": expected token and tag: " + line);
                }
                if (parts[0].equals("$#$")) {
                    flush(sentences, tokens, tags);
                    continue;
                }
                tokens.add(parts[0]);
                List<String> columns = new ArrayList<>();
                for (int k = 1; k < parts.length; k++) {
                    columns.add(parts[k]);
                }
                tags.add(columns);
            }
        }
        flush(sentences, tokens, tags);
        return sentences;
    }

    private static void flush(List<Sentence> sentences, List<String> tokens, List<List<String>> tags)
    {
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(new ArrayList<>(tokens), new ArrayList<>(tags)));
            tokens.clear();
            tags.clear();
        }
    }

    /**
     * The gold spans of one sentence after mapping types with {@code map} (types mapped to null
     * or not in {@code types} are dropped): spans of every tag column, then only the outermost
     * of nested spans (a span inside another kept span is dropped; of two equal spans the one of
     * the earlier column stays).
     */
    public static List<Span> goldSpans(int index, Sentence sentence, TypeMap map)
    {
        List<Span> all = new ArrayList<>();
        int columns = 0;
        for (List<String> t : sentence.tags()) {
            columns = Math.max(columns, t.size());
        }
        for (int c = 0; c < columns; c++) {
            int start = -1;
            String type = null;
            for (int k = 0; k <= sentence.tokens().size(); k++) {
                String tag = k < sentence.tokens().size() && c < sentence.tags().get(k).size()
                        ? sentence.tags().get(k).get(c) : "O";
                boolean inside = tag.startsWith("I-") && type != null && tag.substring(2).equals(type);
                if (start >= 0 && !inside) {
                    addMapped(all, index, start, k, type, map);
                    start = -1;
                    type = null;
                }
                if (tag.startsWith("B-") || (tag.startsWith("I-") && start < 0)) {
                    start = k;
                    type = tag.substring(2);
                }
            }
        }
        List<Span> result = new ArrayList<>();
        for (Span span : all) {
            boolean covered = false;
            for (Span other : all) {
                if (other != span && other.start() <= span.start() && other.end() >= span.end()
                        && (other.end() - other.start() > span.end() - span.start()
                                || all.indexOf(other) < all.indexOf(span))) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                result.add(span);
            }
        }
        return result;
    }

    private static void addMapped(List<Span> all, int index, int start, int end, String type, TypeMap map)
    {
        String mapped = map.map(type);
        if (mapped != null) {
            all.add(new Span(index, start, end, mapped));
        }
    }
}
