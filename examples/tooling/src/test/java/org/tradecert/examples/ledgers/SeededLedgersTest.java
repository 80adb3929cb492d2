package org.tradecert.examples.ledgers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradecert.api.Layer;
import org.tradecert.document.DocumentSyntax;
import org.tradecert.rules.RuleCatalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each seeded ledger, committed as built from the XML documents and built here from the JSON
 * twins, makes {@code tradecert validate} report exactly the checks its sidecar names, with
 * the exit codes it names, and nothing else. The cross-document rules and price indicators come
 * from other parts of the project. While the rule catalogue lacks a check a sidecar names, the
 * assertions that need it are skipped with a message naming the check. The assertion that no
 * other rule reports always runs.
 */
class SeededLedgersTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Path examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples/ledgers"))) {
            dir = dir.getParent();
        }
        return dir.resolve("examples");
    }

    static Stream<Arguments> variantsInBothSyntaxes() {
        List<Arguments> cases = new ArrayList<>();
        for (Variant variant : SeededVariants.ALL) {
            cases.add(Arguments.of(variant.name(), DocumentSyntax.XML));
            cases.add(Arguments.of(variant.name(), DocumentSyntax.JSON));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("variantsInBothSyntaxes")
    void variantReportsExactlyItsChecks(String name, DocumentSyntax syntax, @TempDir Path temp) throws IOException {
        Variant variant = SeededVariants.named(name);
        Path ledger = syntax == DocumentSyntax.XML ? examples().resolve("ledgers").resolve(name) : temp.resolve(name);
        if (syntax == DocumentSyntax.JSON) {
            new SeededLedgers(examples(), DocumentSyntax.JSON).build(variant, ledger);
        }
        JsonNode sidecar = YAML.readTree(ledger.resolve(Sidecar.FILE).toFile());
        List<RuleReference> expected = references(sidecar.path("rules"));
        List<RuleReference> allowed = new ArrayList<>(expected);
        allowed.addAll(references(sidecar.path("mayAlsoReport")));

        LedgerRun run = LedgerRun.validate(ledger, temp, "error");

        for (LedgerRun.ReportedFinding finding : run.findings()) {
            assertThat(allowed.stream().anyMatch(reference -> reference.matches(finding.ruleId())))
                    .as("%s reports %s, which its sidecar neither expects nor allows:%n%s", name, finding.ruleId(), finding)
                    .isTrue();
        }

        RuleCatalogue catalogue = RuleCatalogue.standard();
        for (RuleReference reference : expected) {
            assumeTrue(!reference.resolve(catalogue).isEmpty(),
                    "skipped: the rule catalogue has no rule " + reference.text() + " yet, so " + name + " cannot be checked for it");
        }
        for (RuleReference reference : expected) {
            assertThat(run.findings()).as("%s must report %s; it reported %s", name, reference.text(), run.ruleIds())
                    .anyMatch(finding -> reference.matches(finding.ruleId()));
        }
        String culprit = sidecar.path("submission").path("id").asText();
        assertThat(run.findings()).as("a finding of %s names the submission %s that breaks it", expected, culprit)
                .anyMatch(finding -> expected.stream().anyMatch(reference -> reference.matches(finding.ruleId()))
                        && finding.submissions().contains(culprit));
        for (LedgerRun.ReportedFinding finding : run.findings()) {
            if (finding.layer().equals(Layer.CROSS_DOCUMENT.key()) || finding.layer().equals(Layer.RISK.key())) {
                assertThat(finding.evidence()).as("evidence of %s", finding).isPositive();
            }
        }
        assertThat(run.exitCode()).as("exit code of %s%n%s", name, run.err()).isEqualTo(sidecar.path("exit").path("default").asInt());

        int onWarning = sidecar.path("exit").path("failOnWarning").asInt();
        if (onWarning != run.exitCode()) {
            assertThat(LedgerRun.validate(ledger, temp, "warning").exitCode()).as("exit code of %s with --fail-on warning", name)
                    .isEqualTo(onWarning);
        }
    }

    @Test
    void committedSidecarsMatchTheVariants() throws IOException {
        for (Variant variant : SeededVariants.ALL) {
            JsonNode sidecar = YAML.readTree(examples().resolve("ledgers").resolve(variant.name()).resolve(Sidecar.FILE).toFile());
            Variant.Expectation expected = variant.expected();

            assertThat(texts(sidecar.path("rules"))).as(variant.name()).isEqualTo(expected.rules());
            assertThat(texts(sidecar.path("mayAlsoReport"))).as(variant.name()).isEqualTo(expected.mayAlsoReport());
            assertThat(sidecar.path("layer").asText()).as(variant.name()).isEqualTo(expected.layer().key());
            assertThat(sidecar.path("exit").path("default").asInt()).as(variant.name()).isEqualTo(expected.exit());
            assertThat(sidecar.path("exit").path("failOnWarning").asInt()).as(variant.name()).isEqualTo(expected.exitOnWarning());
            assertThat(sidecar.path("breaks").path("en").asText()).as(variant.name()).isEqualTo(variant.breaks().en());
            assertThat(sidecar.path("breaks").path("zh").asText()).as(variant.name()).isEqualTo(variant.breaks().zh());
            assertThat(sidecar.path("documents").asText()).as(variant.name()).isEqualTo("xml");
        }
    }

    @Test
    void sidecarNamesTheSubmissionInItsBlock() throws IOException {
        for (Variant variant : SeededVariants.ALL) {
            Path ledger = examples().resolve("ledgers").resolve(variant.name());
            JsonNode submission = YAML.readTree(ledger.resolve(Sidecar.FILE).toFile()).path("submission");
            Path block = ledger.resolve("blocks").resolve(String.format("%012d.block.json", submission.path("block").asLong()));

            List<String> ids = LedgerStatements.read(block).stream().map(statement -> statement.submissionId()).toList();

            assertThat(ids).as(variant.name()).contains(submission.path("id").asText());
            assertThat(submission.path("type").asText()).as(variant.name())
                    .isEqualTo(variant.shipment().steps().stream().filter(step -> step.document().equals(variant.culprit())).findFirst()
                            .orElseThrow().type());
        }
    }

    @Test
    void ledgersFolderHoldsOnlyKnownLedgers() throws IOException {
        List<String> known = new ArrayList<>(List.of("sea-ok", "air-ok"));
        SeededVariants.ALL.forEach(variant -> known.add(variant.name()));
        try (Stream<Path> entries = Files.list(examples().resolve("ledgers"))) {
            List<String> folders = entries.filter(Files::isDirectory).map(path -> path.getFileName().toString()).toList();

            assertThat(folders).containsExactlyInAnyOrderElementsOf(known);
        }
    }

    private static List<RuleReference> references(JsonNode list) {
        return texts(list).stream().map(RuleReference::new).toList();
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
