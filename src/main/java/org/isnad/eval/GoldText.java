package org.isnad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The running text of gold sentences, with the character span of every gold token: tokens joined
 * by spaces, sentences by line breaks. With clitic gluing (pre-segmented corpora such as
 * NewsFANE), a proclitic token و ف ب ل ك س is written together with the next Arabic word and a
 * pronoun-suffix token ه ها هم هما هن كم نا ني ي with the previous one, so the text looks like
 * news and Isnad's segmenter splits it its own way; ل before a word with the article is written
 * لل (ل + الامم → للامم, the gold token الامم then starts at the second ل).
 */
public final class GoldText
{
    private static final Set<String> PROCLITICS = Set.of("\u0648", "\u0641", "\u0628", "\u0644",
            "\u0643", "\u0633");
    private static final Set<String> SUFFIXES = Set.of("\u0647", "\u0647\u0627", "\u0647\u0645",
            "\u0647\u0645\u0627", "\u0647\u0646", "\u0643\u0645", "\u0646\u0627", "\u0646\u064A",
            "\u064A");
    private static final String ARTICLE = "\u0627\u0644";

    private final String text;
    /** Per sentence, per token: {begin, end} in {@link #text}. */
    private final List<int[][]> spans;
    private final int from;

    private GoldText(String text, List<int[][]> spans, int from)
    {
        this.text = text;
        this.spans = spans;
        this.from = from;
    }

    /** The text of sentences {@code from} (inclusive) to {@code to} (exclusive). */
    public static GoldText of(List<BioCorpus.Sentence> corpus, int from, int to, boolean glueClitics)
    {
        StringBuilder sb = new StringBuilder();
        List<int[][]> spans = new ArrayList<>(to - from);
        for (int s = from; s < to; s++) {
            List<String> tokens = corpus.get(s).tokens();
            int[][] offsets = new int[tokens.size()][];
            for (int t = 0; t < tokens.size(); t++) {
                String token = tokens.get(t);
                boolean glued = glueClitics && t > 0
                        && (gluesToNext(tokens.get(t - 1), token)
                                || gluesToPrevious(tokens.get(t - 1), token));
                if (t > 0 && !glued) {
                    sb.append(' ');
                }
                int begin = sb.length();
                if (glued && tokens.get(t - 1).equals("\u0644") && token.startsWith(ARTICLE)
                        && token.length() > 2) {
                    sb.append(token, 1, token.length()); // ل + الامم → للامم
                }
                else {
                    sb.append(token);
                }
                offsets[t] = new int[] { begin, sb.length() };
            }
            sb.append('\n');
            spans.add(offsets);
        }
        return new GoldText(sb.toString(), spans, from);
    }

    private static boolean gluesToNext(String token, String next)
    {
        return PROCLITICS.contains(token) && isArabicWord(next);
    }

    private static boolean gluesToPrevious(String previous, String token)
    {
        return SUFFIXES.contains(token) && previous.length() >= 2 && isArabicWord(previous);
    }

    private static boolean isArabicWord(String token)
    {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= '\u0621' && c <= '\u064A')) {
                return false;
            }
        }
        return true;
    }

    public String text()
    {
        return text;
    }

    /** Begin offset of token {@code token} of corpus sentence {@code sentence}. */
    public int begin(int sentence, int token)
    {
        return spans.get(sentence - from)[token][0];
    }

    /** End offset of token {@code token} of corpus sentence {@code sentence}. */
    public int end(int sentence, int token)
    {
        return spans.get(sentence - from)[token][1];
    }

    /** Number of tokens of corpus sentence {@code sentence}. */
    public int size(int sentence)
    {
        return spans.get(sentence - from).length;
    }
}
