package org.tradecert.report;

import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.i18n.Messages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JUnit XML report of a real run, read back with Maven Surefire's own JUnit XML parser
 * ({@code surefire-report-parser}, which the Surefire report plugin uses) and with the JDK's DOM.
 */
class JunitReportWriterTest {

    private final ExampleRun run = ExampleRun.examples();

    @TempDir
    Path directory;

    @Test
    void surefireReadsOneSuitePerInput() throws Exception {
        List<ReportTestSuite> suites = readBack(Messages.ENGLISH);

        assertThat(suites).hasSize(run.results().size());
        for (int i = 0; i < suites.size(); i++) {
            assertThat(suites.get(i).getFullClassName()).isEqualTo(run.results().get(i).source());
        }
    }

    @Test
    void validExamplesHaveNoFailureOrError() throws Exception {
        List<ReportTestSuite> suites = readBack(Messages.ENGLISH);

        for (int i = 0; i < suites.size(); i++) {
            if (run.under(ExampleRun.VALID).contains(run.results().get(i))) {
                ReportTestSuite suite = suites.get(i);
                assertThat(suite.getNumberOfFailures() + suite.getNumberOfErrors()).as("failures of %s", suite.getFullClassName()).isZero();
                assertThat(suite.getTestCases()).as("test cases of %s", suite.getFullClassName())
                        .extracting(ReportTestCase::getName).contains("layer 1 input safety", "layer 5 schema", "layer 6 code lists",
                                "layer 7 document rules");
            }
        }
    }

    @Test
    void invalidExamplesFailTheirLayer() throws Exception {
        List<ReportTestSuite> suites = readBack(Messages.ENGLISH);

        for (int i = 0; i < suites.size(); i++) {
            DocumentResult result = run.results().get(i);
            if (!run.under(ExampleRun.INVALID).contains(result)) {
                continue;
            }
            ReportTestSuite suite = suites.get(i);
            Finding first = result.findings().get(0);
            int layer = org.tradecert.rules.RuleCatalogue.standard().layerOf(first.ruleId()).number();
            ReportTestCase failing = suite.getTestCases().stream().filter(test -> test.getName().startsWith("layer " + layer + " "))
                    .findFirst().orElseThrow();

            assertThat(suite.getNumberOfFailures()).as("failures of %s", result.source()).isEqualTo(1);
            assertThat(failing.hasFailure()).as("layer %d case of %s fails", layer, result.source()).isTrue();
            assertThat(failing.getFailureType()).isEqualTo(first.ruleId());
            assertThat(failing.getFailureMessage()).startsWith(first.ruleId() + ": ");
            assertThat(failing.getFailureDetail()).contains(first.location().toString());
            if (layer == 5) {
                assertThat(testCase(suite, "layer 6 code lists").hasSkipped()).as("code lists of %s skipped", result.source()).isTrue();
            }
        }
    }

    @Test
    void missingInputIsAnError() throws Exception {
        List<ReportTestSuite> suites = readBack(Messages.ENGLISH);
        int index = run.results().indexOf(run.bySource(ExampleRun.MISSING));

        ReportTestCase input = testCase(suites.get(index), "layer 1 input safety");

        assertThat(suites.get(index).getNumberOfErrors()).isEqualTo(1);
        assertThat(input.hasError()).isTrue();
        assertThat(input.getFailureType()).isEqualTo("INPUT-NOT-FOUND");
    }

    @Test
    void layersThatDoNotApplyAreLeftOut() throws Exception {
        List<ReportTestSuite> suites = readBack(Messages.ENGLISH).stream()
                .filter(suite -> !suite.getFullClassName().equals(ExampleRun.MISSING.toString())).toList();

        assertThat(suites).hasSize(run.results().size() - 1);
        assertThat(suites).allSatisfy(suite -> assertThat(suite.getTestCases()).extracting(ReportTestCase::getName)
                .doesNotContain("layer 2 envelope", "layer 3 integrity", "layer 4 authorisation"));
    }

    @Test
    void chineseReportNamesLayersInChinese() throws Exception {
        List<ReportTestSuite> suites = readBack(Messages.CHINESE);

        assertThat(suites.get(0).getTestCases()).extracting(ReportTestCase::getName).contains("第 1 层输入安全", "第 5 层模式");
    }

    @Test
    void domCountsMatchTheTestCases() throws Exception {
        byte[] xml = run.render(ReportFormat.Kind.JUNIT, Messages.ENGLISH, ReportOptions.defaults());
        Document document = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));

        NodeList suites = document.getElementsByTagName("testsuite");
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("testsuites");
        assertThat(suites.getLength()).isEqualTo(run.results().size());
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(suite.getElementsByTagName("testcase").getLength());
            assertThat(Integer.parseInt(suite.getAttribute("failures"))).isEqualTo(suite.getElementsByTagName("failure").getLength());
            assertThat(Integer.parseInt(suite.getAttribute("errors"))).isEqualTo(suite.getElementsByTagName("error").getLength());
            assertThat(Integer.parseInt(suite.getAttribute("skipped"))).isEqualTo(suite.getElementsByTagName("skipped").getLength());
        }
    }

    @Test
    void timingsGiveDurations() throws Exception {
        Path file = directory.resolve("timed.xml");
        Files.write(file, run.render(ReportFormat.Kind.JUNIT, Messages.ENGLISH, ReportOptions.defaults().withTimings(true)));

        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(file.toString());

        assertThat(suites).anySatisfy(suite -> assertThat(suite.getTimeElapsed()).isPositive());
    }

    @Test
    void emptyRunIsReadable() throws Exception {
        Path file = directory.resolve("empty.xml");
        Files.write(file, new ExampleRun(run.provenance(), List.of()).render(ReportFormat.Kind.JUNIT, Messages.ENGLISH, ReportOptions.defaults()));

        assertThat(new TestSuiteXmlParser(new NullConsoleLogger()).parse(file.toString())).isEmpty();
    }

    private List<ReportTestSuite> readBack(Locale locale) throws Exception {
        Path file = directory.resolve("TEST-tradecert-" + locale.toLanguageTag() + ".xml");
        Files.write(file, run.render(ReportFormat.Kind.JUNIT, locale, ReportOptions.defaults()));
        TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());

        List<ReportTestSuite> suites = parser.parse(file.toString());

        assertThat(parser.isValid()).as("Surefire parsed the file").isTrue();
        return suites;
    }

    private static ReportTestCase testCase(ReportTestSuite suite, String name) {
        return suite.getTestCases().stream().filter(testCase -> testCase.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no test case " + name + " in " + suite.getFullClassName()));
    }
}
