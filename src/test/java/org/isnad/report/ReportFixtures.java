package org.isnad.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.tcas.Annotation;
import org.isnad.pipeline.InputDocument;
import org.isnad.type.Event;
import org.isnad.type.EventRole;
import org.isnad.type.Quotation;
import org.isnad.type.QuotationRole;
import org.isnad.type.QuoteCue;
import org.isnad.type.QuoteSource;
import org.isnad.type.TimeExpression;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Hand-annotated CASes of short Arabic news items, built the way the ner, quote and event stages
 * annotate them, so that the report can be tested without those stages. Spans are found by
 * searching the text, never by hard-coded offsets.
 */
final class ReportFixtures
{
    static final String TRUMP = "PER:دونالد_ترمب";
    static final String KADHIMI = "PER:مصطفى_الكاظمي";
    static final String IRAQ = "GPE:العراق";
    static final String MEETING = "CONSULT|2020-08-20|PER:دونالد_ترمب|PER:مصطفى_الكاظمي";

    static final String WASHINGTON_TEXT = "واشنطن (رويترز) - التقى الرئيس الأميركي دونالد ترمب "
            + "رئيس الوزراء العراقي مصطفى الكاظمي في البيت الأبيض يوم الخميس 20 أغسطس 2020.\n"
            + "وقال ترمب للصحفيين: \"سنغادر العراق قريبا\".\n"
            + "وأكد الكاظمي أن العراق يرفض أن يكون ساحة لتصفية الحسابات.";

    static final String BAGHDAD_TEXT = "بغداد، الجمعة 21 أغسطس 2020 - أعلن مكتب رئيس الوزراء أن "
            + "الكاظمي اجتمع مع ترمب في واشنطن، وقال الكاظمي إن \"الجانبين اتفقا على جدول زمني "
            + "لانسحاب القوات خلال 3 سنوات\".\n"
            + "ونقلت وكالة Associated Press عن مسؤول أن 5,000 جندي أميركي سيبقون حتى 2023/09/30.\n"
            + "وجاء في البيان: \"العلاقات بين البلدين راسخة\". ولم يهدد العراق بفرض عقوبات.";

    private ReportFixtures()
    {
        // test data
    }

    /** A CAS under construction with helpers that find spans in its text. */
    static final class Doc
    {
        final JCas jcas;
        final String text;

        Doc(String text) throws Exception
        {
            this.text = text;
            jcas = JCasFactory.createText(text, "ar");
            tokenize();
        }

        /** The n-th (from 0) occurrence of {@code needle}. */
        int[] find(String needle, int occurrence)
        {
            int from = -1;
            for (int i = 0; i <= occurrence; i++) {
                from = text.indexOf(needle, from + 1);
                if (from < 0) {
                    throw new IllegalArgumentException("Not found: " + needle + " #" + occurrence);
                }
            }
            return new int[] { from, from + needle.length() };
        }

        NamedEntity entity(String type, String id, String needle, int occurrence)
        {
            int[] span = find(needle, occurrence);
            NamedEntity entity = new NamedEntity(jcas, span[0], span[1]);
            entity.setValue(type);
            entity.setIdentifier(id);
            entity.addToIndexes();
            return entity;
        }

        TimeExpression time(String value, String needle)
        {
            int[] span = find(needle, 0);
            TimeExpression time = new TimeExpression(jcas, span[0], span[1]);
            time.setValue(value);
            time.addToIndexes();
            return time;
        }

        Quotation quote(String kind, String speaker, String speakerId, String content,
                Annotation source, String cue, int cueOccurrence)
        {
            int[] span = find(content, 0);
            Quotation quotation = new Quotation(jcas, span[0], span[1]);
            quotation.setKind(kind);
            quotation.setSpeaker(speaker);
            quotation.setSpeakerId(speakerId);
            List<QuotationRole> roles = new ArrayList<>();
            if (source != null) {
                QuoteSource mention = new QuoteSource(jcas, source.getBegin(), source.getEnd());
                mention.addToIndexes();
                roles.add(quotationRole("source", mention));
            }
            if (cue != null) {
                int[] cueSpan = find(cue, cueOccurrence);
                QuoteCue cueMention = new QuoteCue(jcas, cueSpan[0], cueSpan[1]);
                cueMention.addToIndexes();
                roles.add(quotationRole("cue", cueMention));
            }
            quotation.setRoles(new FSArray<>(jcas, roles.size()));
            for (int i = 0; i < roles.size(); i++) {
                quotation.getRoles().set(i, roles.get(i));
            }
            quotation.addToIndexes();
            return quotation;
        }

        private QuotationRole quotationRole(String role, Annotation target)
        {
            QuotationRole link = new QuotationRole(jcas);
            link.setRole(role);
            link.setTarget(target);
            return link;
        }

        /** An event; {@code arguments} alternate role names and annotations. */
        Event event(String category, String mode, String modality, String eventId,
                String trigger, Object... arguments)
        {
            int[] span = find(trigger, 0);
            Event event = new Event(jcas, span[0], span[1]);
            event.setCategory(category);
            event.setMode(mode);
            event.setModality(modality);
            event.setEventId(eventId);
            FSArray<EventRole> roles = new FSArray<>(jcas, arguments.length / 2);
            for (int i = 0; i < arguments.length; i += 2) {
                EventRole role = new EventRole(jcas);
                role.setRole((String) arguments[i]);
                role.setTarget((Annotation) arguments[i + 1]);
                roles.set(i / 2, role);
            }
            event.setArguments(roles);
            event.addToIndexes();
            return event;
        }

        /** A plain span (an argument that is not an entity). */
        Annotation span(String needle)
        {
            int[] span = find(needle, 0);
            Annotation annotation = new Annotation(jcas, span[0], span[1]);
            annotation.addToIndexes();
            return annotation;
        }

