package org.isnad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.isnad.eval.SegmentationGold.Span;
import org.isnad.morph.ArabicNormalizer;

/**
 * Reads UD CoNLL-U gold: the {@code # text} line of each sentence is its raw text; sentences of
 * one paragraph are joined by a space, paragraphs and documents ({@code # newpar},
 * {@code # newdoc}) by an empty line. Word spans come from the word lines found in order in the
 * sentence text; inside a multiword token (a {@code 1-2} line) the words are aligned with the
 * token's surface by form (CoNLL 2018): a word whose form is a prefix of the rest of the surface
 * takes it; a restored article (ل + الحكومة over لحكومة) takes its form less the alef; the last
 * word takes the rest.
 */
public final class ConllUGoldReader
{
    private ConllUGoldReader()
    {
        // static methods only
    }

    public static SegmentationGold read(Path file)
        throws IOException
    {
        StringBuilder text = new StringBuilder();
        List<Span> words = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        String sentenceText = null;
        boolean newParagraph = false;
        List<String[]> rows = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.startsWith("# newdoc") || line.startsWith("# newpar")) {
                newParagraph = true;
            }
            else if (line.startsWith("# text = ")) {
                sentenceText = line.substring("# text = ".length());
            }
            else if (line.isBlank()) {
                if (sentenceText != null) {
                    if (text.length() > 0) {
                        text.append(newParagraph ? "\n\n" : " ");
                    }
                    int offset = text.length();
                    text.append(sentenceText);
                    alignSentence(sentenceText, offset, rows, words, file, lineNo);
                    sentences.add(new Span(offset, offset + sentenceText.length()));
                }
                sentenceText = null;
                newParagraph = false;
                rows.clear();
            }
            else if (!line.startsWith("#")) {
                String[] cols = line.split("\t", -1);
                if (cols.length < 2) {
                    throw new IOException(file + ":" + lineNo + ": not a CoNLL-U line");
                }
                if (!cols[0].contains(".")) {
                    rows.add(cols);
                }
            }
        }
        if (sentenceText != null) {
            if (text.length() > 0) {
                text.append(newParagraph ? "\n\n" : " ");
            }
            int offset = text.length();
            text.append(sentenceText);
            alignSentence(sentenceText, offset, rows, words, file, lineNo);
            sentences.add(new Span(offset, offset + sentenceText.length()));
        }
        text.append('\n');
        return new SegmentationGold(text.toString(), words, sentences);
    }

    private static void alignSentence(String sentence, int offset, List<String[]> rows,
            List<Span> words, Path file, int lineNo)
        throws IOException
    {
        int at = 0;
        for (int r = 0; r < rows.size(); r++) {
            String[] cols = rows.get(r);
            if (cols[0].contains("-")) {
                String[] range = cols[0].split("-");
                int count = Integer.parseInt(range[1]) - Integer.parseInt(range[0]) + 1;
                int begin = find(sentence, cols[1], at, file, lineNo);
                int end = begin + cols[1].length();
                List<String> forms = new ArrayList<>();
                for (int k = 1; k <= count && r + k < rows.size(); k++) {
                    forms.add(rows.get(r + k)[1]);
                }
                int pos = begin;
                for (int k = 0; k < forms.size(); k++) {
                    int wordEnd = k == forms.size() - 1 ? end
                            : Math.min(end - (forms.size() - 1 - k), pos + lengthInSurface(
                                    sentence, pos, end, forms.get(k)));
                    wordEnd = Math.max(wordEnd, pos + 1);
                    words.add(new Span(offset + pos, offset + wordEnd));
                    pos = wordEnd;
                }
                at = end;
                r += forms.size();
            }
            else {
                int begin = find(sentence, cols[1], at, file, lineNo);
                words.add(new Span(offset + begin, offset + begin + cols[1].length()));
                at = begin + cols[1].length();
            }
        }
    }

    /** How many surface characters a word form takes at {@code pos}. */
    private static int lengthInSurface(String sentence, int pos, int end, String form)
    {
        String rest = ArabicNormalizer.normalize(sentence.substring(pos, end));
        String f = ArabicNormalizer.normalize(form);
        if (rest.startsWith(f)) {
            return form.length();
        }
        if (f.startsWith("ال") && rest.startsWith(f.substring(1))) {
            return form.length() - 1;
        }
        return form.length();
    }

    private static int find(String sentence, String form, int from, Path file, int lineNo)
        throws IOException
    {
        int i = sentence.indexOf(form, from);
        if (i < 0) {
            throw new IOException(file + ":" + lineNo + ": word '" + form
                    + "' not found in the sentence text");
        }
        return i;
    }
}
