package org.isnad.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * Renders a {@link ReportData} as one self-contained HTML page with JMustache.
 * <ul>
 * <li>The template ({@code report.mustache}) escapes every value it inserts; only the page's own
 * style sheet and script (class-path resources) and the JSON data are inserted raw.</li>
 * <li>The data goes into a {@code <script type="application/json">} block. Its JSON escapes
 * {@code <}, {@code >} and {@code &} as {@code \u003c} ..., and U+2028/U+2029, so no document text
 * can close the block or open a comment inside it; the script reads the block with
 * {@code JSON.parse} and puts text into the page only as text nodes.</li>
 * <li>A Content-Security-Policy allows nothing but the page's own script and style, by hash: no
 * network request, no injected script or event handler.</li>
 * </ul>
 */
public final class ReportRenderer
{
    private static final String RESOURCES = "/org/isnad/report/";

    /** Arabic names of the PLOVER categories, in {@link ReportBuilder#PLOVER_CATEGORIES} order. */
    private static final List<String> CATEGORY_GLOSSES = List.of("اتفاق", "تشاور", "دعم",
            "تنازل", "تعاون", "مساعدة", "انسحاب", "طلب", "اتهام", "رفض", "تهديد", "احتجاج",
            "عقوبات", "تعبئة", "إكراه", "اعتداء");

    private static final Map<String, String> ENTITY_TYPES = orderedMap("PER", "شخص", "ORG",
            "منظمة", "GPE", "كيان سياسي", "LOC", "مكان", "NORP", "جنسية أو جماعة");

    private static final Map<String, String> MODALITIES = orderedMap("asserted", "واقع",
            "future", "مستقبلي", "negated", "منفي", "hypothetical", "افتراضي");

    private final Template template;
    private final String css;
    private final String script;
    private final String version;
    private final ObjectMapper mapper;

    public ReportRenderer()
    {
        template = Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true)
                .compile(resource("report.mustache"));
        css = resource("report.css");
        script = resource("report.js");
        if (script.contains("</") || css.contains("</")) {
            throw new IllegalStateException("The report's script and style must not contain '</'");
        }
        String implementation = ReportRenderer.class.getPackage().getImplementationVersion();
        version = implementation != null ? implementation : "";
        mapper = JsonMapper.builder().build();
        mapper.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
    }

    /** Writes the page as UTF-8. */
    public void render(ReportData data, OutputStream out) throws IOException
    {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        template.execute(context(data), writer);
        writer.flush();
    }

    /** The page as a string. */
    public String render(ReportData data)
    {
        return template.execute(context(data));
    }

    /**
     * The report data as JSON that is safe inside {@code <script type="application/json">}: no
     * {@code <}, {@code >}, {@code &}, U+2028 or U+2029 appears unescaped.
     */
    public String json(ReportData data)
    {
        try {
            return mapper.writeValueAsString(data);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> context(ReportData data)
    {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("version", version);
        context.put("csp", "default-src 'none'; script-src '" + sha256(script)
                + "'; style-src '" + sha256(css) + "'; img-src data:; base-uri 'none'; "
                + "form-action 'none'");
        context.put("css", css);
        context.put("script", script);
        context.put("data", json(data));
        context.put("summary", data.summary());
        context.put("hasFailures", !data.failures().isEmpty());
        context.put("failures", data.failures());
        List<Map<String, String>> categories = new ArrayList<>();
        for (int i = 0; i < ReportBuilder.PLOVER_CATEGORIES.size(); i++) {
            categories.add(Map.of("code", ReportBuilder.PLOVER_CATEGORIES.get(i), "gloss",
                    CATEGORY_GLOSSES.get(i)));
        }
        context.put("categories", categories);
        context.put("entityTypes", codes(ENTITY_TYPES));
        context.put("modalities", codes(MODALITIES));
        return context;
    }

    private static List<Map<String, String>> codes(Map<String, String> glosses)
    {
        List<Map<String, String>> codes = new ArrayList<>();
        glosses.forEach((code, gloss) -> codes.add(Map.of("code", code, "gloss", gloss)));
        return codes;
    }

    private static Map<String, String> orderedMap(String... keysAndValues)
    {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The CSP source expression of an inline script or style: {@code sha256-<base64>}. */
    static String sha256(String content)
    {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String resource(String name)
    {
        try (InputStream in = ReportRenderer.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing report resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read report resource " + name, e);
        }
    }

    /** JSON escapes that keep the data inert inside an HTML script element. */
    private static final class ScriptSafeEscapes
        extends CharacterEscapes
    {
        private static final long serialVersionUID = 1L;
        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString(
                "\\u2029");
        private final int[] ascii;

        ScriptSafeEscapes()
        {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            ascii['<'] = CharacterEscapes.ESCAPE_STANDARD;
            ascii['>'] = CharacterEscapes.ESCAPE_STANDARD;
            ascii['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii()
        {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch)
        {
            return switch (ch) {
            case 0x2028 -> LINE_SEPARATOR;
            case 0x2029 -> PARAGRAPH_SEPARATOR;
            default -> null;
            };
        }
    }
}
