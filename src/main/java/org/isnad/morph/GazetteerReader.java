package org.isnad.morph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Reads lexicons in INCEpTION's gazetteer format, the one loader of every Isnad lexicon: UTF-8
 * (a byte order mark is dropped), one {@code text<TAB>label} entry a line, {@code #} comment
 * lines and blank lines skipped, text and label stripped. A malformed line (no TAB, two TABs, an
 * empty text or label) stops the reading with the file name and line number, since a silently
 * skipped entry is a bug nobody finds.
 */
public final class GazetteerReader
{
    /** One entry: its text and label as written, the source's name and the line number. */
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

    public static List<Entry> read(URL url)
        throws IOException
    {
        try (InputStream in = url.openStream()) {
            return read(in, url.toString());
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
                        + ": expected 'text<TAB>label', found: " + line);
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

    /**
     * Calls {@code entry} with the text and the label of every entry; an
     * {@link IllegalArgumentException} from {@code entry} becomes an error naming the line.
     *
     * @throws IOException on a read error or a malformed line (name and line number in the message)
     */
    public static void read(InputStream in, String name, BiConsumer<String, String> entry)
        throws IOException
    {
        for (Entry e : read(in, name)) {
            try {
                entry.accept(e.text(), e.label());
            }
            catch (IllegalArgumentException ex) {
                throw new IOException(name + ":" + e.line() + ": " + ex.getMessage(), ex);
            }
        }
    }
}