        private void tokenize()
        {
            int start = -1;
            for (int i = 0; i <= text.length(); i++) {
                boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
                if (!space && start < 0) {
                    start = i;
                }
                else if (space && start >= 0) {
                    new Token(jcas, start, i).addToIndexes();
                    start = -1;
                }
            }
            int sentenceStart = 0;
            for (String line : text.split("\n", -1)) {
                int begin = sentenceStart;
                int end = sentenceStart + line.length();
                while (begin < end && Character.isWhitespace(text.charAt(begin))) {
                    begin++;
                }
                while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (end > begin) {
                    new Sentence(jcas, begin, end).addToIndexes();
                }
                sentenceStart += line.length() + 1;
            }
        }
    }

    /** Trump meets al-Kadhimi: a meeting with time and place, a direct and an indirect quote. */
    static Doc washington() throws Exception
    {
        Doc doc = new Doc(WASHINGTON_TEXT);
        doc.entity("GPE", "GPE:واشنطن", "واشنطن", 0);
        doc.entity("ORG", "ORG:رويترز", "رويترز", 0);
        NamedEntity trump = doc.entity("PER", TRUMP, "دونالد ترمب", 0);
        NamedEntity kadhimi = doc.entity("PER", KADHIMI, "مصطفى الكاظمي", 0);
        NamedEntity whiteHouse = doc.entity("LOC", "LOC:البيت_الأبيض", "البيت الأبيض", 0);
        NamedEntity trumpAgain = doc.entity("PER", TRUMP, "ترمب", 1);
        NamedEntity iraq = doc.entity("GPE", IRAQ, "العراق", 1);
        NamedEntity kadhimiAgain = doc.entity("PER", KADHIMI, "الكاظمي", 1);
        NamedEntity iraqAgain = doc.entity("GPE", IRAQ, "العراق", 2);
        TimeExpression thursday = doc.time("2020-08-20", "يوم الخميس 20 أغسطس 2020");

        doc.event("CONSULT", "meet", "asserted", MEETING, "التقى", "source", trump, "target",
                kadhimi, "time", thursday, "place", whiteHouse);
        doc.event("RETREAT", "withdraw", "future", "RETREAT|PER:دونالد_ترمب|GPE:العراق",
                "سنغادر", "source", trumpAgain, "target", iraq);
        doc.event("REJECT", null, "asserted", "REJECT|GPE:العراق", "يرفض", "source", iraqAgain);

        doc.quote("direct", "دونالد ترمب", TRUMP, "سنغادر العراق قريبا", trumpAgain, "قال", 0);
        doc.quote("indirect", "مصطفى الكاظمي", KADHIMI,
                "العراق يرفض أن يكون ساحة لتصفية الحسابات", kadhimiAgain, "أكد", 0);
        return doc;
    }

    /**
     * The same meeting reported from Baghdad (same eventId, no time of its own), an agreement
     * whose source is not an entity, a Latin name and numbers, an unattributed quotation and a
     * negated threat.
     */
    static Doc baghdad() throws Exception
    {
        Doc doc = new Doc(BAGHDAD_TEXT);
        doc.entity("GPE", "GPE:بغداد", "بغداد", 0);
        doc.time("2020-08-21", "الجمعة 21 أغسطس 2020");
        doc.entity("ORG", "ORG:مكتب_رئيس_الوزراء", "مكتب رئيس الوزراء", 0);
        NamedEntity kadhimi = doc.entity("PER", KADHIMI, "الكاظمي", 0);
        NamedEntity trump = doc.entity("PER", TRUMP, "ترمب", 0);
        doc.entity("GPE", "GPE:واشنطن", "واشنطن", 0);
        NamedEntity kadhimiSpeaking = doc.entity("PER", KADHIMI, "الكاظمي", 1);
        doc.entity("ORG", "ORG:Associated_Press", "Associated Press", 0);
        NamedEntity iraq = doc.entity("GPE", IRAQ, "العراق", 0);
        doc.time("2023-09-30", "2023/09/30");

        doc.event("CONSULT", "meet", "asserted", MEETING, "اجتمع", "source", kadhimi, "target",
                trump);
        doc.event("AGREE", "settle", "asserted", "AGREE|2020-08-21|الجانبين", "اتفقا", "source",
                doc.span("الجانبين"));
        doc.event("THREATEN", "sanction", "negated", "THREATEN|GPE:العراق", "يهدد", "source",
                iraq);

        doc.quote("direct", "مصطفى الكاظمي", KADHIMI,
                "الجانبين اتفقا على جدول زمني لانسحاب القوات خلال 3 سنوات", kadhimiSpeaking,
                "قال", 0);
        doc.quote("direct", null, null, "العلاقات بين البلدين راسخة", null, "وجاء في البيان", 0);
        return doc;
    }

    /** Collects the documents (in the given order) and writes {@code report.html} into dir. */
    static Path writeReport(Path dir, List<String> failures, Object... namesAndDocs)
        throws Exception
    {
        HtmlReport report = new HtmlReport();
        for (int i = 0; i < namesAndDocs.length; i += 2) {
            report.collect(((Doc) namesAndDocs[i + 1]).jcas, input((String) namesAndDocs[i]));
        }
        for (int i = 0; i < failures.size(); i += 2) {
            report.failed(input(failures.get(i)), failures.get(i + 1));
        }
        report.write(dir);
        return dir.resolve(HtmlReport.FILE_NAME);
    }

    static InputDocument input(String name)
    {
        Path base = Path.of("/corpus");
        return new InputDocument(base.resolve(name), base, name);
    }
}
