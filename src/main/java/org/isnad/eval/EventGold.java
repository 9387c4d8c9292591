package org.isnad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.isnad.pipeline.DocumentTextReader;

/**
 * Event gold: documents with their text and gold events. Two readers:
 * <ul>
 * <li>{@link #readJson}: Isnad's JSON gold, one file per document (or a directory of
 * {@code *.json}, read in name order):
 * <pre>
 * { "document": "seeds/001_x.txt",          // path of the text, relative to the texts folder
 *   "date": "2020-08-20",                  // optional: the publication date (the document date
 *                                          // that relative times resolve against)
 *   "events": [
 *     { "trigger": "التقى",                 // trigger text as in the document
 *       "occurrence": 1,                   // which occurrence of it (1 = first; default 1), or
 *       "begin": 120, "end": 125,          // character offsets instead
 *       "category": "CONSULT", "mode": "meet",
 *       "source": ["الكاظمي"], "target": ["دونالد ترامب"],   // names or noun phrases, may be []
 *       "modality": "asserted",            // asserted | future | negated | hypothetical
 *       "eventId": "kadhimi-trump-2020-08-20" } ] }    // equal ids = the same real-world event,
 *                                                          // across all files of a run
 * </pre></li>
 * <li>{@link #readUniversalPetrarch}: UniversalPetrarch's validation XML; every
 * {@code <Sentence>} is a document of its own text, every {@code <EventText>} a gold event whose
 * trigger is the words of {@code eventtext} found in the text as whole words (in any order, as the
 * file lists them), with the {@code plover} type and {@code sourcetext}/{@code targettext} as actors. An
 * empty {@code eventtext} is a gold event of the sentence without a trigger span: any predicted
 * event of that category in the sentence matches it. No modality and no event ids. The reader
 * is a linear scanner that tolerates the file's missing closing tag.</li>
 * </ul>
 */
public final class EventGold
{
    /** A span of a gold trigger. */
    public record Span(int begin, int end)
    {
    }

    /**
     * A gold event; {@code spans} is empty for a sentence-level event without trigger text.
     * {@code modality} and {@code eventId} may be null.
     */
    public record Event(List<Span> spans, String category, List<String> sources,
            List<String> targets, String modality, String eventId)
    {
    }

    /** A gold document; {@code date} is its publication date (yyyy-MM-dd) or null. */
    public record Document(String name, String text, List<Event> events, String date)
    {
        public Document(String name, String text, List<Event> events)
        {
            this(name, text, events, null);
        }
    }

    private EventGold()
    {
        // static utility
    }

