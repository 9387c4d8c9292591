package org.isnad.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads lexicons in INCEpTION's gazetteer format: one {@code text<TAB>label} entry a line, UTF-8,
 * {@code #} comment lines and blank lines skipped. A line without exactly one tab, or with an empty
 * text or label, stops the load with the file name and the line number.
 */
public final class Gazetteer
{
    /** One entry: the text as written and its label. */
    public record Entry(String text, String label, int line)
    {
    }

    private Gazetteer()
    {
        // static methods only
    }

    public static List<Entry> read(URL url) throws IOException
    {
        try (InputStream in = url.openStream()) {
            return read(in, url.toString());
        }
    }

    public static List<Entry> read(InputStream in, String name) throws IOException
    {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) {
                    throw new IOException(name + ":" + number
                            + ": expected 'text<TAB>label', found: " + line);
                }
                String text = line.substring(0, tab).strip();
                String label = line.substring(tab + 1).strip();
                if (text.isEmpty() || label.isEmpty()) {
                    throw new IOException(name + ":" + number + ": empty text or label: " + line);
                }
                entries.add(new Entry(text, label, number));
            }
        }
        return entries;
    }
}
