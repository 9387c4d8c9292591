package org.isnad.ner;

import org.isnad.morph.ArabicNormalizer;

/**
 * The normalisation behind entity matching and entity identity. Lexicon entries and running text
 * go through the same {@link #normalize} so that spelling variants meet; an entity's
 * {@code identifier} is {@link #key}: its type, a colon and its normalised canonical name with
 * spaces as underscores ({@code PER:مصطفى_الكاظمي}, {@code GPE:الولايات_المتحده}).
 *
 * <p>Rules, applied in order:
 * <ol>
 * <li>{@link ArabicNormalizer}: أ إ آ ٱ → ا, ى → ي, ة → ه, diacritics, tatweel and invisible marks
 * removed;</li>
 * <li>hamza on waw ؤ → و, hamza on yeh ئ → ي, so الرئيس and الرييس, شؤون and شوون meet;</li>
 * <li>the transliteration variant ميرك → مريك (أميركا, الأميركية → أمريكا, الأمريكية);</li>
 * <li>runs of white space become one space, and the ends are trimmed.</li>
 * </ol>
 * Canonical names (which of ترمب and ترامب is the name of the entity) come from
 * {@code ner-aliases.txt}; short forms within a document take the key of their long form (see
 * {@link NamedEntityFinder}). Keys need no global state: the same name gives the same key in
 * every document and every JVM.
 */
public final class EntityKeys
{
    public static final char WAW = '\u0648';
    public static final char WAW_HAMZA = '\u0624';
    public static final char YEH = '\u064A';
    public static final char YEH_HAMZA = '\u0626';

    private static final String MIRK = "\u0645\u064A\u0631\u0643";
    private static final String MRIK = "\u0645\u0631\u064A\u0643";

    private EntityKeys()
    {
        // static methods only
    }

    /** The matching form of a word or phrase (rules 1-4). */
    public static String normalize(CharSequence text)
    {
        String s = ArabicNormalizer.normalize(text);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '_') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            if (c == WAW_HAMZA) {
                c = WAW;
            }
            else if (c == YEH_HAMZA) {
                c = YEH;
            }
            sb.append(c);
        }
        String result = sb.toString();
        return result.contains(MIRK) ? result.replace(MIRK, MRIK) : result;
    }

    /** The identifier of an entity of {@code type} whose canonical name is {@code name}. */
    public static String key(String type, String name)
    {
        return type + ":" + normalize(name).replace(' ', '_');
    }
}
