package org.isnad.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.isnad.morph.ArabicNormalizer;

/**
 * The fallback lemma matcher: a small, general affix stripper over folded words (see
 * {@link ArabicNormalizer}) that proposes candidate stems for a lexicon lookup when a token carries
 * no {@code Lemma}. It knows affix classes, never surface forms of particular words. A candidate
 * only matters if the lexicon contains it, so over-generation is cheap.
 *
 * <p>Rules, each applied on top of the previous ones:
 * <ol>
 * <li><b>Proclitics</b>: an optional conjunction (و ف), then an optional preposition or future
 * particle (ب ل ك س), then an optional article (ال; ل + ال is written لل). What is removed is
 * reported as the {@link Analysis#proclitics()} so that callers see a glued س (future) or ل
 * (purpose).</li>
 * <li><b>Pronoun suffixes</b>: ه ها هم هما هن كم كما كن نا (not ي, which mostly ends nisba
 * adjectives such as تنسيقي). A teh left before a removed suffix is the teh marbuta of a noun
 * (زيارته → زيارة); a yeh with hamza before it is the hamza of the word (لقائه → لقاء).</li>
 * <li><b>Inflection suffixes</b>: plural and dual endings (ون ين ان ات وا تا تم تن), the teh of
 * perfect verbs (ت), the tanwin alef (اجتماعا), and ات of feminine plurals, whose singular ends in
 * teh marbuta (مظاهرات → مظاهرة). The feminine plural ن is not removed (الاثنين is no verb).</li>
 * <li><b>Imperfect prefix</b> (ي ت ن) of stems of four letters or more: both the bare stem and
 * the stem with alef are proposed (يلتقي → التقي, ينسحب → انسحب, يتظاهر → تظاهر), and the
 * stem with alef and a final yeh for the jussive of defective verbs (لم يلتق → التقي).</li>
 * <li><b>Circumstantial participles</b>, see {@link #withParticiple}.</li>
 * <li><b>Weak roots</b>, after an imperfect prefix only: a three-letter stem with medial و or ي proposes the medial alef (يزور →
 * زار); a stem ending in و proposes a final alef (يدعو → دعا); an initial و with hamza is
 * alef (يؤيد → ايد). Any two-letter stem proposes a final alef (دعت → دعا).</li>
 * </ol>
 */
public final class AffixStripper
{
    private static final String[] CONJUNCTIONS = { "و", "ف" };
    private static final String[] PARTICLES = { "ب", "ل", "ك", "س" };
    private static final String ARTICLE = "ال";
    private static final String[] PRONOUN_SUFFIXES = { "هما", "كما", "هم", "هن", "ها", "كم", "كن",
            "نا", "ه" };
    private static final String[] INFLECTION_SUFFIXES = { "ون", "ين", "ان", "ات", "وا", "تا", "تم",
            "تن", "ت", "ا" };
    private static final String IMPERFECT_PREFIXES = "يتن";
    private static final int MIN_STEM = 2;

    /** A word split into its removed proclitics and the candidate stems, best first. */
    public record Analysis(String proclitics, List<String> stems)
    {
    }

    private AffixStripper()
    {
        // static utility
    }

    /**
     * Analyses a folded word: the longest plausible proclitic split first, with the whole word
     * also kept as a candidate.
     */
    public static List<Analysis> analyse(String folded)
    {
        List<Analysis> result = new ArrayList<>(4);
        for (String proclitics : procliticSplits(folded)) {
            String base = folded.substring(proclitics.length());
            if (base.length() < MIN_STEM) {
                continue;
            }
            List<String> stems = stems(base);
            if (!proclitics.endsWith("ال") && !proclitics.endsWith("لل")) {
                stems = withParticiple(base, stems);
            }
            result.add(new Analysis(proclitics, stems));
        }
        return result;
    }

    /** All candidate stems of a folded word regardless of proclitics. */
    public static Set<String> candidates(String folded)
    {
        Set<String> all = new LinkedHashSet<>();
        for (Analysis analysis : analyse(folded)) {
            all.addAll(analysis.stems());
        }
        return all;
    }

    /** Possible proclitic prefixes of the word, the empty prefix first. */
    static List<String> procliticSplits(String w)
    {
        List<String> splits = new ArrayList<>(6);
        splits.add("");
        for (String conj : withEmpty(CONJUNCTIONS)) {
            if (!w.startsWith(conj)) {
                continue;
            }
            for (String particle : withEmpty(PARTICLES)) {
                String p = conj + particle;
                if (!w.startsWith(p)) {
                    continue;
                }
                addSplit(splits, w, p);
                if (w.startsWith(p + ARTICLE)) {
                    addSplit(splits, w, p + ARTICLE);
                }
                else if (particle.equals("ل") && w.startsWith(p + "ل")) {
                    // ل + ال is written لل
                    addSplit(splits, w, p + "ل");
                }
            }
        }
        return splits;
    }

