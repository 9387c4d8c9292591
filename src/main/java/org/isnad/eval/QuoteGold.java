package org.isnad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Gold quotations, one JSON file per document:
 *
 * <pre>
 * {
 *   "document": "000_72e4a774ec884689.txt",     // the UTF-8 text file, relative to the text folder
 *   "quotations": [
 *     {
 *       "begin": 301, "end": 389,                // the quoted content without marks, or the
 *                                                // reported clause after the complementiser
 *       "kind": "direct",                        // direct | indirect | mixed
 *       "speaker": "البيان المشترك",              // canonical speaker name, or null
 *       "cue": { "begin": 81, "end": 85 },       // the reporting expression, or null
 *       "source": { "begin": 86, "end": 96 },    // the mention naming the speaker (the
 *                                                // antecedent's for an implicit speaker), or null
 *       "text": "الشراكة ..."                     // optional: the covered text, checked on load
 *     }
 *   ]
 * }
 * </pre>
 *
 * Offsets are UTF-16 offsets into the document text as read (a leading BOM removed, line ends
 * kept as they are), the convention of UIMA.
 */
public final class QuoteGold
{
    /** A span. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Span(int begin, int end)
    {
    }

    /** One gold quotation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quotation(int begin, int end, String kind, String speaker, Span cue, Span source,
            String text)
    {
    }

    /** One gold document. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String document, List<Quotation> quotations)
    {
    }

    /** A gold document with its text. */
    public record Loaded(Path file, String text, Document gold)
    {
    }

    private QuoteGold()
    {
        // static methods only
    }

    /**
     * Reads every {@code *.json} file of {@code goldDirectory} (sorted by name), and each one's
     * document from {@code textDirectory}.
     *
     * @throws IOException
     *             naming the file, on unreadable JSON, a missing document, an offset outside the
     *             text or a {@code text} field that differs from the covered text
     */
    public static List<Loaded> read(Path goldDirectory, Path textDirectory) throws IOException
    {
        ObjectMapper mapper = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> stream = Files.list(goldDirectory)) {
            files = stream.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .toList();
        }
        List<Loaded> loaded = new ArrayList<>();
        for (Path file : files) {
            Document gold;
            try {
                gold = mapper.readValue(file.toFile(), Document.class);
            }
            catch (IOException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
            if (gold.document() == null) {
                throw new IOException(file + ": missing \"document\"");
            }
            Path textFile = textDirectory.resolve(gold.document());
            if (!Files.isRegularFile(textFile)) {
                throw new IOException(file + ": document not found: " + textFile);
            }
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<Quotation> quotations = gold.quotations() == null ? List.of() : gold.quotations();
            for (Quotation q : quotations) {
                check(file, text, q.begin(), q.end());
                if (q.cue() != null) {
                    check(file, text, q.cue().begin(), q.cue().end());
                }
                if (q.source() != null) {
                    check(file, text, q.source().begin(), q.source().end());
                }
                if (q.text() != null && !q.text().equals(text.substring(q.begin(), q.end()))) {
                    throw new IOException(file + ": quotation " + q.begin() + "-" + q.end()
                            + " covers '" + text.substring(q.begin(), q.end())
                            + "', not its \"text\"");
                }
            }
            loaded.add(new Loaded(file, text, new Document(gold.document(), quotations)));
        }
        return loaded;
    }

    private static void check(Path file, String text, int begin, int end) throws IOException
    {
        if (begin < 0 || end > text.length() || begin >= end) {
            throw new IOException(file + ": bad span " + begin + "-" + end + " (text length "
                    + text.length() + ")");
        }
    }
}
