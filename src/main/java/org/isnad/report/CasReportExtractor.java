package org.isnad.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.tcas.Annotation;
import org.isnad.report.DocumentReport.ArgumentSpan;
import org.isnad.report.DocumentReport.EntitySpan;
import org.isnad.report.DocumentReport.EventSpan;
import org.isnad.report.DocumentReport.QuoteSpan;
import org.isnad.report.DocumentReport.Span;
import org.isnad.report.DocumentReport.TimeSpan;
import org.isnad.type.Event;
import org.isnad.type.EventRole;
import org.isnad.type.Quotation;
import org.isnad.type.QuotationRole;
import org.isnad.type.TimeExpression;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Reads what the report needs from an annotated CAS: whatever entities, time expressions,
 * quotations and events it holds (any of them may be absent).
 * <ul>
 * <li>A quotation's speaker key is its {@code speakerId}, else {@code name:} and its speaker name,
 * else {@code name:} and the text of its source mention; without any of these the speaker is
 * unknown (null key). Names are compared after {@link #textKey}.</li>
 * <li>An event argument's actor key is the NamedEntity identifier when the argument is an entity
 * with one, else {@code text:} and its text after {@link #textKey}; time arguments are not
 * actors and have no key.</li>
 * <li>The document date is the one recorded in the CAS ({@code org.isnad.type.DocumentDate}: given
 * with the document, found in its dateline, or the run's {@code --date}); without one, the value of
 * the first time expression that is a full calendar date (YYYY-MM-DD), since news items state
 * their date before the events they report.</li>
 * </ul>
 */
public final class CasReportExtractor
{
    private static final char TATWEEL = '\u0640';
    private static final char FIRST_HARAKA = '\u064B';
    private static final char LAST_HARAKA = '\u065F';
    private static final char SUPERSCRIPT_ALEF = '\u0670';
    private static final char REPLACEMENT = '\uFFFD';

    private CasReportExtractor()
    {
        // static utility
    }

    public static DocumentReport extract(JCas jcas, String name)
    {
        String text = wellFormed(jcas.getDocumentText() == null ? "" : jcas.getDocumentText());

        List<EntitySpan> entities = new ArrayList<>();
        for (NamedEntity entity : JCasUtil.select(jcas, NamedEntity.class)) {
            entities.add(new EntitySpan(entity.getBegin(), entity.getEnd(), entity.getValue(),
                    blankToNull(entity.getIdentifier())));
        }

        List<TimeSpan> times = new ArrayList<>();
        java.time.LocalDate recorded = org.isnad.ner.DocumentDate.get(jcas);
        String date = recorded == null ? null : recorded.toString();
        for (TimeExpression time : JCasUtil.select(jcas, TimeExpression.class)) {
            String value = blankToNull(time.getValue());
            times.add(new TimeSpan(time.getBegin(), time.getEnd(), value));
            if (date == null && isCalendarDate(value)) {
                date = value;
            }
        }

        List<QuoteSpan> quotes = new ArrayList<>();
        for (Quotation quotation : JCasUtil.select(jcas, Quotation.class)) {
            quotes.add(quote(quotation));
        }

        List<EventSpan> events = new ArrayList<>();
        for (Event event : JCasUtil.select(jcas, Event.class)) {
            events.add(event(event));
        }

        int tokens = JCasUtil.select(jcas, Token.class).size();
        return new DocumentReport(name, date, tokens, text, entities, times, quotes, events);
    }

    private static QuoteSpan quote(Quotation quotation)
    {
        List<Span> sources = new ArrayList<>();
        List<Span> cues = new ArrayList<>();
        String sourceText = null;
        FSArray<?> roles = quotation.getRoles();
        if (roles != null) {
            for (Object element : roles) {
                if (!(element instanceof QuotationRole role) || role.getTarget() == null) {
                    continue;
                }
                Annotation target = role.getTarget();
                if ("source".equals(role.getRole())) {
                    sources.add(new Span(target.getBegin(), target.getEnd()));
                    if (sourceText == null) {
                        sourceText = target.getCoveredText();
                    }
                }
                else if ("cue".equals(role.getRole())) {
                    cues.add(new Span(target.getBegin(), target.getEnd()));
                }
            }
        }
        String speaker = blankToNull(quotation.getSpeaker());
        if (speaker == null && sourceText != null) {
            speaker = blankToNull(textKey(sourceText));
        }
        String speakerId = blankToNull(quotation.getSpeakerId());
        String key = speakerId != null ? speakerId
                : speaker != null ? "name:" + textKey(speaker) : null;
        return new QuoteSpan(quotation.getBegin(), quotation.getEnd(),
                blankToNull(quotation.getKind()), speaker, key, sources, cues);
    }

    private static EventSpan event(Event event)
    {
        List<ArgumentSpan> arguments = new ArrayList<>();
        FSArray<?> roles = event.getArguments();
        if (roles != null) {
            for (Object element : roles) {
                if (!(element instanceof EventRole role) || role.getTarget() == null) {
                    continue;
                }
                Annotation target = role.getTarget();
                String key = null;
                String type = null;
                String value = null;
                if (target instanceof NamedEntity entity) {
                    type = blankToNull(entity.getValue());
                    key = blankToNull(entity.getIdentifier());
                }
                if (target instanceof TimeExpression time) {
                    value = blankToNull(time.getValue());
                }
                if (key == null && value == null && !(target instanceof TimeExpression)) {
                    String text = textKey(target.getCoveredText());
                    key = text.isEmpty() ? null : "text:" + text;
                }
                arguments.add(new ArgumentSpan(blankToNull(role.getRole()), target.getBegin(),
                        target.getEnd(), key, type, value));
            }
        }
        return new EventSpan(event.getBegin(), event.getEnd(), blankToNull(event.getCategory()),
                blankToNull(event.getMode()), blankToNull(event.getModality()),
                blankToNull(event.getEventId()), arguments);
    }

    /**
     * The key under which names and mention texts are compared: Arabic diacritics and tatweel
     * removed, white space collapsed to single spaces, trimmed.
     */
    static String textKey(String text)
    {
        if (text == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == TATWEEL || (c >= FIRST_HARAKA && c <= LAST_HARAKA) || c == SUPERSCRIPT_ALEF) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(c);
        }
        return key.toString();
    }

    /** True for YYYY-MM-DD. */
    static boolean isCalendarDate(String value)
    {
        if (value == null || value.length() != 10 || value.charAt(4) != '-'
                || value.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (i != 4 && i != 7 && (value.charAt(i) < '0' || value.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    /** Replaces unpaired surrogates (which JSON cannot carry) by U+FFFD, keeping every offset. */
    static String wellFormed(String text)
    {
        StringBuilder fixed = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired;
            if (Character.isHighSurrogate(c)) {
                paired = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (paired) {
                    i++;
                    continue;
                }
            }
            else if (!Character.isLowSurrogate(c)) {
                continue;
            }
            if (fixed == null) {
                fixed = new StringBuilder(text);
            }
            fixed.setCharAt(i, REPLACEMENT);
        }
        return fixed == null ? text : fixed.toString();
    }

    private static String blankToNull(String value)
    {
        return value == null || value.isBlank() ? null : value;
    }
}
