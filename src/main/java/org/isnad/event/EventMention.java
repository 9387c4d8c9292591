package org.isnad.event;

import java.util.ArrayList;
import java.util.List;

/** One event mention found by {@link EventExtractor}: trigger span, PLOVER type and arguments. */
public final class EventMention
{
    /** Roles of {@link Argument}. */
    public static final String SOURCE = "source";
    public static final String TARGET = "target";
    public static final String PARTICIPANT = "participant";
    public static final String TIME = "time";
    public static final String PLACE = "place";

    public static final String ASSERTED = "asserted";
    public static final String FUTURE = "future";
    public static final String NEGATED = "negated";
    public static final String HYPOTHETICAL = "hypothetical";

    /**
     * An argument: its role and span; {@code entity} or {@code time} when it is an earlier
     * annotation; {@code key} is the normalised actor key used for event identity.
     */
    public record Argument(String role, int begin, int end, String text, String key,
            EventDocument.EntityMention entity, EventDocument.TimeMention time)
    {
    }

    private final int begin;
    private final int end;
    private final int sentence;
    private final String category;
    private final String mode;
    private String modality = ASSERTED;
    private final List<Argument> arguments = new ArrayList<>(4);
    /** ISO value of the event's time, or WEEKDAY-n from a weekday word, or null. */
    private String timeValue;
    private String eventId;

    public EventMention(int begin, int end, int sentence, String category, String mode)
    {
        this.begin = begin;
        this.end = end;
        this.sentence = sentence;
        this.category = category;
        this.mode = mode;
    }

    public int begin()
    {
        return begin;
    }

    public int end()
    {
        return end;
    }

    public int sentence()
    {
        return sentence;
    }

    public String category()
    {
        return category;
    }

    public String mode()
    {
        return mode;
    }

    public String modality()
    {
        return modality;
    }

    void setModality(String modality)
    {
        this.modality = modality;
    }

    public List<Argument> arguments()
    {
        return arguments;
    }

    public List<Argument> arguments(String role)
    {
        List<Argument> result = new ArrayList<>(2);
        for (Argument a : arguments) {
            if (a.role().equals(role)) {
                result.add(a);
            }
        }
        return result;
    }

    public String timeValue()
    {
        return timeValue;
    }

    void setTimeValue(String timeValue)
    {
        this.timeValue = timeValue;
    }

    public String eventId()
    {
        return eventId;
    }

    void setEventId(String eventId)
    {
        this.eventId = eventId;
    }

    @Override
    public String toString()
    {
        return "[" + begin + "," + end + "]" + category + "/" + mode + "/" + modality + " "
                + arguments + " " + eventId;
    }
}
