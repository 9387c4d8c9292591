package org.isnad.morph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * Reads lexicons in INCEpTION's gazetteer format: UTF-8, one {@code text<TAB>label} entry a
 * line, {@code #} comment lines and blank lines skipped. A malformed line stops the reading with
 * the file name and line number.
 */
public final class GazetteerReader
{
    private GazetteerReader()
    {
        // static methods only
    }

    /**
     * Calls {@code entry} with the text and the label of every entry.
     *
     * @throws IOException on a read error or a malformed line (name and line number in the message)
     */
    public static void read(InputStream in, String name, BiConsumer<String, String> entry)
        throws IOException
    {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                    throw new IOException(name + ":" + number
                            + ": expected 'text<TAB>label', found '" + line + "'");
                }
                try {
                    entry.accept(fields[0].strip(), fields[1].strip());
                }
                catch (IllegalArgumentException e) {
                    throw new IOException(name + ":" + number + ": " + e.getMessage(), e);
                }
            }
        }
    }
}
