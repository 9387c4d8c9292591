package org.isnad.ner;

/**
 * A named-entity mention found by {@link NamedEntityFinder}: document offsets (never including a
 * glued proclitic), type (PER, ORG, GPE, LOC, NORP), identifier (see {@link EntityKeys}) and the
 * normalised text of the mention.
 */
public record EntityMention(int begin, int end, String type, String identifier, String text) {}
