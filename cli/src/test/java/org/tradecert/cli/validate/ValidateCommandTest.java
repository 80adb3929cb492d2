package org.tradecert.cli.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.cli.CliRun;
import org.tradecert.cli.ExitCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tradecert validate} as a user runs it: the examples, every report format, exit codes and bad options. */
class ValidateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    private static Path examples(String relative) {
        return root().resolve("examples").resolve(relative);
    }

    private static JsonNode report(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    private static Set<String> ruleIds(JsonNode result) {
        Set<String> ids = new TreeSet<>();
        result.path("findings").forEach(finding -> ids.add(finding.path("ruleId").asText()));
        return ids;
    }

    @Test
    void validExamplesAreConformant(@TempDir Path out) throws IOException {
        Path json = out.resolve("report.json");

        CliRun run = CliRun.of("validate", examples("documents/valid").toString(), "--format", "text", "--format", "json=" + json);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        JsonNode report = report(json);
        assertThat(report.path("results").size()).isGreaterThanOrEqualTo(58);
        report.path("results").forEach(result -> {
            assertThat(result.path("verdict").asText()).as(result.path("source").asText()).isEqualTo("conformant");
            assertThat(result.path("findings").size()).as(result.path("source").asText()).isZero();
        });
        assertThat(run.out()).contains("conformant: " + report.path("results").size());
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidExampleFailsWithExactlyItsSidecarRules() throws IOException {
        List<Path> sidecars = new ArrayList<>();
        try (Stream<Path> files = Files.walk(examples("documents/invalid"))) {
            files.filter(file -> file.toString().endsWith(".expect.yaml")).sorted().forEach(sidecars::add);
        }
        assertThat(sidecars).hasSizeGreaterThanOrEqualTo(24);
        return sidecars.stream().map(sidecar -> DynamicTest.dynamicTest(root().relativize(sidecar).toString(), () -> {
            JsonNode expect = YAML.readTree(sidecar.toFile());
            Set<String> expected = new TreeSet<>();
            expect.path("rules").forEach(id -> expected.add(id.asText()));
            assertThat(expected).as("the sidecar names its rule ids").isNotEmpty();
            String base = sidecar.toString().substring(0, sidecar.toString().length() - ".expect.yaml".length());
            List<JsonNode> twins = new ArrayList<>();

            for (String syntax : List.of(".xml", ".json")) {
                Path document = Path.of(base + syntax);
                assertThat(document).as("example in " + syntax).exists();
                Path json = Files.createTempFile("tradecert-report", ".json");
                CliRun run = CliRun.of("validate", document.toString(), "--format", "json=" + json);

                assertThat(run.exitCode()).as(document + ": " + run.err()).isEqualTo(ExitCode.NON_CONFORMANT);
                JsonNode result = report(json).path("results").get(0);
                assertThat(ruleIds(result)).as(document.toString()).isEqualTo(expected);
                assertThat(result.path("documentType").asText()).isEqualTo(expect.path("type").asText());
                twins.add(result);
                Files.delete(json);
            }

            assertThat(ruleIds(twins.get(0))).as("XML and JSON twins name the same rules").isEqualTo(ruleIds(twins.get(1)));
            if (!"schema".equals(expect.path("layer").asText())) {
                assertThat(comparable(twins.get(0))).as("twins give identical document-rule findings").isEqualTo(comparable(twins.get(1)));
            }
        }));
    }

    /** A finding without its location and schema wording: rule, severity, arguments, expected and actual. */
    private static List<String> comparable(JsonNode result) {
        List<String> findings = new ArrayList<>();
        result.path("findings").forEach(finding -> findings.add(finding.path("ruleId").asText() + " " + finding.path("severity").asText()
                + " " + finding.path("arguments") + " " + finding.path("expected").asText() + " " + finding.path("actual").asText()));
        return findings;
    }

    @Test
    void oneRunWritesEveryFormat(@TempDir Path out) throws IOException {
        CliRun run = CliRun.of("validate", examples("documents/valid/air").toString(),
                examples("documents/invalid/packing-list").toString(), "--lang", "zh-CN",
                "--format", "text=" + out.resolve("report.txt"), "--format", "json=" + out.resolve("report.json"),
                "--format", "junit=" + out.resolve("report.xml"), "--format", "sarif=" + out.resolve("report.sarif"),
                "--format", "html=" + out.resolve("report.html"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(Files.readString(out.resolve("report.txt"))).contains("SCHEMA-STRUCTURE").contains("不符合");
        assertThat(report(out.resolve("report.json")).path("language").asText()).isEqualTo("zh-CN");
        assertThat(Files.readString(out.resolve("report.xml"))).contains("<testsuite").contains("SCHEMA-VALUE-FORM");
        assertThat(report(out.resolve("report.sarif")).path("version").asText()).isEqualTo("2.1.0");
        assertThat(Files.readString(out.resolve("report.html"))).contains("<html").contains("lang=\"zh-CN\"");
    }

    @Test
    void jsonReportIsIdenticalAcrossRuns(@TempDir Path out) throws IOException {
        String[] inputs = {examples("documents/valid/sea").toString(), examples("documents/invalid").toString(),
                examples("ledgers/air-ok").toString()};

        CliRun first = CliRun.of(concat(inputs, "--format", "json=" + out.resolve("first.json")));
        CliRun second = CliRun.of(concat(inputs, "--format", "json=" + out.resolve("second.json"), "--threads", "1"));

        assertThat(first.exitCode()).isEqualTo(second.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(Files.readAllBytes(out.resolve("first.json"))).isEqualTo(Files.readAllBytes(out.resolve("second.json")));
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = new String[head.length + tail.length + 1];
        all[0] = "validate";
        System.arraycopy(head, 0, all, 1, head.length);
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        return all;
    }

    @Test
    void ledgersAreConformant() {
        CliRun run = CliRun.of("validate", examples("ledgers/sea-ok").toString(), examples("ledgers/air-ok").toString());

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("sea-ok").contains("air-ok");
    }

    @Test
    void missingInputIsAnInputErrorAndTheOthersAreStillValidated(@TempDir Path dir) {
        CliRun run = CliRun.of("validate", dir.resolve("absent.xml").toString(),
                examples("documents/invalid/booking/missing-carrier-party.xml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_OUTPUT);
        assertThat(run.out()).contains("INPUT-NOT-FOUND").contains("SCHEMA-STRUCTURE");
    }

    @Test
    void failOnWarningFailsADocumentWithOnlyAWarning(@TempDir Path dir) throws IOException {
        String invoice = Files.readString(examples("documents/valid/sea/commercial-invoice.xml"));
        String hinted = invoice.replaceFirst("<ci:CommercialInvoice ", "<ci:CommercialInvoice "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:x invoice.xsd\" ");
        Path file = Files.writeString(dir.resolve("hinted.xml"), hinted);

        CliRun lenient = CliRun.of("validate", file.toString());
        CliRun strict = CliRun.of("validate", file.toString(), "--fail-on", "warning");

        assertThat(lenient.exitCode()).as(lenient.out()).isEqualTo(ExitCode.OK);
        assertThat(lenient.out()).contains("INPUT-XML-SCHEMA-HINT");
        assertThat(strict.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
    }

    @Test
    void standardInputIsReadForDash() throws IOException {
        InputStream original = System.in;
        try (InputStream in = Files.newInputStream(examples("documents/valid/sea/packing-list.json"))) {
            System.setIn(in);
            CliRun run = CliRun.of("validate", "-");

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("-: ").contains("packing-list");
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        Path file = examples("documents/valid/sea/packing-list.xml");

        assertThat(CliRun.of("validate", file.toString(), "--fail-on", "info").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("validate", file.toString(), "--format", "pdf").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("validate", file.toString(), "--format", "json", "--format", "text").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("validate", file.toString(), "--type", "bill-of-lading").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("validate", file.toString(), "--timeout", "0").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("validate").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void invalidConfigurationStopsBeforeAnyInput(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("tradecert.yaml"), "rules:\n  CODE-UNKNOWN:\n    severity: info\n");

        CliRun run = CliRun.of("validate", examples("documents/valid/sea/packing-list.xml").toString(), "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(run.err()).contains("CODE-UNKNOWN").contains("reason");
        assertThat(run.out()).doesNotContain("packing-list.xml");
    }

    @Test
    void configurationOverrideShowsBothSeverities(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("tradecert.yaml"), """
                rules:
                  SCHEMA-CODE-VALUE:
                    severity: warning
                    reason: Code values are corrected by the broker before filing.
                """, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("validate", examples("documents/invalid/booking/freight-payment-term-not-in-code-list.xml").toString(),
                "--config", config.toString());

        assertThat(run.out()).contains("SCHEMA-CODE-VALUE").contains("Code values are corrected by the broker before filing.");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INCOMPLETE);
    }
}