    private static void addSplit(List<String> splits, String w, String prefix)
    {
        if (!prefix.isEmpty() && !splits.contains(prefix) && w.length() - prefix.length() >= MIN_STEM) {
            splits.add(prefix);
        }
    }

    private static String[] withEmpty(String[] values)
    {
        String[] all = new String[values.length + 1];
        all[0] = "";
        System.arraycopy(values, 0, all, 1, values.length);
        return all;
    }

    /**
     * Circumstantial participles (indefinite, accusative: مطالبين, مرددين, رافعين, مطالبا) also
     * propose their verb: مُفاعِل / مُفعِّل → فاعل / فعّل, فاعِل → فعل. Participles of forms
     * beginning with ت after م (متظاهرين: the protesters themselves) are left alone.
     */
    static List<String> withParticiple(String base, List<String> stems)
    {
        String s;
        if (base.endsWith("ين") && base.length() >= 6) {
            s = base.substring(0, base.length() - 2);
        }
        else if (base.endsWith("ا") && base.length() >= 5) {
            s = base.substring(0, base.length() - 1);
        }
        else {
            return stems;
        }
        List<String> more = new ArrayList<>(stems);
        if (s.charAt(0) == 'م' && s.length() >= 4 && s.charAt(1) != 'ت') {
            more.add(s.substring(1));
        }
        else if (s.length() == 4 && s.charAt(1) == ArabicNormalizer.ALEF) {
            more.add("" + s.charAt(0) + s.charAt(2) + s.charAt(3));
        }
        return more;
    }

    static List<String> stems(String base)
    {
        Set<String> out = new LinkedHashSet<>();
        out.add(base);
        List<String> unsuffixed = new ArrayList<>(4);
        unsuffixed.add(base);
        for (String suffix : PRONOUN_SUFFIXES) {
            if (base.endsWith(suffix) && base.length() - suffix.length() >= MIN_STEM) {
                String s = base.substring(0, base.length() - suffix.length());
                unsuffixed.add(s);
                if (s.endsWith("ت")) {
                    unsuffixed.add(s.substring(0, s.length() - 1) + ArabicNormalizer.HEH);
                }
                if (s.endsWith("ئ") || s.endsWith("ؤ")) {
                    unsuffixed.add(s.substring(0, s.length() - 1) + "ء");
                }
                break;
            }
        }
        for (String s : unsuffixed) {
            out.add(s);
            for (String suffix : INFLECTION_SUFFIXES) {
                if (s.endsWith(suffix) && s.length() - suffix.length() >= MIN_STEM) {
                    String t = s.substring(0, s.length() - suffix.length());
                    out.add(t);
                    if (suffix.equals("ات")) {
                        out.add(t + ArabicNormalizer.HEH);
                    }
                }
            }
        }
        Set<String> withVerbs = new LinkedHashSet<>(out);
        for (String s : out) {
            if (s.length() >= 4 && IMPERFECT_PREFIXES.indexOf(s.charAt(0)) >= 0) {
                String r = s.substring(1);
                withVerbs.add(r);
                withVerbs.add(ArabicNormalizer.ALEF + r);
                // jussive of a defective verb drops its final yeh: لم يلتق → التقي
                withVerbs.add(ArabicNormalizer.ALEF + r + ArabicNormalizer.YEH);
                weak(r, withVerbs);
            }
            if (s.length() == 2) {
                withVerbs.add(s + ArabicNormalizer.ALEF);
            }
        }
        return new ArrayList<>(withVerbs);
    }

    private static void weak(String r, Set<String> into)
    {
        if (r.length() == 3 && (r.charAt(1) == 'و' || r.charAt(1) == 'ي')) {
            into.add("" + r.charAt(0) + ArabicNormalizer.ALEF + r.charAt(2));
        }
        if (r.length() >= 3 && r.endsWith("و")) {
            into.add(r.substring(0, r.length() - 1) + ArabicNormalizer.ALEF);
        }
        if (r.length() == 2) {
            into.add(r + ArabicNormalizer.ALEF);
        }
        if (r.startsWith("ؤ")) {
            into.add(ArabicNormalizer.ALEF + r.substring(1));
        }
    }
}
