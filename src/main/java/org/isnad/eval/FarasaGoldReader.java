package org.isnad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.isnad.eval.SegmentationGold.Span;
import org.isnad.segment.ArabicCharacters;

/**
 * Reads Farasa's segmentation gold ({@code WikiNews.pos.ref}: a header line, then one word a
 * line as {@code morph+morph<TAB>POS+POS}) and maps its segmentation to UD syntactic words.
 *
 * <p>Farasa segments finer than UD; only these boundaries count: after a proclitic (CONJ, PREP
 * or FUT_PART whose form is و ف ب ل ك س and which precedes only proclitics), and before a
 * pronoun suffix (PRON ه ها هم هما هن ك كم كما كن ي ني نا after the stem; not the subject نا
 * of a past verb). The article ال, ة and other nominal suffixes, and the lexicalised كما and
 * كذلك stay inside their word. Farasa writes underlying forms; the surface is rebuilt: ل + ال +
 * X → للX (لX when X begins with ل), من/عن + ما/من → مم/عم, أن + لا → ألا, a verb in ن + نا → ـنا.
 *
 * <p>The raw text joins the words with spaces; with the diacritised running text
 * ({@code WikiNewsTruth.txt}) its line ends become line breaks (aligned greedily by the
 * undiacritised word sequence).
 */
public final class FarasaGoldReader
{
    private static final Set<String> PROCLITIC_TAGS = Set.of("CONJ", "PREP", "FUT_PART");
    private static final Set<String> PROCLITIC_FORMS = Set.of("و", "ف", "ب", "ل", "ك", "س");
    private static final Set<String> PRONOUNS = Set.of("ه", "ها", "هم", "هما", "هن", "ك", "كم",
            "كما", "كن", "ي", "ني", "نا");

    private FarasaGoldReader()
    {
        // static methods only
    }

    /** One gold word: its surface and the offsets of the counted boundaries inside it. */
    record Word(String surface, List<Integer> cuts) {}

