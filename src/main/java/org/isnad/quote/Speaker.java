package org.isnad.quote;

/**
 * A resolved speaker.
 *
 * @param name
 *            canonical name (the entity's longest mention, the full name, or the noun phrase)
 * @param identifier
 *            the NamedEntity identifier, or null
 * @param begin
 *            start of the mention that names the speaker
 * @param end
 *            end of that mention
 * @param type
 *            what kind of speaker it is
 * @param gender
 *            grammatical gender as far as the text shows it
 */
public record Speaker(String name, String identifier, int begin, int end, Type type, Gender gender)
{
    /** Speaker kinds: a person, an organisation or place, a statement or document, unknown. */
    public enum Type
    {
        PERSON, ORGANISATION, DOCUMENT, UNKNOWN
    }

    /** Grammatical gender. */
    public enum Gender
    {
        FEMININE, MASCULINE, UNKNOWN
    }

    public Speaker withGender(Gender newGender)
    {
        return new Speaker(name, identifier, begin, end, type, newGender);
    }

    /**
     * Whether this speaker can be the implicit subject of a verb of the given gender: a feminine
     * verb needs a feminine speaker, an organisation or a statement; a masculine verb anything
     * but a feminine speaker. With {@code strict} false, unknown-gender persons pass too.
     */
    public boolean agreesWith(boolean feminineVerb, boolean strict)
    {
        if (feminineVerb) {
            return gender == Gender.FEMININE
                    || (gender != Gender.MASCULINE
                            && (type == Type.ORGANISATION || type == Type.DOCUMENT))
                    || (!strict && gender == Gender.UNKNOWN);
        }
        return gender != Gender.FEMININE;
    }
}
