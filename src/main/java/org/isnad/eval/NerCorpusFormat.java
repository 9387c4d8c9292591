package org.isnad.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The annotated named-entity corpora Isnad reads for training and evaluation, and how their tag
 * sets map onto Isnad's types PER, ORG, GPE, LOC and NORP (any other tag becomes O).
 *
 * <ul>
 * <li>{@link #BIO}: generic {@code token TAG [TAG...]}, types kept as they are.</li>
 * <li>{@link #NEWSFANE}: NewsFANE Gold 2014, {@code token TAB tag}, BIO over 50 fine classes,
 * pre-segmented (و, ب, ل ... and pronoun suffixes are tokens of their own), hamza on alef dropped,
 * every token prefixed by U+200E. PER ← Politician, Athlete, Artist, Other_PER, Religious_PER,
 * Scientist, Businessperson, Police, Lawyer, Engineer; NORP ← Group (العرب, المسلمين); GPE ←
 * Nation, Population-Center, State-or-Province, GPE-Cluster (الشرق الاوسط), Continent,
 * County-or-District; ORG ← Government, Non-Governmental, Sports, Media, Commercial, Educational,
 * Medical-Science, Entertainment, Religious_ORG; LOC ← Water-Body, Land-Region-Natural,
 * Celestial, Building-Grounds (البيت الابيض), Airport, Path. Everything else is O: works, products,
 * vehicles (Land: نيسان, فيراري), weapons, food, drugs, Plant, and Subarea-Facility, whose
 * mentions are mostly common nouns (المئذنة, قاعة الوضوء, الحمامات). Its split: blocks
 * (blank-line-separated sentences) numbered from 0, block n is development data when
 * {@code n % 10 == 9}. Its text is rebuilt with the clitic tokens glued to their word (see
 * {@link GoldText}).</li>
 * <li>{@link #WOJOOD}: {@code token TAG TAG ...} (nested, outermost first): PERS → PER; ORG, GPE,
 * LOC, NORP kept; the other 16 types (DATE, OCC, FAC, EVENT ...) → O.</li>
 * <li>{@link #AQMAR}: {@code token TAG}: PER, ORG kept; LOC → GPE (AQMAR's LOC is mostly
 * countries and cities; Isnad compares GPE and LOC merged); MIS0–MIS3 → O.</li>
 * </ul>
 */
public enum NerCorpusFormat
{
    BIO(false, null),
    NEWSFANE(true, Map.ofEntries(
            Map.entry("Politician", "PER"), Map.entry("Athlete", "PER"), Map.entry("Artist", "PER"),
            Map.entry("Other_PER", "PER"), Map.entry("Religious_PER", "PER"),
            Map.entry("Scientist", "PER"), Map.entry("Businessperson", "PER"),
            Map.entry("Police", "PER"), Map.entry("Lawyer", "PER"), Map.entry("Engineer", "PER"),
            Map.entry("Group", "NORP"),
            Map.entry("Nation", "GPE"), Map.entry("Population-Center", "GPE"),
            Map.entry("State-or-Province", "GPE"), Map.entry("GPE-Cluster", "GPE"),
            Map.entry("Continent", "GPE"), Map.entry("County-or-District", "GPE"),
            Map.entry("Government", "ORG"), Map.entry("Non-Governmental", "ORG"),
            Map.entry("Sports", "ORG"), Map.entry("Media", "ORG"), Map.entry("Commercial", "ORG"),
            Map.entry("Educational", "ORG"), Map.entry("Medical-Science", "ORG"),
            Map.entry("Entertainment", "ORG"), Map.entry("Religious_ORG", "ORG"),
            Map.entry("Water-Body", "LOC"), Map.entry("Land-Region-Natural", "LOC"),
            Map.entry("Celestial", "LOC"), Map.entry("Building-Grounds", "LOC"),
            Map.entry("Airport", "LOC"), Map.entry("Path", "LOC"))),
    WOJOOD(false, Map.of("PERS", "PER", "ORG", "ORG", "GPE", "GPE", "LOC", "LOC", "NORP", "NORP")),
    AQMAR(false, Map.of("PER", "PER", "ORG", "ORG", "LOC", "GPE"));

    /** Which blocks of a corpus to read. */
    public enum Split
    {
        ALL, TRAIN, DEV
    }

    private final boolean glueClitics;
    private final Map<String, String> types;

    NerCorpusFormat(boolean glueClitics, Map<String, String> types)
    {
        this.glueClitics = glueClitics;
        this.types = types;
    }

    /** Whether clitic tokens are glued to their word when the text is rebuilt. */
    public boolean glueClitics()
    {
        return glueClitics;
    }

    /** Isnad's type for a type of this corpus, or null (O). */
    public String map(String type)
    {
        return types == null ? type : types.get(type);
    }

    /** Parses a format name (newsfane, wojood, aqmar, bio). */
    public static NerCorpusFormat parse(String name)
    {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown corpus format: " + name
                    + " (expected bio, newsfane, wojood or aqmar)", e);
        }
    }

    /** Whether block {@code n} of a corpus belongs to {@code split} (only NewsFANE has one). */
    public boolean inSplit(int n, Split split)
    {
        if (split == Split.ALL || this != NEWSFANE) {
            return true;
        }
        boolean dev = n % 10 == 9;
        return split == Split.DEV ? dev : !dev;
    }

    /** Reads the sentences of one split, with tags renamed to Isnad's types (others O). */
    public List<BioCorpus.Sentence> read(Path file, Split split)
        throws IOException
    {
        List<BioCorpus.Sentence> all = BioCorpus.read(file);
        List<BioCorpus.Sentence> result = new ArrayList<>(all.size());
        for (int n = 0; n < all.size(); n++) {
            if (inSplit(n, split)) {
                result.add(mapTags(all.get(n)));
            }
        }
        return result;
    }

    private BioCorpus.Sentence mapTags(BioCorpus.Sentence sentence)
    {
        if (types == null) {
            return sentence;
        }
        List<List<String>> tags = new ArrayList<>(sentence.tags().size());
        for (List<String> columns : sentence.tags()) {
            List<String> mapped = new ArrayList<>(columns.size());
            for (String tag : columns) {
                String type = tag.length() > 2 && tag.charAt(1) == '-' ? map(tag.substring(2)) : null;
                mapped.add(type == null ? "O" : tag.substring(0, 2) + type);
            }
            tags.add(mapped);
        }
        return new BioCorpus.Sentence(sentence.tokens(), tags);
    }
}
