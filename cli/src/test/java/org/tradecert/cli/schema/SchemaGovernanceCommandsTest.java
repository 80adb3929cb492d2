package org.tradecert.cli.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.cli.CliRun;
import org.tradecert.cli.ExitCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The governance commands end to end: schema diff, release-check, lint and docs, with their exit codes. */
class SchemaGovernanceCommandsTest {

    @TempDir
    static Path folder;

    static Fixtures fixtures;

    @BeforeAll
    static void build() throws Exception {
        fixtures = Fixtures.copy(folder.resolve("repo")).release("transport-event-1.1.0").release("transport-event-2.0.0");
    }

    private static CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--lang");
        all.add("en");
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void diffToMinorFixtureRequiresMinorAndPasses() throws Exception {
        CliRun result = run("schema", "diff", "transport-event@1.0.0", "transport-event@1.1.0", "--tree", fixtures.tree.toString(), "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.path("requiredBump").asText()).isEqualTo("MINOR");
        for (JsonNode finding : report.path("comparisons").get(0).path("findings")) {
            assertThat(finding.path("class").asText()).isIn("EQ", "WIDEN");
        }
    }

    @Test
    void diffToMajorFixtureReportsBreakingIdsAndRequiresMajor() {
        CliRun result = run("schema", "diff", "transport-event@1.1.0", "transport-event@2.0.0", "--tree", fixtures.tree.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("SD103 member-removed-optional").contains("SD201 min-occurs-increased")
                .contains("SD105 member-renamed-or-moved").contains("SD701 namespace-changed").contains("Required version increment: MAJOR");
    }

    @Test
    void consumerModeFailsOnAdditions() {
        CliRun result = run("schema", "diff", "transport-event@1.0.0", "transport-event@1.1.0", "--tree", fixtures.tree.toString(),
                "--mode", "consumer");

        assertThat(result.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(result.out()).contains("ERROR SD101");
    }

    @Test
    void breakingChangeUnderMinorVersionFails(@TempDir Path temp) throws Exception {
        Fixtures misVersioned = Fixtures.copy(temp).release("transport-event-1.1.0").release("transport-event-1.2.0");

        CliRun diff = run("schema", "diff", "transport-event@1.1.0", "transport-event@1.2.0", "--tree", misVersioned.tree.toString());
        CliRun check = run("schema", "release-check", "--model", misVersioned.model.toString(), "--tree", misVersioned.tree.toString());

        assertThat(diff.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(diff.out()).contains("The version number is too small");
        assertThat(check.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(check.out()).contains("RC-VERSION-BUMP").contains("transport-event 1.2.0 is mis-versioned").contains("Declare 2.0.0")
                .contains("SD201 min-occurs-increased TransportEvent/TransportDocumentReferencedDocument");
    }

    @Test
    void allowListEntryWithReasonAcceptsChange(@TempDir Path temp) throws Exception {
        Fixtures misVersioned = Fixtures.copy(temp).release("transport-event-1.1.0").release("transport-event-1.2.0");
        Path allowList = temp.resolve("allow.yaml");
        Files.writeString(allowList, """
                format: tradecert-diff-allowlist/1
                entries:
                  - kind: SD201
                    path: TransportEvent/TransportDocumentReferencedDocument
                    reason: Every participant already sends the reference; checked on the certification corpus.
                    expires: 2099-12-31
                """);

        CliRun result = run("schema", "diff", "transport-event@1.1.0", "transport-event@1.2.0", "--tree", misVersioned.tree.toString(),
                "--allowlist", allowList.toString());

        assertThat(result.exitCode()).as(result.out()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("allowed: Every participant already sends the reference");
    }

    @Test
    void allowListEntryWithoutReasonIsConfigurationError(@TempDir Path temp) throws Exception {
        Path allowList = temp.resolve("allow.yaml");
        Files.writeString(allowList, "format: tradecert-diff-allowlist/1\nentries:\n  - kind: SD201\n    path: A/B\n");

        CliRun result = run("schema", "diff", "transport-event@1.0.0", "transport-event@1.1.0", "--tree", fixtures.tree.toString(),
                "--allowlist", allowList.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(result.err()).contains("entry 1").contains("reason");
    }

    @Test
    void schemaThatDoesNotLoadIsExitThree(@TempDir Path temp) throws Exception {
        Fixtures broken = Fixtures.copy(temp);
        Path xsd = broken.tree.resolve("transport-event/1.0.0/xsd/transport-event.xsd");
        Files.writeString(xsd, Files.readString(xsd).replace("type=\"udt:TextType\"", "type=\"udt:NoSuchType\""));

        CliRun result = run("schema", "diff", "transport-event@1.0.0", broken.tree.resolve("transport-event/1.0.0").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(result.err()).contains("does not compile");
        assertThat(result.out()).doesNotContain("No changes");
    }

    @Test
    void remoteImportIsRefusedWithExitThree(@TempDir Path temp) throws Exception {
        Fixtures remote = Fixtures.copy(temp);
        Path xsd = remote.tree.resolve("transport-event/1.0.0/xsd/transport-event.xsd");
        String text = Files.readString(xsd);
        Files.writeString(xsd, text.replaceFirst("schemaLocation=\"[^\"]*unqualified-data-types.xsd\"",
                "schemaLocation=\"http://127.0.0.1:9/unqualified-data-types.xsd\""));

        CliRun result = run("schema", "diff", "transport-event@1.0.0", remote.tree.resolve("transport-event/1.0.0").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(result.err()).contains("outside the release");
    }

    @Test
    void diffReadsJarAndWritesSarif(@TempDir Path temp) throws Exception {
        Path jar = temp.resolve("schemas-2.0.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            try (var files = Files.walk(fixtures.tree)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    zip.putNextEntry(new ZipEntry("org/tradecert/schemas/" + fixtures.tree.relativize(file).toString().replace('\\', '/')));
                    zip.write(Files.readAllBytes(file));
                    zip.closeEntry();
                }
            }
        }

        CliRun result = run("schema", "diff", "transport-event@1.0.0", jar.toString(), "--type", "transport-event", "--format", "sarif");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        JsonNode sarif = new ObjectMapper().readTree(result.out());
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.path("runs").get(0).path("results").findValuesAsText("ruleId")).contains("SD201", "SD701");
    }

    @Test
    void transitiveModeComparesEveryEarlierMinor(@TempDir Path temp) throws Exception {
        Fixtures misVersioned = Fixtures.copy(temp).release("transport-event-1.1.0").release("transport-event-1.2.0");

        CliRun result = run("schema", "diff", "transport-event@1.1.0", "transport-event@1.2.0", "--tree", misVersioned.tree.toString(),
                "--transitive", "--format", "json");

        JsonNode report = new ObjectMapper().readTree(result.out());
        List<String> baselines = new ArrayList<>();
        report.path("comparisons").forEach(comparison -> baselines.add(comparison.path("old").asText()));
        assertThat(result.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(baselines).containsExactly("transport-event@1.0.0", "transport-event@1.1.0");
    }

    @Test
    void markdownReleaseNotesInChinese() {
        CliRun result = CliRun.of("schema", "diff", "transport-event@1.0.0", "transport-event@1.1.0", "--tree", fixtures.tree.toString(),
                "--format", "markdown", "--lang", "zh-CN");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("# 版本说明").contains("接收方须能接受").contains("SD101");
    }

    @Test
    void lintPassesOnReleasedStandard() {
        CliRun result = run("schema", "lint");

        assertThat(result.exitCode()).as(result.out()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("Lint passed");
    }

    @Test
    void lintFailsWithRuleIdOnBrokenModel(@TempDir Path temp) throws Exception {
        Fixtures broken = Fixtures.copy(temp);
        Path model = broken.model.resolve("transport-event.yaml");
        Files.writeString(model, Files.readString(model).replace("json: eventTypeCode", "json: EventTypeCode").replace("status: released", "status: draft"));

        CliRun result = run("schema", "lint", broken.model.toString(), "--tree", broken.tree.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(result.out()).contains("LINT-JSON-NAME").contains("EventTypeCode");
    }

    @Test
    void releaseCheckPassesOnRepository() {
        CliRun result = run("schema", "release-check", "--model", "../schemas/model", "--tree", "../schemas/src/main/resources/org/tradecert/schemas");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("Release check passed");
    }

    @Test
    void missingOperandIsInputError() {
        CliRun result = run("schema", "diff", "transport-event@1.0.0", "no/such/folder");

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_OUTPUT);
        assertThat(result.err()).contains("no/such/folder");
    }

    @Test
    void helpOfEveryCommandSpeaksChinese() {
        for (String command : List.of("diff", "release-check", "lint", "docs")) {
            CliRun result = CliRun.of("schema", command, "--help", "--lang", "zh-CN");

            assertThat(result.exitCode()).as(command).isEqualTo(ExitCode.OK);
            assertThat(result.out()).as(command).containsPattern("[\\u4e00-\\u9fff]{4}");
        }
    }

    @Test
    void unknownModeIsUsageError() {
        CliRun result = run("schema", "diff", "transport-event@1.0.0", "transport-event@1.0.0", "--mode", "sideways");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
