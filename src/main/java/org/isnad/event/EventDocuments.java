package org.isnad.event;

import java.util.ArrayList;
import java.util.List;

import org.isnad.segment.RawToken;
import org.isnad.segment.SentenceSplitter;
import org.isnad.segment.WordTokenizer;

/**
 * Builds {@link EventDocument}s from plain text with Isnad's tokenizer and sentence splitter,
 * without clitic splitting, lemmas or entities: the fallback path of the event rules, used by
 * the evaluation of raw sentences and by the benchmark.
 */
public final class EventDocuments
{
    private EventDocuments()
    {
        // static utility
    }

    public static EventDocument fromText(String text)
    {
        WordTokenizer tokenizer = new WordTokenizer();
        List<RawToken> tokens = tokenizer.tokenize(text);
        List<List<EventWord>> sentences = new ArrayList<>();
        for (SentenceSplitter.SentenceSpan span : new SentenceSplitter(true).split(text, tokens)) {
            List<EventWord> words = new ArrayList<>(span.lastToken() - span.firstToken() + 1);
            for (int t = span.firstToken(); t <= span.lastToken(); t++) {
                RawToken token = tokens.get(t);
                words.add(new EventWord(token.begin(), token.end(),
                        text.substring(token.begin(), token.end()), null, null, ""));
            }
            sentences.add(words);
        }
        return new EventDocument(text, sentences, List.of(), List.of(), List.of(), null);
    }
}
