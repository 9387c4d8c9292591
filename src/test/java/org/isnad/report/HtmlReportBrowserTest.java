package org.isnad.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.htmlunit.BrowserVersion;
import org.htmlunit.SilentCssErrorHandler;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the report of two hand-annotated documents in HtmlUnit and uses it as an analyst would:
 * filter, sort, open a speaker's quotations and follow a link into the document view.
 */
class HtmlReportBrowserTest
{
    @TempDir
    Path temp;

    WebClient browser;
    HtmlPage page;
    final List<String> alerts = new ArrayList<>();

    @BeforeEach
    void open() throws Exception
    {
        Path report = HtmlReportGoldenTest.twoDocumentReport(temp);
        browser = browser(alerts);
        page = browser.getPage(report.toUri().toURL());
    }

    static WebClient browser(List<String> alerts)
    {
        WebClient browser = new WebClient(BrowserVersion.FIREFOX);
        browser.getOptions().setThrowExceptionOnScriptError(true);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(true);
        browser.setCssErrorHandler(new SilentCssErrorHandler());
        browser.setAlertHandler((p, message) -> alerts.add(message));
        return browser;
    }

    @AfterEach
    void close()
    {
        browser.close();
    }

    List<HtmlElement> rows(String tableId)
    {
        return page.getHtmlElementById(tableId).getElementsByTagName("tbody").get(0)
                .getElementsByTagName("tr").stream().filter(r -> !r.hasAttribute("class")
                        || !r.getAttribute("class").contains("detail")).toList();
    }

    List<DomNode> timelineEvents()
    {
        return page.querySelectorAll("#timeline li.tl-event");
    }

    void filter(String text) throws Exception
    {
        HtmlInput box = page.getHtmlElementById("filter");
        box.setValue("");
        box.type(text);
        if (text.isEmpty()) {
            box.fireEvent("input"); // as when the box is cleared with its clear button
        }
    }

    @Test
    void thatTheSpeakersTableTimelineNetworkAndDocumentViewArePresent()
    {
        assertThat(rows("speakers-table")).hasSize(3);
        assertThat(rows("speakers-table").get(0).asNormalizedText()).startsWith("مصطفى الكاظمي");
        assertThat(page.querySelectorAll("#timeline li.tl-date time"))
                .extracting(DomNode::getTextContent).containsExactly("2020-08-20", "2020-08-21");
        assertThat(timelineEvents()).hasSize(5);
        assertThat(page.querySelectorAll("#network svg path.edge")).hasSize(3);
        assertThat(page.querySelectorAll("#network svg g.node")).hasSize(3);
        assertThat(rows("edges-table")).hasSize(3);
        assertThat(rows("documents-table")).hasSize(2);
        // the first document is open: baghdad.txt comes first in document order
        DomElement view = page.getElementById("doc-view");
        assertThat(view.getAttribute("data-document")).isEqualTo("0");
        assertThat(view.getTextContent()).contains("الجانبين اتفقا على جدول زمني");
        assertThat(page.querySelectorAll("#doc-view .quote")).isNotEmpty();
        assertThat(page.querySelectorAll("#doc-view .evt.cat-AGREE")).hasSize(1);
        assertThat(page.querySelectorAll("#doc-view .ent.ent-PER")).isNotEmpty();
        assertThat(page.querySelectorAll("#doc-view bdi")).extracting(DomNode::getTextContent)
                .contains("Associated Press", "5,000", "2023/09/30");
        assertThat(alerts).isEmpty();
    }

