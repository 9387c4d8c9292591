package org.isnad.ner;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.apache.uima.fit.util.JCasUtil.selectCovered;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.apache.uima.jcas.JCas;
import org.isnad.segment.ArabicCharacters;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.SurfaceForm;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * One Token as the learned entity model sees it: document offsets, written form (the Token's form,
 * diacritics removed), lemma and UPOS from the segmenter (null when unknown), the proclitics glued
 * before it in the same orthographic word ({@code وب} for و + ب + الكاظمي), whether a pronoun
 * suffix follows it in that word, and whether it is itself a clitic piece. The same conversion
 * runs at training time and in the annotator, so both see the same token stream.
 */
public record ModelToken(int begin, int end, String form, String lemma, String upos,
        String proclitics, boolean suffixed, boolean clitic)
{
    private static final Set<String> PROCLITIC_FORMS = Set.of("\u0648", "\u0641", "\u0628",
            "\u0644", "\u0643", "\u0633");
    private static final Set<String> SUFFIX_FORMS = Set.of("\u0647", "\u0647\u0627", "\u0647\u0645",
            "\u0647\u0645\u0627", "\u0647\u0646", "\u0643", "\u0643\u0645", "\u0646\u0627",
            "\u0646\u064A", "\u064A");

    /** Whether the Arabic lexicon knows the token (it has a lemma). */
    public boolean known()
    {
        return lemma != null;
    }

    /** The sentences of a CAS as model tokens (the whole document when it has no Sentence). */
    public static List<List<ModelToken>> sentences(JCas jcas)
    {
        List<SurfaceForm> surfaces = new ArrayList<>(select(jcas, SurfaceForm.class));
        List<List<ModelToken>> result = new ArrayList<>();
        Collection<Sentence> sentences = select(jcas, Sentence.class);
        if (sentences.isEmpty()) {
            result.add(convert(new ArrayList<>(select(jcas, Token.class)), surfaces));
        }
        else {
            for (Sentence sentence : sentences) {
                result.add(convert(selectCovered(Token.class, sentence), surfaces));
            }
        }
        return result;
    }

    private static List<ModelToken> convert(List<Token> tokens, List<SurfaceForm> surfaces)
    {
        int n = tokens.size();
        String[] forms = new String[n];
        int[] word = new int[n]; // index of the orthographic word (surface) or -1
        int s = 0;
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            String text = token.getText();
            forms[i] = text == null ? "" : ArabicCharacters.stripToForm(text, 0, text.length());
            int begin = token.getBegin();
            if (surfaces.isEmpty()) {
                word[i] = -1;
                continue;
            }
            while (s < surfaces.size() && surfaces.get(s).getEnd() <= begin) {
                s++;
            }
            // a binary search would do; tokens and surfaces are both in text order
            if (s < surfaces.size() && surfaces.get(s).getBegin() <= begin
                    && token.getEnd() <= surfaces.get(s).getEnd()) {
                word[i] = s;
            }
            else {
                word[i] = -1;
            }
        }
        List<ModelToken> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            boolean sameWordBefore = i > 0 && word[i] >= 0 && word[i - 1] == word[i];
            boolean sameWordAfter = i + 1 < n && word[i] >= 0 && word[i + 1] == word[i];
            boolean isProclitic = sameWordAfter && PROCLITIC_FORMS.contains(forms[i]);
            boolean isSuffix = sameWordBefore && !sameWordAfter && SUFFIX_FORMS.contains(forms[i]);
            StringBuilder proclitics = new StringBuilder();
            for (int k = i - 1; !isProclitic && !isSuffix && k >= 0 && word[k] >= 0 && word[k] == word[i]
                    && PROCLITIC_FORMS.contains(forms[k]); k--) {
                proclitics.insert(0, forms[k]);
            }
            boolean suffixed = !isProclitic && !isSuffix && sameWordAfter
                    && SUFFIX_FORMS.contains(forms[i + 1]);
            result.add(new ModelToken(token.getBegin(), token.getEnd(), forms[i],
                    token.getLemmaValue(), token.getPosValue(), proclitics.toString(), suffixed,
                    isProclitic || isSuffix));
        }
        return result;
    }
}
