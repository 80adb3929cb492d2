package org.tradecert.cli.certify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.cli.CliRun;
import org.tradecert.cli.ExitCode;
import org.tradecert.conformance.Role;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleDefinition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Certifying the participant whose submission breaks a rule in a seeded ledger exits 1 and
 * names the failed scenario and the rule: on a ledger seeded here, and on every seeded ledger
 * under examples/ledgers that has an expect.yaml sidecar.
 */
class SeededLedgerCertifyTest {

    /** A result line of a failed scenario: result, scenario id, name. */
    private static final Pattern FAILED_SCENARIO = Pattern.compile("(?m)^  FAILED +([A-Z]{3}-\\d{2}) +\\S.*$");

    @Test
    void heavierPackingListFailsExporter(@TempDir Path temp) throws Exception {
        Path ledger = temp.resolve("ledger");
        SeaShipment.build(temp.resolve("documents"), ledger, false, Map.of("packing-list",
                xml -> xml.replace("<pl:GrossWeightMeasure unitCode=\"KGM\">34600</pl:GrossWeightMeasure>",
                        "<pl:GrossWeightMeasure unitCode=\"KGM\">36330</pl:GrossWeightMeasure>")));

        CliRun exporter = CliRun.of("certify", "--role", "exporter", "--submissions", ledger.toString(), "--out", temp.resolve("exporter").toString(),
                "--lang", "en");
        CliRun bank = CliRun.of("certify", "--role", "bank", "--submissions", ledger.toString(), "--out", temp.resolve("bank").toString(),
                "--lang", "en");

        assertThat(exporter.exitCode()).as(exporter.out() + exporter.err()).isEqualTo(ExitCode.NON_CONFORMANT);

        // The packing list's gross weight disagrees with its own packages (EXP-10) and, 5 % off,
        // with the invoice, declaration and bill of lading of its trade transaction (EXP-15, X06).
        assertThat(failedScenarios(exporter.out())).as(exporter.out()).containsExactly("EXP-10", "EXP-15");
        assertThat(exporter.out()).containsPattern("FAILED +EXP-10 +Exporter packs the consignment as its packing list states");
        assertThat(exporter.out()).containsPattern("FAILED +EXP-15 +Exporter's documents agree with the other documents of their trade transaction");
        assertThat(exporter.out()).contains("PACKING-GROSS-WEIGHT-SUM");
        assertThat(exporter.out()).contains("XDOC-X06-GROSS-WEIGHT");
        assertThat(exporter.out()).contains("Verdict: NOT CONFORMANT");
        assertThat(bank.exitCode()).as(bank.out()).isEqualTo(ExitCode.OK);

        String junit = Files.readString(temp.resolve("exporter/cucumber/junit.xml"));
        assertThat(junit).contains("failures=\"2\"");
        assertThat(failedTestCases(junit)).as(junit).containsExactly("Exporter packs the consignment as its packing list states",
                "Exporter's documents agree with the other documents of their trade transaction");
        assertThat(junit).contains("PACKING-GROSS-WEIGHT-SUM");
        assertThat(junit).contains("XDOC-X06-GROSS-WEIGHT");
        assertThat(junit).contains("type=\"org.tradecert.conformance.run.ScenarioFailed\"");
        assertThat(junit).doesNotContain("at org.tradecert.");
    }

