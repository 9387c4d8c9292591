package org.isnad.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.isnad.type.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/**
 * A hostile document: markup, event handlers, {@code javascript:} links and script-closing
 * sequences in its text, in entity identifiers, speaker names, event features, its file name and
 * a failure reason. The page must show all of it as text and run none of it.
 */
class HtmlReportEscapingTest
{
    static final String SCRIPT = "<script>window.pwned = 1; alert('script')</script>";
    static final String IMAGE = "\"><img src=x onerror=\"window.pwned = 2; alert('img')\">";
    static final String LINK = "<a href=\"javascript:window.pwned = 3; alert('link')\">اضغط هنا</a>";
    static final String CLOSER = "</script><!-- <script>window.pwned = 4</script>";
    static final String SEPARATORS = "سطر\u2028سطر\u2029سطر";

    static final String TEXT = "قال المتحدث " + SCRIPT + " ثم أضاف: \"" + IMAGE + "\".\n"
            + "وهاجم المسلحون " + LINK + " في 2020-08-20.\n" + CLOSER + "\n" + SEPARATORS;

    @TempDir
    Path temp;

    Path hostileReport() throws Exception
    {
        ReportFixtures.Doc doc = new ReportFixtures.Doc(TEXT);
        NamedEntity speaker = doc.entity("PER", "PER:<script>alert('id')</script>", "المتحدث", 0);
        NamedEntity attackers = doc.entity("NORP", "NORP:\"><img src=x onerror=alert('id')>",
                "المسلحون", 0);
        NamedEntity target = doc.entity("<b onmouseover=alert('type')>", null, LINK, 0);
        TimeExpression date = doc.time("2020-08-20\"><script>alert('time')</script>",
                "2020-08-20");
        doc.quote("direct", "<img src=x onerror=\"alert('speaker')\">", "PER:<svg onload=alert(1)>",
                IMAGE, speaker, "أضاف", 0);
        doc.quote("indirect", SCRIPT, null, SCRIPT, null, "قال", 0);
        doc.event("ASSAULT\"><img src=x onerror=alert('cat')>", "<script>alert('mode')</script>",
                "javascript:alert('modality')", "</script><script>alert('id')</script>", "هاجم",
                "source", attackers, "target", target, "time", date);
        return ReportFixtures.writeReport(temp,
                List.of("\"><script>window.pwned = 7</script>.txt",
                        "<img src=x onerror=\"window.pwned = 8; alert('reason')\">"),
                "<img src=x onerror=alert('name')>.txt", doc);
    }

    @Test
    void thatTheRawPageHoldsNoMarkupFromTheDocument() throws Exception
    {
        String html = Files.readString(hostileReport());
        String data = HtmlReportGoldenTest.embeddedData(html);
        assertThat(data).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        assertThat(data).contains("\\u003Cscript\\u003Ewindow.pwned = 1", "\\u2028");
        // two script elements only: the data block and the page's own script
        assertThat(html.split("<script", -1)).hasSize(3);
        assertThat(html).doesNotContainPattern("(?i)<img|<svg onload|<b onmouseover|<a href=\"javascript");
        assertThat(html).contains(
                "<bdi>&lt;img src&#x3D;x onerror&#x3D;&quot;window.pwned &#x3D; 8; alert(&#39;reason&#39;)&quot;&gt;</bdi>");
    }

    @Test
    void thatTheBrowserShowsTheMarkupAsTextAndRunsNothing() throws Exception
    {
        List<String> alerts = new ArrayList<>();
        try (WebClient browser = HtmlReportBrowserTest.browser(alerts)) {
            HtmlPage page = browser.getPage(hostileReport().toUri().toURL());

            // open every quotation, event and annotation the document has
            ((HtmlElement) page.querySelectorAll("#speakers-table button.toggle").get(0)).click();
            for (DomNode link : page.querySelectorAll("a.qlink, a.elink")) {
                ((HtmlElement) link).click();
            }
            for (DomNode segment : page.querySelectorAll("#doc-view [data-seg]")) {
                ((HtmlElement) segment).click();
                ((HtmlElement) segment).mouseOver();
            }
            browser.waitForBackgroundJavaScript(500);

            assertThat(alerts).isEmpty();
            assertThat(page.executeJavaScript("typeof window.pwned").getJavaScriptResult())
                    .isEqualTo("undefined");
            assertThat(page.getElementsByTagName("img")).isEmpty();
            assertThat(page.querySelectorAll("#doc-view a, #doc-view b, #doc-view svg")).isEmpty();
            assertThat(page.querySelectorAll("a[href^='javascript']")).isEmpty();
            for (DomNode anchor : page.querySelectorAll("a")) {
                assertThat(((DomElement) anchor).getAttribute("href")).matches("#[a-z0-9-]+");
            }

            String shown = page.getElementById("doc-view").getTextContent();
            assertThat(shown).contains(SCRIPT, IMAGE, LINK, CLOSER, SEPARATORS);
            assertThat(page.getElementById("speakers-view").getTextContent())
                    .contains("<img src=x onerror=\"alert('speaker')\">", SCRIPT);
            assertThat(page.getElementById("timeline").getTextContent())
                    .contains("<script>alert('mode')</script>");
            assertThat(page.getElementById("failures-table").getTextContent())
                    .contains("<img src=x onerror=\"window.pwned = 8; alert('reason')\">",
                            "\"><script>window.pwned = 7</script>.txt");
            assertThat(page.getElementById("doc-info").getTextContent()).isNotBlank();
            // an unknown category is shown, but only known categories become class names
            assertThat(page.querySelectorAll("#doc-view .evt.cat-OTHER")).hasSize(1);
        }
    }
}
