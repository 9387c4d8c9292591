package org.isnad.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Golden test of the report on two hand-annotated documents and one failure: the embedded JSON
 * and the server-rendered summary are compared with files under
 * {@code src/test/resources/org/isnad/report/golden/}. Style and script changes do not touch
 * them. After a deliberate change of the data or the summary, regenerate them with
 * {@code mvn -o -q test -Dtest=HtmlReportGoldenTest -Disnad.golden.update=true} and review the diff.
 */
class HtmlReportGoldenTest
{
    static final Path GOLDEN = Path.of("src/test/resources/org/isnad/report/golden");
    static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"isnad-data\">(.*?)</script>", Pattern.DOTALL);
    static final Pattern SUMMARY = Pattern.compile("<section id=\"summary\".*?</section>",
            Pattern.DOTALL);

    @TempDir
    Path temp;

    static Path twoDocumentReport(Path dir) throws Exception
    {
        // collected in reverse: the report must come out in document order anyway
        return ReportFixtures.writeReport(dir,
                List.of("broken.txt", "not valid UTF-8: malformed byte sequence at byte offset 2"),
                "washington.txt", ReportFixtures.washington(),
                "baghdad.txt", ReportFixtures.baghdad());
    }

    static String embeddedData(String html)
    {
        Matcher matcher = DATA.matcher(html);
        assertThat(matcher.find()).as("embedded JSON block").isTrue();
        return matcher.group(1);
    }

    @Test
    void thatTheReportOnTwoDocumentsMatchesTheGoldenFiles() throws Exception
    {
        String html = Files.readString(twoDocumentReport(temp));

        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode data = mapper.readTree(embeddedData(html));
        String json = mapper.writeValueAsString(data) + "\n";
        Matcher summary = SUMMARY.matcher(html);
        assertThat(summary.find()).isTrue();

        compare("two-documents/data.json", json);
        compare("two-documents/summary.html", summary.group() + "\n");
    }

    @Test
    void thatThePageIsOneOfflineRightToLeftFileWithAStrictContentSecurityPolicy()
        throws Exception
    {
        String html = Files.readString(twoDocumentReport(temp));
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">");
        assertThat(html).doesNotContainPattern("(?i)<(link|img|iframe)\\b")
                .doesNotContainPattern("(?i)\\bsrc=");
        // the only URL is the SVG namespace name, which is never fetched
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://",
                "https://", "//cdn");

        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(script.find()).isTrue();
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertThat(style.find()).isTrue();
        Matcher csp = Pattern.compile(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")
                .matcher(html);
        assertThat(csp.find()).isTrue();
        // the template escapes attribute values; the browser decodes &#39; and &#x3D;
        String policy = csp.group(1).replace("&#39;", "'").replace("&#x3D;", "=");
        assertThat(policy).isEqualTo("default-src 'none'; script-src '"
                + ReportRenderer.sha256(script.group(1)) + "'; style-src '"
                + ReportRenderer.sha256(style.group(1)) + "'; img-src data:; base-uri 'none'; "
                + "form-action 'none'");
    }

    @Test
    void thatTheReportDoesNotDependOnTheOrderInWhichDocumentsWereCollected() throws Exception
    {
        Path forward = ReportFixtures.writeReport(temp.resolve("a"), List.of(),
                "washington.txt", ReportFixtures.washington(),
                "baghdad.txt", ReportFixtures.baghdad());
        Path backward = ReportFixtures.writeReport(temp.resolve("b"), List.of(),
                "baghdad.txt", ReportFixtures.baghdad(),
                "washington.txt", ReportFixtures.washington());
        assertThat(Files.readAllBytes(forward)).isEqualTo(Files.readAllBytes(backward));
    }

    private static void compare(String name, String actual) throws Exception
    {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("isnad.golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file (regenerate with -Disnad.golden.update=true)").exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
