package org.isnad.eval;

import java.util.List;

/**
 * Gold segmentation: the raw text Isnad runs on, the character spans of the gold syntactic words
 * in it, and the sentence spans where the gold has sentences (else null).
 */
public record SegmentationGold(String text, List<Span> words, List<Span> sentences)
{
    /** A character span {@code [begin, end)} of the text. */
    public record Span(int begin, int end) {}
}
