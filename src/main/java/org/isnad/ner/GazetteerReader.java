package org.isnad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads lexicons in INCEpTION gazetteer format: UTF-8, one {@code text<TAB>label} entry per line,
 * {@code #} comment lines and blank lines skipped. A line without exactly one tab, or with an
 * empty text or label, stops loading with the file name and line number.
 */
public final class GazetteerReader
{
    /** One lexicon line. */
    public record Entry(String text, String label, String source, int line) {}

    private GazetteerReader()
    {
        // static methods only
    }

    /** Reads the class-path resource {@code path} (relative to the class-path root). */
    public static List<Entry> readResource(String path)
        throws IOException
    {
        InputStream in = GazetteerReader.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("Lexicon not found on the class path: " + path);
        }
        try (in) {
            return read(in, path);
        }
    }

    /** Reads entries from {@code in}; {@code name} names the source in error messages. */
    public static List<Entry> read(InputStream in, String name)
        throws IOException
    {
        List<Entry> entries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) {
                throw new IOException(name + ":" + number
                        + ": expected text<TAB>label, found: " + line);
            }
            String text = line.substring(0, tab).strip();
            String label = line.substring(tab + 1).strip();
            if (text.isEmpty() || label.isEmpty()) {
                throw new IOException(name + ":" + number + ": empty text or label: " + line);
            }
            entries.add(new Entry(text, label, name, number));
        }
        return entries;
    }
}