    @Test
    void thatTheFilterNarrowsSpeakersEventsAndActorsBySpeakerActorOrCategory() throws Exception
    {
        filter("ترمب");
        assertThat(rows("speakers-table")).singleElement()
                .satisfies(row -> assertThat(row.asNormalizedText()).startsWith("دونالد ترمب"));
        // the meeting (both documents) and the withdrawal involve Trump
        assertThat(timelineEvents()).hasSize(2);
        assertThat(rows("edges-table")).hasSize(3);

        filter("تشاور"); // the Arabic name of CONSULT
        assertThat(timelineEvents()).singleElement()
                .satisfies(e -> assertThat(((DomElement) e).getAttribute("class"))
                        .contains("cat-CONSULT"));
        assertThat(rows("edges-table")).hasSize(2);
        assertThat(rows("speakers-table")).isEmpty();

        filter("THREATEN");
        assertThat(timelineEvents()).singleElement()
                .satisfies(e -> assertThat(((DomElement) e).getAttribute("class"))
                        .contains("mod-negated"));

        filter("الكاظمى"); // final alif maqsura and no hamza still find الكاظمي
        assertThat(rows("speakers-table")).hasSize(1);

        filter("");
        assertThat(rows("speakers-table")).hasSize(3);
        assertThat(timelineEvents()).hasSize(5);
    }

    @Test
    void thatClickingAColumnHeaderSortsTheTable() throws Exception
    {
        HtmlElement byQuotations = (HtmlElement) page
                .querySelectorAll("#speakers-table th button").get(1);
        byQuotations.click(); // was descending by quotations: now ascending
        assertThat(rows("speakers-table").get(2).asNormalizedText()).startsWith("مصطفى الكاظمي");
        assertThat(((DomElement) page.querySelectorAll("#speakers-table th").get(1))
                .getAttribute("aria-sort")).isEqualTo("ascending");
    }

    @Test
    void thatAQuotationLinkJumpsToTheQuotationInItsDocument() throws Exception
    {
        HtmlElement toggle = (HtmlElement) page.querySelectorAll("#speakers-table button.toggle")
                .get(0);
        toggle.click();
        List<DomNode> links = page.querySelectorAll("#speakers-table a.qlink");
        assertThat(links).hasSize(2);
        // al-Kadhimi's second quotation is in washington.txt, document 1
        HtmlElement link = (HtmlElement) links.get(1);
        assertThat(link.getAttribute("href")).isEqualTo("#d1-q1");
        link.click();

        DomElement view = page.getElementById("doc-view");
        assertThat(view.getAttribute("data-document")).isEqualTo("1");
        DomElement quote = page.getElementById("d1-q1");
        assertThat(quote.getAttribute("class")).contains("quote", "current");
        String marked = page.querySelectorAll("#doc-view .quote.current").stream()
                .map(DomNode::getTextContent).reduce("", String::concat);
        assertThat(marked).isEqualTo("العراق يرفض أن يكون ساحة لتصفية الحسابات");
        assertThat(page.getFocusedElement()).isEqualTo(quote);

        String info = page.getElementById("doc-info").getTextContent();
        assertThat(info).contains("مصطفى الكاظمي", "أكد", "غير مباشر");
    }

    @Test
    void thatAnEventMentionLinkJumpsToTheTriggerAndShowsItsArguments() throws Exception
    {
        HtmlElement link = (HtmlElement) page
                .querySelectorAll("#timeline li.tl-event.cat-CONSULT a.elink").get(1);
        link.click();
        DomElement trigger = page.getElementById("d1-e0");
        assertThat(trigger.getTextContent()).isEqualTo("التقى");
        assertThat(trigger.getAttribute("class")).contains("evt", "cat-CONSULT", "current");
        assertThat(page.getElementById("doc-info").getTextContent()).contains("تشاور",
                "دونالد ترمب", "مصطفى الكاظمي", "البيت الأبيض", "2020-08-20");
    }

    @Test
    void thatClickingAnActorFiltersTheReportByIt() throws Exception
    {
        DomElement iraq = (DomElement) page.querySelectorAll("#network g.node").stream()
                .filter(n -> ((DomElement) n).getAttribute("data-actor").equals(ReportFixtures.IRAQ))
                .findFirst().orElseThrow();
        iraq.click();
        assertThat(((HtmlInput) page.getHtmlElementById("filter")).getValue()).isEqualTo("العراق");
        assertThat(rows("edges-table")).hasSize(1);
    }
}
