package org.tradecert.report;

import org.junit.jupiter.api.Test;
import org.tradecert.api.DocumentResult;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.RuleCatalogue;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML report of a real run, parsed back as XML. */
class HtmlReportWriterTest {

    private final ExampleRun run = ExampleRun.examples();

    @Test
    void pageDeclaresItsLanguage() {
        Document english = HtmlPage.parse(run.render(ReportFormat.Kind.HTML, Messages.ENGLISH, ReportOptions.defaults()));
        Document chinese = HtmlPage.parse(run.render(ReportFormat.Kind.HTML, Messages.CHINESE, ReportOptions.defaults()));

        assertThat(english.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(chinese.getDocumentElement().getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(HtmlPage.elements(chinese, "title").get(0).getTextContent()).isEqualTo("tradecert 校验报告");
    }

    @Test
    void pageNeedsNoScriptAndNoExternalResource() {
        String html = run.renderText(ReportFormat.Kind.HTML, Messages.ENGLISH, ReportOptions.defaults());
        Document page = HtmlPage.parse(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(HtmlPage.elements(page, "script")).isEmpty();
        assertThat(HtmlPage.elements(page, "link")).isEmpty();
        assertThat(HtmlPage.elements(page, "img")).isEmpty();
        assertThat(HtmlPage.elements(page, "style")).hasSize(1);
        assertThat(HtmlPage.elements(page, "a")).allSatisfy(link -> assertThat(link.getAttribute("href")).startsWith("#input-"));
        assertThat(html).doesNotContain("src=").doesNotContain("url(").doesNotContain("@import");
    }

    @Test
    void summaryComesBeforeTheInputs() {
        String html = run.renderText(ReportFormat.Kind.HTML, Messages.ENGLISH, ReportOptions.defaults());

        int summary = html.indexOf("<section id=\"summary\">");
        int firstInput = html.indexOf("<section class=\"input\"");
        int provenance = html.indexOf("<section id=\"provenance\">");

        assertThat(summary).isPositive();
        assertThat(firstInput).isGreaterThan(summary);
        assertThat(provenance).isGreaterThan(firstInput);
    }

    @Test
    void sectionPerInputWithFindings() {
        Document page = HtmlPage.parse(run.render(ReportFormat.Kind.HTML, Messages.ENGLISH, ReportOptions.defaults()));
        List<Element> sections = HtmlPage.withClass(page, "section", "input");

        assertThat(sections).hasSize(run.results().size());
        for (int i = 0; i < sections.size(); i++) {
            DocumentResult result = run.results().get(i);
            Element section = sections.get(i);
            assertThat(section.getAttribute("id")).isEqualTo("input-" + i);
            assertThat(HtmlPage.elements(section, "h2").get(0).getTextContent()).endsWith(result.source());
            List<Element> tables = HtmlPage.elements(section, "table").stream()
                    .filter(table -> table.getAttribute("class").equals("findings")).toList();
            if (result.findings().isEmpty()) {
                assertThat(tables).as("findings table of %s", result.source()).isEmpty();
                assertThat(section.getTextContent()).contains("No findings.");
            } else {
                List<Element> rows = HtmlPage.elements(HtmlPage.elements(tables.get(0), "tbody").get(0), "tr");
                assertThat(rows).as("finding rows of %s", result.source()).hasSize(result.findings().size());
                assertThat(rows.get(0).getTextContent()).contains(result.findings().get(0).ruleId());
            }
        }
    }

    @Test
    void overviewTableListsEveryInput() {
        Document page = HtmlPage.parse(run.render(ReportFormat.Kind.HTML, Messages.ENGLISH, ReportOptions.defaults()));
        Element overview = HtmlPage.withClass(page, "table", "inputs").get(0);

        List<Element> rows = HtmlPage.elements(HtmlPage.elements(overview, "tbody").get(0), "tr");

        assertThat(rows).hasSize(run.results().size());
        assertThat(rows.get(rows.size() - 1).getTextContent()).contains(ExampleRun.MISSING.toString()).contains("input error");
    }

    @Test
    void provenanceListsRulePackSchemasAndCodeLists() {
        Document page = HtmlPage.parse(run.render(ReportFormat.Kind.HTML, Messages.ENGLISH, ReportOptions.defaults()));
        Element provenance = HtmlPage.withClass(page, "table", "provenance").get(0);

        List<Element> rows = HtmlPage.elements(HtmlPage.elements(provenance, "tbody").get(0), "tr");

        assertThat(rows).hasSize(1 + run.provenance().schemas().size() + run.provenance().codeLists().size());
        assertThat(rows.get(0).getTextContent()).contains(RuleCatalogue.standard().pack().digest());
    }

    @Test
    void spoolFilesAreDeleted() throws IOException {
        long before = spoolFiles();

        run.render(ReportFormat.Kind.HTML, Messages.ENGLISH, ReportOptions.defaults());

        assertThat(spoolFiles()).isEqualTo(before);
    }

    @Test
    void emptyRunIsWellFormed() {
        Document page = HtmlPage.parse(new ExampleRun(run.provenance(), List.of()).render(ReportFormat.Kind.HTML, Messages.ENGLISH,
                ReportOptions.defaults()));

        assertThat(HtmlPage.withClass(page, "section", "input")).isEmpty();
    }

    private static long spoolFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("tradecert-report-")).count();
        }
    }
}
