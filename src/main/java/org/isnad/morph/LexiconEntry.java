package org.isnad.morph;

/**
 * One analysis of a word form in the Arramooz dictionary: its lemma (undiacritised) and its
 * LanguageTool tag. Tag layout (see LanguageTool's {@code ArabicTagManager}):
 * <ul>
 * <li>nouns {@code NM-;F1I-;--H}: 0 = N, 1 = category (M masdar, A adjective, P proper, J jamid,
 * S superlative, - none), 2 = R for nisba, 4 gender, 5 number, 6 case (U, A, I, -, B);</li>
 * <li>verbs {@code V41;M1H-fa0;--H}: 0 = V, 4 gender, 5 number, 6 person, 8 tense (p past,
 * f imperfect, i imperative), 9 voice;</li>
 * <li>particles {@code PR-;---;---} and particles with a pronoun {@code PRD;---;M1H}.</li>
 * </ul>
 * The last character is {@code H} when the form carries an attached pronoun.
 */
public record LexiconEntry(String lemma, String tag)
{
    public boolean isNoun()
    {
        return tag.startsWith("N");
    }

    public boolean isVerb()
    {
        return tag.startsWith("V");
    }

    public boolean isParticle()
    {
        return tag.startsWith("P");
    }

    /** The form carries an attached pronoun (the tag's last flag is H). */
    public boolean hasPronoun()
    {
        return !tag.isEmpty() && tag.charAt(tag.length() - 1) == 'H';
    }

    /**
     * The form carries an attached pronoun: the H flag, or a particle with a pronoun
     * ({@code PRD}: له, منها, لنا).
     */
    public boolean hasAttachedPronoun()
    {
        return hasPronoun() || tag.startsWith("PRD");
    }

    /** A noun whose case allows a preceding preposition: genitive (I) or unmarked (-). */
    public boolean isGenitiveCompatible()
    {
        if (!isNoun() || tag.length() < 7) {
            return false;
        }
        char c = tag.charAt(6);
        return c == 'I' || c == '-';
    }

    private char verbTense()
    {
        return isVerb() && tag.length() > 8 ? tag.charAt(8) : '-';
    }

    public boolean isImperfectVerb()
    {
        return verbTense() == 'f';
    }

    public boolean isImperativeVerb()
    {
        return verbTense() == 'i';
    }

    /** Universal Dependencies UPOS of this analysis. */
    public String upos()
    {
        if (isVerb()) {
            return "VERB";
        }
        if (isParticle()) {
            return "ADP";
        }
        if (tag.length() > 2) {
            char category = tag.charAt(1);
            if (category == 'P') {
                return "PROPN";
            }
            if (category == 'A' || category == 'S' || (category == '-' && tag.charAt(2) == 'R')) {
                return "ADJ";
            }
        }
        return "NOUN";
    }
}
