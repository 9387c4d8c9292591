package org.isnad.ner;

import java.util.ArrayList;
import java.util.List;

import org.isnad.segment.ArabicCharacters;
import org.isnad.segment.RawToken;
import org.isnad.segment.WordTokenizer;

/** Runs the finders on plain strings, tokenised by Isnad's word tokenizer. */
final class NerTestSupport
{
    private NerTestSupport()
    {
        // helpers only
    }

    static List<NerToken> tokens(String text)
    {
        List<NerToken> result = new ArrayList<>();
        for (RawToken token : new WordTokenizer().tokenize(text)) {
            result.add(new NerToken(token.begin(), token.end(),
                    ArabicCharacters.stripToForm(text, token.begin(), token.end())));
        }
        return result;
    }

    /** Mentions as "TYPE [covered text] identifier". */
    static List<String> entities(NamedEntityFinder finder, String text)
    {
        List<String> result = new ArrayList<>();
        for (EntityMention m : finder.find(text, List.of(tokens(text)))) {
            result.add(m.type() + " [" + text.substring(m.begin(), m.end()) + "] " + m.identifier());
        }
        return result;
    }
}