    public static SegmentationGold read(Path goldFile, Path truthFile)
        throws IOException
    {
        List<String> lines = Files.readAllLines(goldFile, StandardCharsets.UTF_8);
        List<Word> words = new ArrayList<>();
        for (int k = 1; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 2) {
                throw new IOException(goldFile + ":" + (k + 1) + ": expected 'morphs<TAB>tags'");
            }
            words.add(mapWord(fields[0], fields[1]));
        }
        Set<Integer> breaks = truthFile == null ? Set.of() : lineBreaks(words, truthFile);
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            int offset = text.length();
            int prev = 0;
            for (int cut : w.cuts()) {
                spans.add(new Span(offset + prev, offset + cut));
                prev = cut;
            }
            spans.add(new Span(offset + prev, offset + w.surface().length()));
            text.append(w.surface());
            text.append(breaks.contains(i) || i == words.size() - 1 ? '\n' : ' ');
        }
        return new SegmentationGold(text.toString(), spans, null);
    }

    static Word mapWord(String field, String tagField)
    {
        if (field.equals("+")) {
            return new Word("+", List.of());
        }
        List<String> morphs = new ArrayList<>();
        for (String m : field.split("\\+")) {
            if (!m.isEmpty()) {
                morphs.add(m);
            }
        }
        List<String> tags = new ArrayList<>(List.of(tagField.split("\\+")));
        int n = morphs.size();
        if (tags.size() != n) {
            tags = inferTags(morphs);
        }
        boolean[] after = new boolean[n];
        boolean stemSeen = false;
        for (int i = 0; i < n; i++) {
            if (isProclitic(morphs, tags, i)) {
                boolean lexicalised = i + 2 == n && morphs.get(i).equals("ك")
                        && (morphs.get(i + 1).equals("ما") || morphs.get(i + 1).equals("ذلك"));
                if (!lexicalised) {
                    after[i] = true;
                }
                continue;
            }
            if (tags.get(i).equals("DET")) {
                continue;
            }
            if (!stemSeen) {
                stemSeen = true;
                continue;
            }
            if (tags.get(i).equals("PRON") && PRONOUNS.contains(morphs.get(i))
                    && !isSubjectNa(morphs, tags, i)) {
                after[i - 1] = true;
            }
        }
        String[] pieces = morphs.toArray(new String[0]);
        for (int i = 0; i + 1 < n; i++) {
            String m = morphs.get(i);
            String next = morphs.get(i + 1);
            if (pieces[i].equals("ل") && next.equals("ال") && tags.get(i + 1).equals("DET")
                    && i + 2 < n) {
                pieces[i + 1] = morphs.get(i + 2).startsWith("ل") ? "" : "ل";
            }
            else if ((m.equals("من") || m.equals("عن")) && (next.equals("ما") || next.equals("من"))) {
                pieces[i] = m.substring(0, 1);
            }
            else if (m.equals("أن") && next.equals("لا")) {
                pieces[i] = "أ";
            }
            else if (tags.get(i).equals("V") && m.endsWith("ن") && isSubjectNa(morphs, tags, i + 1)) {
                pieces[i] = m.substring(0, m.length() - 1);
            }
        }
        StringBuilder surface = new StringBuilder();
        TreeSet<Integer> cuts = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            surface.append(pieces[i]);
            if (after[i] && surface.length() > 0) {
                cuts.add(surface.length());
            }
        }
        int len = surface.length();
        cuts.removeIf(c -> c <= 0 || c >= len);
        return new Word(surface.toString(), new ArrayList<>(cuts));
    }

    private static boolean isProclitic(List<String> morphs, List<String> tags, int i)
    {
        if (i >= morphs.size() - 1) {
            return false;
        }
        for (int j = 0; j <= i; j++) {
            if (!PROCLITIC_TAGS.contains(tags.get(j)) || !PROCLITIC_FORMS.contains(morphs.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** نا after a past verb is its subject, not an object pronoun (قررنا, but يمكننا). */
    private static boolean isSubjectNa(List<String> morphs, List<String> tags, int i)
    {
        if (i <= 0 || i >= morphs.size() || !morphs.get(i).equals("نا") || !tags.get(i - 1).equals("V")) {
            return false;
        }
        String verb = morphs.get(i - 1);
        return !(verb.startsWith("ي") || verb.startsWith("ت"));
    }

    private static List<String> inferTags(List<String> morphs)
    {
        List<String> tags = new ArrayList<>();
        int i = 0;
        int n = morphs.size();
        while (i < n - 1 && PROCLITIC_FORMS.contains(morphs.get(i))) {
            String m = morphs.get(i);
            tags.add(m.equals("و") || m.equals("ف") ? "CONJ" : m.equals("س") ? "FUT_PART" : "PREP");
            i++;
        }
        if (i < n - 1 && morphs.get(i).equals("ال")) {
            tags.add("DET");
            i++;
        }
        tags.add("STEM");
        i++;
        while (i < n) {
            tags.add(PRONOUNS.contains(morphs.get(i)) ? "PRON" : "NSUFF");
            i++;
        }
        return tags;
    }

    /**
     * Indices of the gold words after which a truth line ends: both word sequences are compared
     * without diacritics, resynchronising greedily within a small window where they differ.
     */
    private static Set<Integer> lineBreaks(List<Word> words, Path truthFile)
        throws IOException
    {
        List<String> truth = new ArrayList<>();
        List<Integer> lineEnds = new ArrayList<>();
        for (String line : Files.readAllLines(truthFile, StandardCharsets.UTF_8)) {
            List<String> toks = truthTokens(line);
            if (toks.isEmpty()) {
                continue;
            }
            truth.addAll(toks);
            lineEnds.add(truth.size());
        }
        List<String> gold = new ArrayList<>();
        List<Integer> goldWordOf = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (String t : truthTokens(words.get(i).surface())) {
                gold.add(t);
                goldWordOf.add(i);
            }
        }
        // map truth token index -> gold token index by greedy alignment
        int[] map = new int[truth.size() + 1];
        int g = 0;
        for (int t = 0; t < truth.size(); t++) {
            if (g < gold.size() && gold.get(g).equals(truth.get(t))) {
                map[t] = g++;
                continue;
            }
            int found = -1;
            for (int d = 1; d <= 8 && found < 0; d++) {
                if (g + d < gold.size() && gold.get(g + d).equals(truth.get(t))) {
                    found = g + d;
                }
            }
            if (found >= 0) {
                g = found;
                map[t] = g++;
            }
            else {
                map[t] = Math.min(g, gold.size() - 1);
            }
        }
        Set<Integer> breaks = new HashSet<>();
        for (int k = 0; k + 1 < lineEnds.size(); k++) {
            int lastTruth = lineEnds.get(k) - 1;
            int gi = map[lastTruth];
            if (gi >= 0 && gi < goldWordOf.size()) {
                breaks.add(goldWordOf.get(gi));
            }
        }
        return breaks;
    }

    /** Letter/digit runs and single other characters of a line, without diacritics. */
    static List<String> truthTokens(String line)
    {
        List<String> tokens = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                run.append(c);
                continue;
            }
            if (run.length() > 0) {
                tokens.add(run.toString());
                run.setLength(0);
            }
            if (!ArabicCharacters.isSpaceOrControl(c)) {
                tokens.add(String.valueOf(c));
            }
        }
        if (run.length() > 0) {
            tokens.add(run.toString());
        }
        return tokens;
    }
}
