package org.isnad.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * The fallback matcher for reporting verbs when a word has no Lemma annotation: a small, general
 * affix stripper for Arabic verbs and participles, not a list of surface forms.
 *
 * <p>A word (already normalised by {@link QuoteText#normalize}) yields candidate <em>stems</em>:
 * <ol>
 * <li>an optional glued conjunction و or ف, and the future prefix س before an imperfect prefix,
 * are removed;</li>
 * <li>past: the subject suffixes تما تم تن نا ت (consonant-initial) or وا ا (vowel-initial);
 * ت and تا mark a feminine subject;</li>
 * <li>imperfect: a prefix ي ت ن ا with the suffixes ون ان ين وا ن or none; ت marks a feminine
 * subject;</li>
 * <li>participle: the prefix م of the derived forms (مضيفا, مؤكدة) or the form-I pattern فاعل
 * (لافتا, قائلا), with the endings ا ه ين ون ات ان or none; ه (teh marbuta) and ات mark a
 * feminine;</li>
 * <li>hamza seats (ؤ ئ ء) become alef, and a leading alef (the form IV/VIII prefix, the
 * first-person prefix) may be dropped.</li>
 * </ol>
 * A lemma yields <em>keys</em> the same way: itself, without its leading alef; a hollow lemma
 * (قال, أضاف) also its imperfect stems with و/ي (قول, ضيف) and its short stem (قل, ضف, matched only
 * after a consonant-initial past suffix: قلت, أضفنا); a defective lemma (نفى, دعا) its stems
 * without or with the other weak letter; رأى-type lemmas (middle hamza) the imperfect stem
 * without hamza (يرى); a lemma of three letters the form-I participle pattern فاعل (لافت, قائل),
 * which only participle stems match. A word matches a lemma when one
 * of its stems equals one of the lemma's keys. Words with the article ال are never verbs.
 */
public final class QuoteVerbForms
{
    /** How a stem was obtained, which decides which lemma keys it may match. */
    public enum Origin
    {
        BARE, PAST_CONSONANT_SUFFIX, PAST_VOWEL_SUFFIX, IMPERFECT, DERIVED_PARTICIPLE,
        PATTERN_PARTICIPLE
    }

    /** A candidate stem of a word. */
    public record Stem(String key, Origin origin, boolean feminine, boolean alefDropped)
    {
    }

    /** A key of a lemma; short keys and participle keys only match some stems. */
    public record LemmaKey(String key, boolean shortStem, boolean participlePattern,
            boolean core)
    {
    }

    private static final String[] PAST_CONSONANT_SUFFIXES = { "تما", "تم", "تن", "نا", "ت" };
    private static final String[] PAST_VOWEL_SUFFIXES = { "وا", "ا" };
    private static final String IMPERFECT_PREFIXES = "يتنا";
    private static final String[] IMPERFECT_SUFFIXES = { "ون", "ان", "ين", "وا", "ن", "" };
    private static final String[] PARTICIPLE_SUFFIXES = { "تين", "تان", "ين", "ون", "ات", "ان", "ا",
            "ه", "" };

    private QuoteVerbForms()
    {
        // static methods only
    }

    /** Candidate stems of a normalised word; empty for words with the article or too short. */
    public static List<Stem> stems(String word)
    {
        List<Stem> stems = new ArrayList<>();
        if (word.length() < 2 || QuoteText.hasArticle(word)) {
            return stems;
        }
        List<String> bases = new ArrayList<>(2);
        bases.add(word);
        if (word.length() >= 4 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف')) {
            bases.add(word.substring(1));
        }
        for (String base : bases) {
            addStem(stems, base, Origin.BARE, false);
            for (String suffix : PAST_CONSONANT_SUFFIXES) {
                if (base.endsWith(suffix) && base.length() - suffix.length() >= 2) {
                    addStem(stems, base.substring(0, base.length() - suffix.length()),
                            Origin.PAST_CONSONANT_SUFFIX, suffix.equals("ت"));
                }
            }
            for (String suffix : PAST_VOWEL_SUFFIXES) {
                if (base.endsWith(suffix) && base.length() - suffix.length() >= 2) {
                    addStem(stems, base.substring(0, base.length() - suffix.length()),
                            Origin.PAST_VOWEL_SUFFIX, false);
                }
            }
            String imperfect = base;
            if (imperfect.length() >= 4 && imperfect.charAt(0) == 'س'
                    && IMPERFECT_PREFIXES.indexOf(imperfect.charAt(1)) >= 0) {
                imperfect = imperfect.substring(1);
            }
            if (imperfect.length() >= 3 && IMPERFECT_PREFIXES.indexOf(imperfect.charAt(0)) >= 0) {
                boolean feminine = imperfect.charAt(0) == 'ت';
                for (String suffix : IMPERFECT_SUFFIXES) {
                    if (imperfect.endsWith(suffix)
                            && imperfect.length() - suffix.length() - 1 >= 2) {
                        addStem(stems, imperfect.substring(1, imperfect.length() - suffix.length()),
                                Origin.IMPERFECT, feminine && suffix.isEmpty());
                    }
                }
            }
            for (String suffix : PARTICIPLE_SUFFIXES) {
                if (!base.endsWith(suffix)) {
                    continue;
                }
                boolean feminine = suffix.equals("ه") || suffix.equals("ات") || suffix.startsWith("ت");
                String rest = base.substring(0, base.length() - suffix.length());
                if (rest.length() >= 3 && rest.charAt(0) == 'م') {
                    addStem(stems, rest.substring(1), Origin.DERIVED_PARTICIPLE, feminine);
                }
                if (rest.length() >= 4 && rest.charAt(1) == 'ا') {
                    addStem(stems, rest, Origin.PATTERN_PARTICIPLE, feminine);
                }
            }
        }
        return stems;
    }

    private static void addStem(List<Stem> stems, String stem, Origin origin, boolean feminine)
    {
        String key = hamzaKey(stem);
        if (key.length() < 2) {
            return;
        }
        stems.add(new Stem(key, origin, feminine, false));
        if (key.length() >= 3 && key.charAt(0) == 'ا') {
            stems.add(new Stem(key.substring(1), origin, feminine, true));
        }
    }

    /** Keys of a normalised lemma (see the class description). */
    public static List<LemmaKey> lemmaKeys(String lemma)
    {
        List<LemmaKey> keys = new ArrayList<>();
        String key = hamzaKey(lemma);
        List<String> cores = new ArrayList<>(2);
        cores.add(key);
        if (key.length() >= 3 && key.charAt(0) == 'ا') {
            cores.add(key.substring(1));
        }
        for (String core : cores) {
            boolean formOne = core == cores.get(0);
            boolean c = !formOne;
            keys.add(new LemmaKey(core, false, false, c));
            if (core.length() != 3) {
                continue;
            }
            char c1 = core.charAt(0);
            char c2 = core.charAt(1);
            char c3 = core.charAt(2);
            if (c2 == 'ا') {
                // hollow: قال → قول قيل, قل (short), قائل
                keys.add(new LemmaKey("" + c1 + 'و' + c3, false, false, c));
                keys.add(new LemmaKey("" + c1 + 'ي' + c3, false, false, c));
                keys.add(new LemmaKey("" + c1 + c3, true, false, c));
                if (formOne) {
                    keys.add(new LemmaKey("" + c1 + "اا" + c3, false, true, c));
                }
            }
            if (c3 == 'ي' || c3 == 'ا') {
                // defective: نفى → نف (short), نفي, دعا → دعو
                keys.add(new LemmaKey("" + c1 + c2, true, false, c));
                keys.add(new LemmaKey("" + c1 + c2 + 'و', false, false, c));
                keys.add(new LemmaKey("" + c1 + c2 + 'ي', false, false, c));
                if (c2 == 'ا') {
                    // رأى → يرى
                    keys.add(new LemmaKey("" + c1 + 'ي', false, false, c));
                }
            }
            if (formOne && isSound(c1) && isSound(c2) && isSound(c3)) {
                keys.add(new LemmaKey("" + c1 + 'ا' + c2 + c3, false, true, c));
            }
        }
        return keys;
    }

    /** Whether a stem may match a key. */
    public static boolean compatible(Stem stem, LemmaKey key)
    {
        if (!stem.key().equals(key.key())) {
            return false;
        }
        if (key.participlePattern() != (stem.origin() == Origin.PATTERN_PARTICIPLE)) {
            return false;
        }
        if (key.shortStem()) {
            return stem.origin() == Origin.PAST_CONSONANT_SUFFIX && stem.alefDropped() == key.core();
        }
        if (stem.origin() == Origin.IMPERFECT && key.key().length() == 3
                && key.key().charAt(1) == 'ا') {
            return false; // a hollow past (قال) has و/ي in its imperfect (يقول), not ا (أقال)
        }
        if (key.core()) {
            // the lemma without its form IV/VIII alef: only imperfects and م-participles drop it
            return stem.origin() == Origin.IMPERFECT
                    || stem.origin() == Origin.DERIVED_PARTICIPLE;
        }
        // a word with an extra alef (أقال) is not a form of the lemma (قال), except where
        // the alef is a hamza seat (يؤكد, مؤكد)
        return !stem.alefDropped() || stem.origin() == Origin.IMPERFECT
                || stem.origin() == Origin.DERIVED_PARTICIPLE;
    }

    private static boolean isSound(char c)
    {
        return c != 'ا' && c != 'و' && c != 'ي';
    }

    /** Hamza seats (ؤ ئ ء) become alef, so that يؤكد, أكد and مؤكد share their stem. */
    static String hamzaKey(String s)
    {
        if (s.indexOf('ؤ') < 0 && s.indexOf('ئ') < 0 && s.indexOf('ء') < 0) {
            return s;
        }
        return s.replace('ؤ', 'ا').replace('ئ', 'ا').replace('ء', 'ا');
    }
}
