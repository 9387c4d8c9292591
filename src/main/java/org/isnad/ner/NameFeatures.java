package org.isnad.ner;

/**
 * The model's view of one token, packed into the token string that OpenNLP's name finder passes to
 * the feature generators: fields separated by U+001F. Packing keeps training and tagging on the
 * same code path ({@code NameSample} and {@code NameFinderME.find} both take {@code String[]}).
 *
 * <p>Fields: {@link #NORM} the feature form ({@link #featureForm}: hamza on alef folded, ى and ة
 * kept, so the preposition على is not the name علي); {@link #FORM} written
 * form; {@link #LEMMA} lemma or empty; {@link #POS} UPOS or empty; {@link #PROCLITICS} glued
 * proclitics; {@link #FLAGS} letters: {@code k} known to the Arabic lexicon, {@code s} a pronoun
 * suffix follows, {@code c} a clitic piece itself; {@link #LEXICON} one letter per lexicon class
 * (see {@link #lexiconClasses}); {@link #RULE} the rules' BIO tag (B-PER, I-ORG ... or O).
 */
public final class NameFeatures
{
    public static final char SEPARATOR = '\u001F';
    public static final int NORM = 0;
    public static final int FORM = 1;
    public static final int LEMMA = 2;
    public static final int POS = 3;
    public static final int PROCLITICS = 4;
    public static final int FLAGS = 5;
    public static final int LEXICON = 6;
    public static final int RULE = 7;
    public static final int FIELDS = 8;

    private NameFeatures()
    {
        // static methods only
    }

    /** Packs a token with the rules' tag for it. */
    public static String encode(ModelToken token, String ruleTag, NerLexicon lexicon)
    {
        String norm = EntityKeys.normalize(token.form());
        StringBuilder sb = new StringBuilder(64);
        sb.append(clean(featureForm(token.form()))).append(SEPARATOR).append(clean(token.form())).append(SEPARATOR);
        sb.append(token.lemma() == null ? "" : clean(token.lemma())).append(SEPARATOR);
        sb.append(token.upos() == null ? "" : token.upos()).append(SEPARATOR);
        sb.append(token.proclitics()).append(SEPARATOR);
        if (token.known()) {
            sb.append('k');
        }
        if (token.suffixed()) {
            sb.append('s');
        }
        if (token.clitic()) {
            sb.append('c');
        }
        sb.append(SEPARATOR).append(lexiconClasses(token.form(), norm, lexicon)).append(SEPARATOR);
        sb.append(ruleTag);
        return sb.toString();
    }

    /**
     * The lexicon classes of a word, one letter each: gazetteer phrase of type {@code P} PER,
     * {@code G} GPE, {@code L} LOC, {@code O} ORG, {@code N} NORP; {@code S} first word of some
     * phrase or title; {@code F} first name ({@code f} ambiguous); {@code T} title; {@code H}
     * organisation head; {@code D} definite organisation head; {@code Q} place or state head; {@code V}
     * reporting verb; {@code R} place preposition; {@code X} non-name; {@code A} name particle;
     * {@code M} month or weekday. The same letters for the word without its article, in lower case
     * where they differ, are not added: the gazetteers hold both forms already.
     */
    static String lexiconClasses(String form, String norm, NerLexicon lexicon)
    {
        StringBuilder sb = new StringBuilder(4);
        NerLexicon.Phrase phrase = lexicon.phrase(norm);
        if (phrase != null) {
            switch (phrase.type()) {
            case NamedEntityFinder.PER -> sb.append('P');
            case NamedEntityFinder.GPE -> sb.append('G');
            case NamedEntityFinder.LOC -> sb.append('L');
            case NamedEntityFinder.ORG -> sb.append('O');
            default -> sb.append('N');
            }
        }
        if (lexicon.startsPhrase(norm)) {
            sb.append('S');
        }
        if (lexicon.isFirstName(norm) && !lexicon.isNonName(form, norm)) {
            sb.append(lexicon.isAmbiguousFirstName(norm) ? 'f' : 'F');
        }
        if (lexicon.isTitle(norm)) {
            sb.append('T');
        }
        if (lexicon.isOrgHead(norm)) {
            sb.append('H');
        }
        if (lexicon.isDefiniteOrgHead(norm)) {
            sb.append('D');
        }
        if (lexicon.isPlaceHead(norm) || lexicon.isStateHead(norm)) {
            sb.append('Q');
        }
        if (lexicon.isSpeechVerb(norm)) {
            sb.append('V');
        }
        if (lexicon.isPlacePreposition(norm)) {
            sb.append('R');
        }
        if (lexicon.isNonName(form, norm)) {
            sb.append('X');
        }
        if (lexicon.isParticle(norm)) {
            sb.append('A');
        }
        if (lexicon.month(norm) > 0 || lexicon.weekday(norm) > 0) {
            sb.append('M');
        }
        return sb.toString();
    }

    /**
     * The form behind the word features: the written form with أ إ آ ٱ folded to ا (news and
     * training data disagree on these hamzas), but ى, ي, ة and ه kept apart, as they separate
     * function words from names (على / علي) in edited news.
     */
    public static String featureForm(String form)
    {
        StringBuilder sb = null;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c == '\u0623' || c == '\u0625' || c == '\u0622' || c == '\u0671') {
                if (sb == null) {
                    sb = new StringBuilder(form);
                }
                sb.setCharAt(i, '\u0627');
            }
        }
        return sb == null ? form : sb.toString();
    }

    /** Splits a packed token into its {@link #FIELDS} fields. */
    public static String[] decode(String packed)
    {
        String[] fields = new String[FIELDS];
        int start = 0;
        for (int f = 0; f < FIELDS; f++) {
            int end = f == FIELDS - 1 ? -1 : packed.indexOf(SEPARATOR, start);
            if (end < 0) {
                fields[f] = start <= packed.length() ? packed.substring(start) : "";
                for (int g = f + 1; g < FIELDS; g++) {
                    fields[g] = "";
                }
                if (fields[RULE].isEmpty()) {
                    fields[RULE] = "O";
                }
                return fields;
            }
            fields[f] = packed.substring(start, end);
            start = end + 1;
        }
        return fields;
    }

    private static String clean(String s)
    {
        return s.indexOf(SEPARATOR) < 0 && s.indexOf(' ') < 0 ? s
                : s.replace(SEPARATOR, '_').replace(' ', '_');
    }
}