    /**
     * One test per seeded ledger of the examples, certifying the participant named in its
     * expect.yaml. A ledger whose rules are not yet in the catalogue is skipped with a message.
     */
    @TestFactory
    Stream<DynamicTest> seededExampleLedgers(@TempDir Path temp) throws Exception {
        Path ledgers = SeaShipment.root().resolve("examples/ledgers");
        List<Path> seeded = new ArrayList<>();
        try (Stream<Path> folders = Files.list(ledgers)) {
            folders.filter(folder -> Files.isRegularFile(folder.resolve("expect.yaml"))).sorted().forEach(seeded::add);
        }
        assumeTrue(!seeded.isEmpty(), "examples/ledgers has no seeded ledger with an expect.yaml sidecar yet");
        return seeded.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> certifyCulprit(folder, temp)));
    }

    private static void certifyCulprit(Path folder, Path temp) throws Exception {
        JsonNode expect = new ObjectMapper(new YAMLFactory()).readTree(folder.resolve("expect.yaml").toFile());
        String role = expect.path("submission").path("role").asText();
        String organisation = expect.path("submission").path("organisation").asText();
        assumeTrue(Role.byId(role).isPresent(), folder.getFileName() + ": skipped, the role " + role + " has no conformance suite");
        List<String> rules = new ArrayList<>();
        expect.path("rules").forEach(rule -> rules.add(rule.asText()));
        List<String> missing = rules.stream().filter(rule -> catalogueIds(rule).isEmpty()).toList();
        assumeTrue(missing.isEmpty(), folder.getFileName() + ": skipped until the rule catalogue has " + missing
                + "; the test runs by itself once those rules are in tradecert rules list");
        String layer = expect.path("layer").asText();
        boolean linksTransactions = catalogueIds("X1").size() + catalogueIds("X2").size() > 0;
        assumeTrue(linksTransactions || !(layer.equals("cross-document") || layer.equals("risk")), folder.getFileName()
                + ": skipped until the cross-document rules X01-X25 are in the catalogue, because their fact extractors"
                + " join the invoice to the rest of its trade transaction, which the " + layer + " checks " + rules + " need");
        int exit = expect.path("exit").path("default").asInt(1);
        int exitOnWarning = expect.path("exit").path("failOnWarning").asInt(exit);

        Path out = temp.resolve(folder.getFileName().toString());
        CliRun byDefault = CliRun.of("certify", "--role", role, "--participant", organisation, "--submissions", folder.toString(),
                "--out", out.resolve("default").toString(), "--lang", "en");
        CliRun onWarning = CliRun.of("certify", "--role", role, "--participant", organisation, "--submissions", folder.toString(),
                "--out", out.resolve("warning").toString(), "--fail-on", "warning", "--lang", "en");

        assertThat(byDefault.exitCode()).as(folder + "\n" + byDefault.out() + byDefault.err()).isEqualTo(exit);
        assertThat(onWarning.exitCode()).as(folder + "\n" + onWarning.out() + onWarning.err()).isEqualTo(exitOnWarning);
        CliRun failing = exit == ExitCode.NON_CONFORMANT ? byDefault : onWarning;
        if (failing.exitCode() == ExitCode.NON_CONFORMANT) {
            assertThat(FAILED_SCENARIO.matcher(failing.out()).find()).as(folder + ": a failed scenario\n" + failing.out()).isTrue();
            assertThat(rules).as(folder + ": a rule of expect.yaml in the output\n" + failing.out())
                    .anyMatch(rule -> catalogueIds(rule).stream().anyMatch(failing.out()::contains));
        }
    }

    /** Returns the ids of the scenarios the text output lists as FAILED, in output order. */
    private static List<String> failedScenarios(String output) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = FAILED_SCENARIO.matcher(output);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    /** Returns the names of the JUnit test cases that have a failure element, in report order. */
    private static List<String> failedTestCases(String junit) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document report = factory.newDocumentBuilder().parse(new InputSource(new StringReader(junit)));
        NodeList testCases = report.getElementsByTagName("testcase");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < testCases.getLength(); i++) {
            Element testCase = (Element) testCases.item(i);
            if (testCase.getElementsByTagName("failure").getLength() > 0) {
                names.add(testCase.getAttribute("name"));
            }
        }
        return names;
    }

    /**
     * Returns the catalogue ids that a rule of expect.yaml names: the id itself, or for a number
     * of the standards tables (X2, X02, P1) every id that carries it, such as XDOC-X02-DECLARED-VALUE
     * or RISK-P01-UNIT-VALUE.
     */
    private static List<String> catalogueIds(String rule) {
        Matcher numbered = Pattern.compile("([XP])0*(\\d+)").matcher(rule);
        Pattern part = numbered.matches()
                ? Pattern.compile("(^|-)" + numbered.group(1) + "0*" + numbered.group(2) + "(-|$)")
                : Pattern.compile("^" + Pattern.quote(rule) + "$");
        return RuleCatalogue.standard().rules().stream().map(RuleDefinition::id).filter(id -> part.matcher(id).find()).toList();
    }
}