    /** Reads a JSON gold file or every {@code *.json} in a directory. */
    public static List<Document> readJson(Path gold, Path textsFolder) throws IOException
    {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(gold)) {
            try (Stream<Path> s = Files.list(gold)) {
                s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                        .forEach(files::add);
            }
        }
        else {
            files.add(gold);
        }
        ObjectMapper mapper = new ObjectMapper();
        List<Document> documents = new ArrayList<>();
        for (Path file : files) {
            JsonNode root = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
            String name = text(root, "document");
            if (name == null) {
                throw new IOException(file + ": missing \"document\"");
            }
            String text = DocumentTextReader.read(textsFolder.resolve(name));
            List<Event> events = new ArrayList<>();
            int index = 0;
            for (JsonNode e : root.path("events")) {
                index++;
                String where = file + ": event " + index;
                String category = text(e, "category");
                if (category == null) {
                    throw new IOException(where + ": missing \"category\"");
                }
                Span span;
                if (e.has("begin") && e.has("end")) {
                    span = new Span(e.get("begin").asInt(), e.get("end").asInt());
                }
                else {
                    String trigger = text(e, "trigger");
                    if (trigger == null) {
                        throw new IOException(where + ": needs \"trigger\" or \"begin\"/\"end\"");
                    }
                    int occurrence = e.path("occurrence").asInt(1);
                    int at = -1;
                    for (int k = 0; k < occurrence; k++) {
                        at = text.indexOf(trigger, at + 1);
                        if (at < 0) {
                            throw new IOException(where + ": trigger '" + trigger
                                    + "' occurrence " + occurrence + " not in " + name);
                        }
                    }
                    span = new Span(at, at + trigger.length());
                }
                events.add(new Event(List.of(span), category, strings(e.path("source")),
                        strings(e.path("target")), text(e, "modality"), text(e, "eventId")));
            }
            documents.add(new Document(name, text, events, text(root, "date")));
        }
        return documents;
    }

    private static String text(JsonNode node, String field)
    {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode node)
    {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode v : node) {
                if (!v.asText().isBlank()) {
                    values.add(v.asText());
                }
            }
        }
        else if (node.isTextual() && !node.asText().isBlank()) {
            values.add(node.asText());
        }
        return values;
    }

    /** Reads UniversalPetrarch's validation XML (see the class comment). */
    public static List<Document> readUniversalPetrarch(Path xml) throws IOException
    {
        String content = Files.readString(xml, StandardCharsets.UTF_8);
        List<Document> documents = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = content.indexOf("<Sentence ", from);
            if (start < 0) {
                break;
            }
            int stop = content.indexOf("</Sentence>", start);
            if (stop < 0) {
                stop = content.length();
            }
            String block = content.substring(start, stop);
            from = stop;
            String id = attribute(block, "id", 0);
            int textStart = block.indexOf("<Text>");
            int textEnd = block.indexOf("</Text>");
            if (textStart < 0 || textEnd < textStart) {
                continue;
            }
            String text = unescape(block.substring(textStart + "<Text>".length(), textEnd)).strip();
            List<String> plovers = new ArrayList<>();
            for (int at = block.indexOf("<EventCoding "); at >= 0; at = block.indexOf("<EventCoding ", at + 1)) {
                plovers.add(attribute(block, "plover", at));
            }
            List<Event> events = new ArrayList<>();
            int n = 0;
            for (int at = block.indexOf("<EventText "); at >= 0; at = block.indexOf("<EventText ", at + 1)) {
                String trigger = unescape(attribute(block, "eventtext", at));
                String source = unescape(attribute(block, "sourcetext", at));
                String target = unescape(attribute(block, "targettext", at));
                String category = n < plovers.size() && plovers.get(n) != null ? plovers.get(n)
                        : attribute(block, "category", 0);
                n++;
                events.add(new Event(locate(text, trigger), category,
                        source.isBlank() ? List.of() : List.of(source),
                        target.isBlank() ? List.of() : List.of(target), null, null));
            }
            documents.add(new Document(id == null ? "sentence-" + documents.size() : id, text, events));
        }
        return documents;
    }

    /** Spans of the words of {@code trigger} in {@code text}: each word's first occurrence. */
    static List<Span> locate(String text, String trigger)
    {
        List<Span> spans = new ArrayList<>();
        for (String word : trigger.trim().split("\\s+")) {
            if (word.isEmpty() || word.equals("«") || word.equals("»")) {
                continue;
            }
            int at = wholeWord(text, word);
            if (at >= 0) {
                spans.add(new Span(at, at + word.length()));
            }
        }
        return spans;
    }

    /** First occurrence of {@code word} not inside a longer word, else its first occurrence. */
    static int wholeWord(String text, String word)
    {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            boolean endOk = end >= text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) {
                return at;
            }
        }
        return text.indexOf(word);
    }

    private static String attribute(String block, String name, int from)
    {
        String key = name + "=\"";
        int at = block.indexOf(key, from);
        int tagEnd = block.indexOf('>', from);
        if (at < 0 || (tagEnd >= 0 && at > tagEnd)) {
            return null;
        }
        int end = block.indexOf('"', at + key.length());
        return end < 0 ? null : block.substring(at + key.length(), end);
    }

    private static String unescape(String s)
    {
        if (s == null) {
            return "";
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
