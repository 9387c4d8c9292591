package org.isnad.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.isnad.morph.ArabicNormalizer;

/**
 * One word of a sentence as the event rules see it: its span in the document, its normalised
 * form, its lemma when the segmenter gave one, and the proclitics written as separate tokens
 * before it (UD segmentation: و + زار) or glued to it (وزار). Built once per word; the lookup keys
 * are computed lazily.
 */
public final class EventWord
{
    private final int begin;
    private final int end;
    private final String surface;
    private final String normalized;
    private final String lemma;
    private final String separateProclitics;
    private String separateSuffix = "";
    private String pos;
    /** Per-lexicon caches: the lexicon they were computed with, cue classes, trigger matches. */
    Object cacheOwner;
    Set<String> cachedClasses;
    Object cachedTriggers;
    private final boolean punctuation;
    private List<AffixStripper.Analysis> analyses;
    private Set<String> keys;

    /**
     * @param surface
     *            the word as written (diacritics kept: they reveal a passive voice)
     * @param form
     *            the syntactic word's form when it differs from the surface (ل + الحكومة over
     *            لحكومة), or null
     * @param lemma
     *            the lemma from the segmenter, or null
     * @param separateProclitics
     *            proclitic tokens before this word that belong to it (e.g. "و" or "وس"), or ""
     */
    public EventWord(int begin, int end, String surface, String form, String lemma,
            String separateProclitics)
    {
        this.begin = begin;
        this.end = end;
        this.surface = surface;
        this.normalized = ArabicNormalizer.normalize(form != null ? form : surface);
        this.lemma = lemma == null || lemma.isBlank() ? null : ArabicNormalizer.normalize(lemma);
        this.separateProclitics = separateProclitics == null ? "" : separateProclitics;
        this.punctuation = !normalized.isEmpty() && !Character.isLetterOrDigit(normalized.charAt(0));
    }

    public int begin()
    {
        return begin;
    }

    public int end()
    {
        return end;
    }

    public String surface()
    {
        return surface;
    }

    public String normalized()
    {
        return normalized;
    }

    public boolean isPunctuation()
    {
        return punctuation;
    }

    /** Punctuation that ends a clause: . ! ? ؟ ; ؛ : and quotation marks do not. */
    public boolean isClauseEnd()
    {
        return punctuation && ".!?؟;؛:".indexOf(normalized.charAt(0)) >= 0;
    }

    public boolean isComma()
    {
        return punctuation && (normalized.charAt(0) == ',' || normalized.charAt(0) == '،');
    }

    /**
     * Analyses of the normalised form by {@link AffixStripper}. A word with a lemma whose
     * proclitics the segmenter split off keeps only the article readings; a word the segmenter
     * kept whole keeps every reading after its lemma, since the whole-word reading may be the
     * wrong one (ودعا read as ودع, بلقاء as a name).
     */
    public List<AffixStripper.Analysis> analyses()
    {
        if (analyses == null) {
            if (punctuation) {
                analyses = List.of();
            }
            else if (lemma != null && !separateProclitics.isEmpty()) {
                // the segmenter has split the proclitics already: only the article remains
                List<AffixStripper.Analysis> all = AffixStripper.analyse(normalized);
                List<AffixStripper.Analysis> kept = new ArrayList<>(2);
                for (AffixStripper.Analysis a : all) {
                    if (a.proclitics().isEmpty() || a.proclitics().equals("ال")) {
                        kept.add(a);
                    }
                }
                analyses = kept;
            }
            else {
                analyses = AffixStripper.analyse(normalized);
            }
        }
        return analyses;
    }

    /** Every lookup key: the lemma first, then the stripper's candidates. */
    public Set<String> keys()
    {
        if (keys == null) {
            Set<String> k = new LinkedHashSet<>();
            if (lemma != null) {
                k.add(lemma);
            }
            for (AffixStripper.Analysis analysis : analyses()) {
                k.addAll(analysis.stems());
            }
            keys = k;
        }
        return keys;
    }

    /** Keys that keep the word whole apart from proclitics (for short function words). */
    public List<String> bases()
    {
        List<String> bases = new ArrayList<>(4);
        if (lemma != null) {
            bases.add(lemma);
        }
        for (AffixStripper.Analysis analysis : analyses()) {
            bases.add(normalized.substring(analysis.proclitics().length()));
        }
        return bases;
    }

    /**
     * The proclitics of the reading that yields {@code key}: the separate proclitic tokens plus
     * those the stripper removed ("" when the lemma matched).
     */
    public String procliticsFor(String key)
    {
        if (key.equals(lemma)) {
            return separateProclitics;
        }
        for (AffixStripper.Analysis analysis : analyses()) {
            if (analysis.stems().contains(key)) {
                return separateProclitics + analysis.proclitics();
            }
        }
        return separateProclitics;
    }

    /** Coarse part of speech (UD UPOS) from the segmenter, or null. */
    public String pos()
    {
        return pos;
    }

    public void setPos(String pos)
    {
        this.pos = pos;
    }

    /** A pronoun suffix written as a separate token after this word (UD: زيارة + ه), or "". */
    public String separateSuffix()
    {
        return separateSuffix;
    }

    public void setSeparateSuffix(String suffix)
    {
        this.separateSuffix = suffix == null ? "" : ArabicNormalizer.normalize(suffix);
    }

    /** Proclitics in the shortest reading: separate tokens plus a glued conjunction or particle. */
    public String separateProclitics()
    {
        return separateProclitics;
    }

    /** Whether the word carries a damma on its first stem letter: a marked passive (أُعدم). */
    public boolean isMarkedPassive()
    {
        int letters = 0;
        for (int i = 0; i < surface.length() - 1; i++) {
            char c = surface.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (surface.charAt(i + 1) == '\u064F' && letters <= 3) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString()
    {
        return surface + "[" + begin + "," + end + "]";
    }
}
