package org.isnad.event;

import org.isnad.morph.ArabicNormalizer;

/**
 * Actor keys for event identity when an actor is not a named entity with an identifier: the
 * consonant skeleton of the phrase's head word, so that spelling variants of a name meet
 * (ترمب / ترامب → ترمب, الأمريكي / الأميركي → امركي). The head is the last word without the
 * article after the first word (a name: الرئيس دونالد ترامب → ترامب), else the last word.
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
        String head = words[words.length - 1];
        for (int k = words.length - 1; k >= 1; k--) {
            String n = ArabicNormalizer.normalize(words[k]);
            if (!n.startsWith("ال") && isLetters(n)) {
                head = words[k];
                break;
            }
        }
        return skeleton(head);
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

    private static boolean isLetters(String s)
    {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
