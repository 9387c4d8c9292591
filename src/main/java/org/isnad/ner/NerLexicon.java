package org.isnad.ner;

import org.isnad.morph.GazetteerReader;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Everything the named-entity and time-expression rules know, loaded once and immutable
 * afterwards (safe to share between threads). All keys are in {@link EntityKeys#normalize} form.
 *
 * <p>Sources, in order of precedence (an earlier source wins when a phrase has two types):
 * <ol>
 * <li>hand-written lexicons in {@code org/isnad/lexicon/ner-*.txt} (INCEpTION gazetteer format):
 * places, organisations, persons, nationalities, titles, organisation and place head nouns, first
 * names, non-names, context cues, aliases;</li>
 * <li>CLDR through ICU4J: the Arabic names of all countries and territories
 * ({@code ULocale.getDisplayCountry}) and the Arabic exemplar cities of all time zones
 * ({@code TimeZoneNames.getExemplarLocationName}) as GPE;</li>
 * <li>generated variants: each single-word place name also without its article when the bare
 * form is not an ordinary dictionary word (العراق → عراق is skipped, الأرجنتين → أرجنتين is added);
 * each nationality adjective in masculine, feminine and plural, with and without ال (عراقي,
 * العراقية, العراقيين, عراقيون ...), derived from single-word country names (سوريا → سوري,
 * العراق → عراقي, السعودية → سعودي) and from {@code ner-nationalities.txt}. Hamza/alef, ة/ه, ي/ى
 * and أميركا/أمريكا variants need no entries: text and entries share one normalisation.</li>
 * </ol>
 * Month and weekday names come from CLDR too: Gregorian months of {@code ar}, Levantine/Iraqi
 * months of {@code ar_IQ} (كانون الثاني ... كانون الأول), Maghreb months of {@code ar_DZ} and
 * {@code ar_TN}, weekdays of {@code ar}.
 */
public final class NerLexicon
{
    /** The lexicon files, relative to the class-path root. */
    public static final List<String> LEXICON_FILES = List.of(
            "org/isnad/lexicon/ner-places.txt", "org/isnad/lexicon/ner-organisations.txt",
            "org/isnad/lexicon/ner-persons.txt", "org/isnad/lexicon/ner-nationalities.txt",
            "org/isnad/lexicon/ner-titles.txt", "org/isnad/lexicon/ner-org-heads.txt",
            "org/isnad/lexicon/ner-place-heads.txt", "org/isnad/lexicon/ner-first-names.txt",
            "org/isnad/lexicon/ner-non-names.txt", "org/isnad/lexicon/ner-name-cues.txt");
    public static final String ALIASES_FILE = "org/isnad/lexicon/ner-aliases.txt";

    public static final String ARTICLE = "\u0627\u0644";

    /** An entity phrase of the gazetteers: its type and its canonical name. */
    public record Phrase(String type, String canonical) {}

    private final Map<String, Phrase> phrases = new HashMap<>();
    private final Set<String> firstWords = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> orgHeads = new HashSet<>();
    private final Set<String> orgHeadsDefinite = new HashSet<>();
    private final Set<String> placeHeads = new HashSet<>();
    private final Set<String> stateHeads = new HashSet<>();
    private final Map<String, Boolean> firstNames = new HashMap<>();
    private final Set<String> particles = new HashSet<>();
    private final Set<String> nonNames = new HashSet<>();
    private final Set<String> nonNamesRaw = new HashSet<>();
    private final Set<String> speechVerbs = new HashSet<>();
    private final Set<String> placePrepositions = new HashSet<>();
    private final Set<String> ambiguousPlaces = new HashSet<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Integer> weekdays = new HashMap<>();
    private int maxPhraseWords = 1;

    private NerLexicon()
    {
        // use load()
    }

    /**
     * Loads the class-path lexicons and the CLDR data.
     *
     * @param knownWords decides which article-less place variants are ordinary words
     */
    public static NerLexicon load(KnownWords knownWords)
        throws IOException
    {
        NerLexicon lexicon = new NerLexicon();
        for (String file : LEXICON_FILES) {
            for (GazetteerReader.Entry entry : GazetteerReader.readResource(file)) {
                lexicon.add(entry, knownWords);
            }
        }
        for (GazetteerReader.Entry entry : GazetteerReader.readResource(ALIASES_FILE)) {
            lexicon.aliases.put(EntityKeys.normalize(entry.text()), entry.label());
        }
        lexicon.addCldr(knownWords);
        return lexicon;
    }

    private void add(GazetteerReader.Entry entry, KnownWords knownWords)
        throws IOException
    {
        String norm = EntityKeys.normalize(entry.text());
        switch (entry.label()) {
        case "GPE":
        case "LOC":
        case "ORG":
        case "PER":
            addPhrase(norm, entry.label(), entry.text());
            if ("GPE".equals(entry.label())) {
                addArticleLessVariant(norm, entry.text(), knownWords);
            }
            break;
        case "NORP":
            addNationality(entry.text());
            break;
        case "TITLE":
            titles.add(norm);
            firstWords.add(firstWord(norm));
            maxPhraseWords = Math.max(maxPhraseWords, wordCount(norm));
            break;
        case "ORG_HEAD":
            orgHeads.add(norm);
            break;
        case "ORG_HEAD_DEF":
            orgHeadsDefinite.add(norm);
            break;
        case "PLACE_HEAD":
            placeHeads.add(norm);
            break;
        case "STATE_HEAD":
            stateHeads.add(norm);
            break;
        case "FIRST_NAME":
            firstNames.put(norm, Boolean.FALSE);
            break;
        case "FIRST_NAME_AMBIGUOUS":
            firstNames.putIfAbsent(norm, Boolean.TRUE);
            break;
        case "NAME_PARTICLE":
            particles.add(norm);
            break;
        case "O":
            nonNames.add(norm);
            nonNamesRaw.add(entry.text());
            break;
        case "SPEECH_VERB":
            speechVerbs.add(norm);
            break;
        case "PLACE_PREP":
            placePrepositions.add(norm);
            break;
        case "AMBIGUOUS_PLACE":
            ambiguousPlaces.add(norm);
            break;
        default:
            throw new IOException(entry.source() + ":" + entry.line() + ": unknown label "
                    + entry.label());
        }
    }

    private void addPhrase(String norm, String type, String canonical)
    {
        if (norm.isEmpty() || phrases.containsKey(norm)) {
            return;
        }
        phrases.put(norm, new Phrase(type, canonical));
        firstWords.add(firstWord(norm));
        maxPhraseWords = Math.max(maxPhraseWords, wordCount(norm));
    }

    private void addArticleLessVariant(String norm, String canonical, KnownWords knownWords)
    {
        if (norm.indexOf(' ') >= 0 || !norm.startsWith(ARTICLE) || norm.length() < 5) {
            return;
        }
        String bare = canonical.substring(2);
        if (!knownWords.isKnown(bare)) {
            addPhrase(norm.substring(2), "GPE", canonical);
        }
    }

    /** Adds the masculine, feminine and plural forms, with and without ال, of an adjective. */
    private void addNationality(String adjective)
    {
        String base = EntityKeys.normalize(adjective);
        if (base.startsWith(ARTICLE) || base.indexOf(' ') >= 0 || !base.endsWith("\u064A")) {
            addPhrase(base, "NORP", adjective);
            return;
        }
        String canonical = base;
        for (String suffix : new String[] { "", "\u0647", "\u0648\u0646", "\u064A\u0646",
                "\u0627\u062A" }) {
            addPhrase(base + suffix, "NORP", canonical);
            addPhrase(ARTICLE + base + suffix, "NORP", canonical);
        }
    }

    /** The nationality adjective of a single-word country name (سوريا → سوري, العراق → عراقي). */
    static String nationalityOf(String countryNorm)
    {
        if (countryNorm.indexOf(' ') >= 0) {
            return null;
        }
        String base = countryNorm.startsWith(ARTICLE) ? countryNorm.substring(2) : countryNorm;
        if (base.length() < 3 || base.endsWith("\u064A") || base.endsWith("\u0648")) {
            return null;
        }
        if (base.endsWith("\u064A\u0627") || base.endsWith("\u064A\u0647")) {
            return base.substring(0, base.length() - 1);
        }
        if (base.endsWith("\u0627") || base.endsWith("\u0647")) {
            return base.substring(0, base.length() - 1) + "\u064A";
        }
        return base + "\u064A";
    }

    private void addCldr(KnownWords knownWords)
    {
        ULocale arabic = new ULocale("ar");
        for (String region : ULocale.getISOCountries()) {
            String name = cleanCldrName(new ULocale("und", region).getDisplayCountry(arabic));
            if (name == null) {
                continue;
            }
            String norm = EntityKeys.normalize(name);
            if (ambiguousPlaces.contains(norm)) {
                continue;
            }
            addPhrase(norm, "GPE", name);
            addArticleLessVariant(norm, name, knownWords);
            String adjective = nationalityOf(norm);
            if (adjective != null && !phrases.containsKey(adjective)) {
                addNationality(adjective);
            }
        }
        TimeZoneNames zoneNames = TimeZoneNames.getInstance(arabic);
        for (String zone : TimeZone.getAvailableIDs()) {
            String city = cleanCldrName(zoneNames.getExemplarLocationName(zone));
            if (city != null && !ambiguousPlaces.contains(EntityKeys.normalize(city))) {
                addPhrase(EntityKeys.normalize(city), "GPE", city);
            }
        }
        for (String locale : new String[] { "ar", "ar_IQ", "ar_DZ", "ar_TN", "ar_MA" }) {
            DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(locale));
            String[] names = symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
            for (int m = 0; m < 12; m++) {
                months.putIfAbsent(EntityKeys.normalize(names[m]), m + 1);
            }
        }
        String[] days = new DateFormatSymbols(arabic).getWeekdays();
        for (int d = 1; d < days.length; d++) {
            if (!days[d].isEmpty()) {
                // ICU: 1 = Sunday ... 7 = Saturday; ISO: 1 = Monday ... 7 = Sunday
                weekdays.put(EntityKeys.normalize(days[d]), d == 1 ? 7 : d - 1);
            }
        }
        // common spellings that CLDR does not list
        putMonthVariant("\u064A\u0648\u0646\u064A\u0647", 6); // يونيه
        putMonthVariant("\u064A\u0648\u0644\u064A\u0647", 7); // يوليه
        putMonthVariant("\u0627\u063A\u0633\u0637\u0633", 8); // أغسطس without hamza (same key)
    }

    private void putMonthVariant(String name, int month)
    {
        months.putIfAbsent(EntityKeys.normalize(name), month);
    }

    /** Drops CLDR qualifiers ("(بورما)", "- كينشاسا") and names not written in Arabic letters. */
    static String cleanCldrName(String name)
    {
        if (name == null) {
            return null;
        }
        String result = name;
        int paren = result.indexOf('(');
        if (paren > 0) {
            result = result.substring(0, paren);
        }
        int dash = result.indexOf(" - ");
        if (dash > 0) {
            result = result.substring(0, dash);
        }
        result = result.strip();
        if (result.isEmpty()) {
            return null;
        }
        for (int i = 0; i < result.length(); i++) {
            char c = result.charAt(i);
            if (c != ' ' && !(c >= '\u0600' && c <= '\u06FF')) {
                return null;
            }
        }
        return result;
    }

    private static String firstWord(String norm)
    {
        int space = norm.indexOf(' ');
        return space < 0 ? norm : norm.substring(0, space);
    }

    private static int wordCount(String norm)
    {
        int count = 1;
        for (int i = 0; i < norm.length(); i++) {
            if (norm.charAt(i) == ' ') {
                count++;
            }
        }
        return count;
    }

    public Phrase phrase(String norm)
    {
        return phrases.get(norm);
    }

    /** Whether some gazetteer phrase or title starts with this word. */
    public boolean startsPhrase(String norm)
    {
        return firstWords.contains(norm);
    }

    public boolean isTitle(String norm)
    {
        return titles.contains(norm);
    }

    public boolean isOrgHead(String norm)
    {
        return orgHeads.contains(norm);
    }

    public boolean isDefiniteOrgHead(String norm)
    {
        return orgHeadsDefinite.contains(norm);
    }

    public boolean isPlaceHead(String norm)
    {
        return placeHeads.contains(norm);
    }

    /** Whether the word begins official state names and is part of them (جمهورية, مملكة). */
    public boolean isStateHead(String norm)
    {
        return stateHeads.contains(norm);
    }

    public boolean isFirstName(String norm)
    {
        return firstNames.containsKey(norm);
    }

    public boolean isAmbiguousFirstName(String norm)
    {
        return Boolean.TRUE.equals(firstNames.get(norm));
    }

    public boolean isParticle(String norm)
    {
        return particles.contains(norm);
    }

    /** A function word or frequent verb, by its written form or (failing that) its matching form. */
    public boolean isNonName(String raw, String norm)
    {
        return nonNamesRaw.contains(raw) || (nonNames.contains(norm) && !firstNames.containsKey(norm));
    }

    public boolean isSpeechVerb(String norm)
    {
        return speechVerbs.contains(norm);
    }

    public boolean isPlacePreposition(String norm)
    {
        return placePrepositions.contains(norm);
    }

    public boolean isAmbiguousPlace(String norm)
    {
        return ambiguousPlaces.contains(norm);
    }

    /** The canonical name that {@code ner-aliases.txt} gives this name, or null. */
    public String alias(String norm)
    {
        return aliases.get(norm);
    }

    /** Month number (1-12) of a month name (one or two words), or 0. */
    public int month(String norm)
    {
        return months.getOrDefault(norm, 0);
    }

    /** ISO day of week (1 = Monday) of a weekday name with or without ال, or 0. */
    public int weekday(String norm)
    {
        Integer day = weekdays.get(norm);
        if (day == null && !norm.startsWith(ARTICLE)) {
            day = weekdays.get(ARTICLE + norm);
        }
        return day == null ? 0 : day;
    }

    public int maxPhraseWords()
    {
        return maxPhraseWords;
    }

    /** Number of gazetteer phrases (for logging and tests). */
    public int phraseCount()
    {
        return phrases.size();
    }

    /** The normalised gazetteer phrases of one type (for tests). */
    public Set<String> phrasesOfType(String type)
    {
        Set<String> result = new HashSet<>();
        phrases.forEach((k, v) -> {
            if (v.type().equals(type)) {
                result.add(k);
            }
        });
        return Collections.unmodifiableSet(result);
    }
}
