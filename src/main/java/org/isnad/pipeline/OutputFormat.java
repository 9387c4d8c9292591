package org.isnad.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The output formats of {@code annotate --format}. */
public enum OutputFormat
{
    /** UIMA CAS XMI (XML 1.0), one {@code <name>.xmi} per document, plus {@code TypeSystem.xml}. */
    XMI("xmi", true),
    /** WebAnno TSV 3.3 (INCEpTION), one {@code <name>.tsv} per document. */
    TSV("tsv", true),
    /** CoNLL-U, one {@code <name>.conllu} per document. */
    CONLLU("conllu", true),
    /** {@code quotes.tsv}: the who-said-what table of the run. */
    QUOTES("quotes", true),
    /** {@code events.tsv}: the who-did-what-to-whom table of the run. */
    EVENTS("events", true),
    /** {@code report.html}: the analyst report of the run. */
    HTML("html", true);

    /** Formats written when {@code --format} is not given. */
    public static final String DEFAULT_FORMATS = "xmi,tsv";

    private final String name;
    private final boolean available;

    OutputFormat(String name, boolean available)
    {
        this.name = name;
        this.available = available;
    }

    public String formatName()
    {
        return name;
    }

    public boolean isAvailable()
    {
        return available;
    }

    /**
     * Parses a comma-separated list such as {@code xmi,tsv}.
     *
     * @throws IllegalArgumentException
     *             naming the unknown or not yet available format
     */
    public static Set<OutputFormat> parseList(String list)
    {
        Set<OutputFormat> formats = new LinkedHashSet<>();
        for (String part : list.split(",")) {
            String wanted = part.trim().toLowerCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                continue;
            }
            OutputFormat found = null;
            for (OutputFormat format : values()) {
                if (format.name.equals(wanted)) {
                    found = format;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("Unknown format '" + part.trim()
                        + "'; available formats: " + availableNames());
            }
            if (!found.available) {
                throw new IllegalArgumentException("Format '" + found.name
                        + "' is not available in this version of Isnad; available formats: "
                        + availableNames());
            }
            formats.add(found);
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("No output format given; available formats: "
                    + availableNames());
        }
        return formats;
    }

    public static String availableNames()
    {
        List<String> names = new ArrayList<>();
        for (OutputFormat format : values()) {
            if (format.available) {
                names.add(format.name);
            }
        }
        return String.join(",", names);
    }
}
