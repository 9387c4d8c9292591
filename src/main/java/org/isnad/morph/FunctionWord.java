package org.isnad.morph;

/**
 * A closed-class word from Isnad's function-word list ({@code function-words.txt}).
 *
 * @param text the word as listed
 * @param upos its UD UPOS
 * @param lemma its lemma (the text unless the list names another)
 * @param takesPronoun whether pronoun suffixes attach to it (عليه, منها, إنه)
 */
public record FunctionWord(String text, String upos, String lemma, boolean takesPronoun)
{
    /**
     * Parses a label of the list: UPOS, then {@code +PRON} when the word takes pronoun
     * suffixes, then {@code =lemma} when the lemma differs from the text.
     */
    static FunctionWord parse(String text, String label)
    {
        String lemma = text;
        String rest = label;
        int eq = rest.indexOf('=');
        if (eq >= 0) {
            lemma = rest.substring(eq + 1).trim();
            rest = rest.substring(0, eq);
        }
        boolean takesPronoun = rest.endsWith("+PRON");
        if (takesPronoun) {
            rest = rest.substring(0, rest.length() - "+PRON".length());
        }
        String upos = rest.trim();
        if (upos.isEmpty() || !upos.chars().allMatch(c -> c >= 'A' && c <= 'Z') || lemma.isEmpty()) {
            throw new IllegalArgumentException("bad label '" + label + "'");
        }
        return new FunctionWord(text, upos, lemma, takesPronoun);
    }
}
