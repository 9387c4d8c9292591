package org.isnad.event;

import org.isnad.morph.ArabicNormalizer;

/**
 * Actor keys for event identity when an actor is not a named entity with an identifier: the
 * consonant skeleton of the phrase's head word, so that spelling variants of a name meet
 * (ترمب / ترامب → ترمب, الأمريكي / الأميركي → امركي). The head is the last word of the phrase:
 * the family name after a title and first name (الرئيس دونالد ترامب → ترامب, أيمن الصفدي →
 * الصفدي), the adjective of a bare title (الرئيس الأمريكي → الأمريكي; see the title aliases of
 * {@link EventExtractor}).
 * Skeleton: normalise ({@link ArabicNormalizer}), drop a conjunction و before the article, the
 * article, and the long vowels ا و ي after the first letter.
 */
public final class ActorKeys
{
    private ActorKeys()
    {
        // static utility
    }

    public static String key(String phrase)
    {
        String[] words = phrase.trim().split("\\s+");
        return skeleton(words[words.length - 1]);
    }

    public static String skeleton(String word)
    {
        String n = ArabicNormalizer.normalize(word);
        if (n.startsWith("وال") && n.length() > 4) {
            n = n.substring(1);
        }
        if (n.startsWith("لل") && n.length() > 4) {
            n = n.substring(2);
        }
        else if ((n.startsWith("بال") || n.startsWith("كال")) && n.length() > 5) {
            n = n.substring(3);
        }
        else if (n.startsWith("ال") && n.length() > 3) {
            n = n.substring(2);
        }
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (i > 0 && (c == 'ا' || c == 'و' || c == 'ي')) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.length() == 0 ? n : sb.toString();
    }

}
