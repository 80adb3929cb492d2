package org.tradecert.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.engine.Validator;
import org.tradecert.i18n.Messages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Document data that would act on a reader if a report passed it on raw. The data are a JSON
 * member name with a script element, ANSI colour sequences and a line break, a code value with a
 * script element, and a file name with both. A real run validates these files, and every format
 * must show the data as inert text.
 */
class HostileValuesTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String MEMBER = SCRIPT + "\u001B[31mRED\u001B[0m\n";

    private static final Pattern SGR = Pattern.compile("\u001B\\[[0-9;]*m");

    @TempDir
    static Path directory;

    private static ExampleRun run;

    @BeforeAll
    static void validateHostileDocuments() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode booking = (ObjectNode) json.readTree(ExampleRun.VALID.resolve("sea/booking-request.json").toFile());
        booking.put(MEMBER, "x");
        Files.writeString(directory.resolve("member-name.json"), json.writeValueAsString(booking), StandardCharsets.UTF_8);

        Path invalid = ExampleRun.INVALID.resolve("booking/freight-payment-term-not-in-code-list.xml");
        String xml = Files.readString(invalid, StandardCharsets.UTF_8);
        String scripted = xml.replace(">PREPAID<", ">&lt;script&gt;alert(1)&lt;/script&gt;<");
        assertThat(scripted).as("code value replaced").isNotEqualTo(xml);
        Files.writeString(directory.resolve("code-value.xml"), scripted, StandardCharsets.UTF_8);

        try {
            Files.copy(invalid, directory.resolve("name" + SCRIPT.replace('/', '_') + "\u001B[31m.xml"));
        } catch (InvalidPathException | IOException e) {
            // A file system that forbids these characters in names cannot hold such a file; the other two still run.
        }

        run = ExampleRun.run(Validator.builder().build(), List.of(directory));
        assertThat(run.results()).as("results").hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void runReportsTheHostileData() {
        assertThat(run.results()).allSatisfy(result -> assertThat(result.findings()).as("findings of %s", result.source()).isNotEmpty());
        assertThat(run.results().toString()).contains(MEMBER).contains("<script>alert(1)</script>");
    }

    @Test
    void textShowsEscapesInsteadOfControlCharacters() {
        String text = run.renderText(ReportFormat.Kind.TEXT, Messages.ENGLISH, ReportOptions.defaults());

        assertThat(text).doesNotContain("\u001B").doesNotContain("\r");
        // The quote that closes the member name in the message stays on the same line as the escaped line break.
        assertThat(text.lines()).anySatisfy(line -> assertThat(line).contains(SCRIPT + "\\u001B[31mRED\\u001B[0m\\n'"));
    }

    @Test
    void colouredTextCarriesNoSequenceFromTheDocument() {
        String text = run.renderText(ReportFormat.Kind.TEXT, Messages.ENGLISH, ReportOptions.defaults().withColour(true));

        assertThat(SGR.matcher(text).replaceAll("")).doesNotContain("\u001B");
        assertThat(text).doesNotContain("\u001B[31mRED");
    }

    @Test
    void htmlShowsScriptAsText() {
        byte[] html = run.render(ReportFormat.Kind.HTML, Messages.ENGLISH, ReportOptions.defaults());
        Document page = HtmlPage.parse(html);

        assertThat(HtmlPage.elements(page, "script")).isEmpty();
        assertThat(new String(html, StandardCharsets.UTF_8)).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("\u001B");
        assertThat(page.getDocumentElement().getTextContent()).contains(SCRIPT + "\\u001B[31mRED\\u001B[0m\\n");
    }

    @Test
    void junitIsReadableXml() throws Exception {
        byte[] xml = run.render(ReportFormat.Kind.JUNIT, Messages.ENGLISH, ReportOptions.defaults());
        Path file = directory.resolve("junit-report.xml.out");
        Files.write(file, xml);

        assertThat(new TestSuiteXmlParser(new NullConsoleLogger()).parse(file.toString())).hasSize(run.results().size());
        assertThat(new String(xml, StandardCharsets.UTF_8)).doesNotContain("\u001B");
        Document parsed = HtmlPage.parse(xml);
        assertThat(HtmlPage.elements(parsed, "failure")).extracting(Element::getTextContent)
                .anySatisfy(text -> assertThat(text).contains(SCRIPT + "\\u001B[31mRED"));
    }

    @Test
    void jsonKeepsTheExactDataInEscapes() {
        byte[] json = run.render(ReportFormat.Kind.JSON, Messages.ENGLISH, ReportOptions.defaults());

        assertThat(SchemaCheck.report().violations(json)).isEmpty();
        assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContain("\u001B").contains("\\u001B[31mRED");
        assertThat(SchemaCheck.parse(json).path("results").findValuesAsText("message"))
                .anySatisfy(message -> assertThat(message).contains(MEMBER));
    }

    @Test
    void sarifIsSchemaValidWithEncodedUris() {
        byte[] sarif = run.render(ReportFormat.Kind.SARIF, Messages.ENGLISH, ReportOptions.defaults());

        assertThat(SchemaCheck.sarif().violations(sarif)).isEmpty();
        assertThat(new String(sarif, StandardCharsets.UTF_8)).doesNotContain("\u001B");
        List<String> uris = SchemaCheck.parse(sarif).findValuesAsText("uri");
        assertThat(uris).allSatisfy(uri -> assertThat(uri).startsWith("file:///").doesNotContain("<").doesNotContain(" "));
        boolean hostileName = run.results().stream().anyMatch(result -> result.source().contains(SCRIPT.replace('/', '_')));
        assumeTrue(hostileName, "skipped: this file system cannot name a file with < and ESC");
        assertThat(uris).anySatisfy(uri -> assertThat(uri).contains("%3Cscript%3Ealert%281%29%3C_script%3E%1B%5B31m.xml"));
    }
}
