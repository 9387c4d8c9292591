package org.isnad.morph;

/**
 * One UD syntactic word inside an orthographic word, as found by {@link CliticAnalyser}.
 *
 * @param begin offset of its first character in the orthographic word
 * @param end offset after its last character in the orthographic word
 * @param form its normalised form: the covered characters without diacritics, tatweel and
 *        invisible marks, with the article or final letter restored where the surface lost them
 *        (ل + الحكومة over "لحكومة", على + ه over "عليه")
 * @param lemma its lemma, or null when the lexicon does not know it
 * @param upos its UD UPOS where the analysis makes it unambiguous, else null
 */
public record SyntacticWord(int begin, int end, String form, String lemma, String upos)
{
}
