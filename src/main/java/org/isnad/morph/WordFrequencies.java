package org.isnad.morph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.isnad.segment.ArabicCharacters;

/**
 * Word frequencies of Arabic news text: how often each normalised orthographic word (see
 * {@link ArabicNormalizer}) occurs in a corpus. {@link CliticAnalyser} weighs competing
 * segmentations with them (a frequent stem after a proclitic against a rare word spelled the
 * same, بلغة: ب + لغة).
 *
 * <p>The shipped table {@value #RESOURCE} is built by {@code isnad train frequencies} from the
 * raw tokens (tags ignored) of NewsFANE Gold, AQMAR and the Wojood sample; see the README. Its
 * format is INCEpTION's gazetteer format with the count as label: {@code form<TAB>count},
 * {@code #} comments.
 */
public final class WordFrequencies
{
    /** Class-path location of the shipped table. */
    public static final String RESOURCE = "org/isnad/lexicon/word-frequencies.txt";

    private static final char LEFT_TO_RIGHT_MARK = '\u200E';

    private final Map<String, Integer> counts;
    private final long total;

    private WordFrequencies(Map<String, Integer> counts)
    {
        this.counts = counts;
        long sum = 0;
        for (int c : counts.values()) {
            sum += c;
        }
        this.total = sum;
    }

    /** A table without entries: every count is 0. */
    public static WordFrequencies empty()
    {
        return new WordFrequencies(Collections.emptyMap());
    }

    /** Reads a table in the gazetteer format; stops with the name and line on a bad line. */
    public static WordFrequencies read(InputStream in, String name)
        throws IOException
    {
        Map<String, Integer> counts = new HashMap<>();
        GazetteerReader.read(in, name, (form, label) -> {
            int count;
            try {
                count = Integer.parseInt(label);
            }
            catch (NumberFormatException e) {
                throw new IllegalArgumentException("count '" + label + "' is not a number");
            }
            if (count <= 0) {
                throw new IllegalArgumentException("count " + count + " is not positive");
            }
            counts.merge(ArabicNormalizer.normalize(form), count, Integer::sum);
        });
        return new WordFrequencies(counts);
    }

    /** The shipped table {@value #RESOURCE}. */
    public static WordFrequencies loadDefault()
        throws IOException
    {
        try (InputStream in = WordFrequencies.class.getClassLoader()
                .getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " not on the class path");
            }
            return read(in, RESOURCE);
        }
    }

    /** How often the normalised form occurs; 0 when it is not in the table. */
    public int count(String normalisedForm)
    {
        Integer c = counts.get(normalisedForm);
        return c == null ? 0 : c;
    }

    /** The sum of all counts. */
    public long total()
    {
        return total;
    }

    /** The number of forms in the table. */
    public int size()
    {
        return counts.size();
    }

    /**
     * Counts the tokens of column files (CoNLL, BIO: the token is the first field of every
     * non-blank line; tags and other columns are ignored). Tokens are normalised with
     * {@link ArabicNormalizer}, left-to-right marks removed, and only tokens of Arabic letters
     * are counted.
     */
    public static Map<String, Integer> countColumnFiles(List<Path> files)
        throws IOException
    {
        Map<String, Integer> counts = new HashMap<>();
        for (Path file : files) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String token = firstField(line);
                    if (token != null) {
                        String key = normalizedArabicWord(token);
                        if (key != null) {
                            counts.merge(key, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return counts;
    }

    private static String firstField(String line)
    {
        int begin = 0;
        int n = line.length();
        while (begin < n && (Character.isWhitespace(line.charAt(begin))
                || line.charAt(begin) == '\uFEFF' || line.charAt(begin) == LEFT_TO_RIGHT_MARK)) {
            begin++;
        }
        int end = begin;
        while (end < n && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        return end > begin ? line.substring(begin, end) : null;
    }

    /** The normalised key of a token made of Arabic letters (and marks), else null. */
    static String normalizedArabicWord(String token)
    {
        String key = ArabicNormalizer.normalize(token);
        if (key.isEmpty()) {
            return null;
        }
        for (int i = 0; i < key.length(); i++) {
            if (!ArabicCharacters.isArabicLetter(key.charAt(i))) {
                return null;
            }
        }
        return key;
    }

    /**
     * Writes the counts of at least {@code minCount}, most frequent first (then by form), in
     * the gazetteer format, after the given comment lines.
     */
    public static void write(Map<String, Integer> counts, int minCount, List<String> comments,
            Writer out)
        throws IOException
    {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= minCount) {
                entries.add(e);
            }
        }
        entries.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                : Integer.compare(b.getValue(), a.getValue()));
        for (String comment : comments) {
            out.write("# " + comment + "\n");
        }
        for (Map.Entry<String, Integer> e : entries) {
            out.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
    }

    /** Reads a table from a file (for tools; the analyser uses {@link #loadDefault()}). */
    public static WordFrequencies read(Path file)
        throws IOException
    {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Exposed for tests: a table from a map. */
    static WordFrequencies of(Map<String, Integer> counts)
    {
        return new WordFrequencies(new HashMap<>(counts));
    }
}
