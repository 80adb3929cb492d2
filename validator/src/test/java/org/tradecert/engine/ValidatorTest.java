package org.tradecert.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.ProjectPaths;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerStatus;
import org.tradecert.api.Provenance;
import org.tradecert.api.RuleOutcome;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;
import org.tradecert.ledger.LedgerExport;
import org.tradecert.ledger.SandboxLedger;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleConfig;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine on real files: one result per input in input order, errors kept to their file, ledgers, configuration. */
class ValidatorTest {

    private static final Path VALID = ProjectPaths.examples().resolve("documents/valid");

    private static List<DocumentResult> run(Validator validator, Path... paths) {
        List<DocumentResult> results = new ArrayList<>();
        validator.validatePaths(List.of(paths), results::add);
        return results;
    }

    @Test
    void resultsComeOnePerInputInInputOrder(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.xml");
        Path empty = Files.writeString(dir.resolve("empty.xml"), "");
        Path invoice = VALID.resolve("sea/commercial-invoice.xml");

        List<DocumentResult> results = run(Validator.builder().threads(2).build(), invoice, missing, empty, invoice);

        assertThat(results).extracting(DocumentResult::index).containsExactly(0L, 1L, 2L, 3L);
        assertThat(results).extracting(DocumentResult::source)
                .containsExactly(invoice.toString(), missing.toString(), empty.toString(), invoice.toString());
        assertThat(results.get(0).verdict(Severity.ERROR)).isEqualTo(Verdict.CONFORMANT);
        assertThat(results.get(1).verdict(Severity.ERROR)).isEqualTo(Verdict.INPUT_ERROR);
        assertThat(results.get(1).ruleIds()).containsExactly("INPUT-NOT-FOUND");
        assertThat(results.get(2).ruleIds()).containsExactly("INPUT-EMPTY");
        assertThat(results.get(2).layer(Layer.SCHEMA).status()).isEqualTo(LayerStatus.SKIPPED);
    }

    @Test
    void directoryWalkSkipsSidecarsAndKeepsOrder() {
        List<DocumentResult> results = run(Validator.builder().build(), ProjectPaths.examples().resolve("documents/invalid/booking"));

        assertThat(results).isNotEmpty();
        assertThat(results).extracting(DocumentResult::source).allMatch(source -> source.endsWith(".xml") || source.endsWith(".json"));
        assertThat(results).extracting(DocumentResult::source).isSorted();
    }

    @Test
    void everyLayerHasAStatusAndRawDocumentsHaveNoEnvelope() {
        DocumentResult result = run(Validator.builder().build(), VALID.resolve("air/air-waybill.json")).get(0);

        assertThat(result.layers()).hasSize(Layer.values().length);
        assertThat(result.layer(Layer.INPUT).status()).isEqualTo(LayerStatus.VALID);
        assertThat(result.layer(Layer.ENVELOPE).status()).isEqualTo(LayerStatus.NOT_APPLICABLE);
        assertThat(result.layer(Layer.SCHEMA).status()).isEqualTo(LayerStatus.VALID);
        assertThat(result.layer(Layer.CODE_LISTS).status()).isEqualTo(LayerStatus.VALID);
        assertThat(result.layer(Layer.DOCUMENT_RULES).status()).isEqualTo(LayerStatus.VALID);
        assertThat(result.documentType()).isEqualTo("air-waybill");
        assertThat(result.syntax()).isEqualTo("json");
    }

    /** A rule that throws on every document, to show that a crash stays inside its layer and its file. */
    private static final class CrashingRule extends DocumentRule<Object> {
        CrashingRule() {
            super(RuleDefinition.of("TEST-CRASH", Layer.DOCUMENT_RULES, Severity.ERROR, "test"), Object.class);
        }

        @Override
        public void check(Object document, RuleContext context) {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void aCrashingRuleMakesItsLayerErrorNeverValid() {
        Validator validator = Validator.builder().documentRules(List.of(new CrashingRule())).build();

        List<DocumentResult> results = run(validator, VALID.resolve("sea/commercial-invoice.xml"), VALID.resolve("sea/packing-list.json"));

        assertThat(results).hasSize(2);
        for (DocumentResult result : results) {
            assertThat(result.layer(Layer.DOCUMENT_RULES).status()).isEqualTo(LayerStatus.ERROR);
            assertThat(result.layer(Layer.DOCUMENT_RULES).detail()).contains("TEST-CRASH").contains("boom");
            assertThat(result.rules()).extracting(RuleOutcome::status).containsExactly(RuleOutcome.Status.ERROR);
            assertThat(result.verdict(Severity.ERROR)).isEqualTo(Verdict.INCOMPLETE);
        }
    }

    @Test
    void aDocumentPastItsTimeLimitIsGivenUp() {
        Validator validator = Validator.builder().timeout(Duration.ofNanos(1)).build();

        DocumentResult result = run(validator, VALID.resolve("sea/goods-declaration.xml")).get(0);

        assertThat(result.ruleIds()).contains("INPUT-TIMEOUT");
        assertThat(result.verdict(Severity.ERROR)).isEqualTo(Verdict.NON_CONFORMANT);
        assertThat(result.layers()).anyMatch(layer -> layer.status() == LayerStatus.ERROR);
    }

    @Test
    void oversizedInputIsRejectedBeforeParsing(@TempDir Path dir) throws Exception {
        Path big = Files.write(dir.resolve("big.xml"), "<a>".concat("x".repeat(2000)).concat("</a>").getBytes(StandardCharsets.UTF_8));

        DocumentResult result = run(Validator.builder().maxBytes(1000).build(), big).get(0);

        assertThat(result.ruleIds()).containsExactly("INPUT-TOO-LARGE");
        assertThat(result.findings().get(0).arguments()).containsExactly("2007", "1000");
        assertThat(result.layer(Layer.SCHEMA).status()).isEqualTo(LayerStatus.SKIPPED);
    }

    @Test
    void forcedTypeThatTheDocumentContradictsIsAMismatch() {
        Validator validator = Validator.builder().type("commercial-invoice").build();

        DocumentResult result = run(validator, VALID.resolve("sea/packing-list.xml")).get(0);

        assertThat(result.ruleIds()).containsExactly("SCHEMA-TYPE-MISMATCH");
    }

    @Test
    void configurationChangesSeverityAndKeepsTheOriginal(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("tradecert.yaml"), """
                rules:
                  SCHEMA-STRUCTURE:
                    severity: warning
                    reason: Missing parts are followed up by the forwarder, not rejected.
                """);
        RuleConfig rules = RuleConfig.read(config, org.tradecert.rules.RuleCatalogue.standard());
        Validator validator = Validator.builder().config(rules).build();

        DocumentResult result = run(validator, ProjectPaths.examples().resolve("documents/invalid/booking/missing-carrier-party.xml")).get(0);

        Finding finding = result.findings().get(0);
        assertThat(finding.ruleId()).isEqualTo("SCHEMA-STRUCTURE");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.originalSeverity()).isEqualTo(Severity.ERROR);
        assertThat(finding.overridden()).isTrue();
        assertThat(result.verdict(Severity.ERROR)).isEqualTo(Verdict.INCOMPLETE);
        assertThat(result.verdict(Severity.WARNING)).isEqualTo(Verdict.NON_CONFORMANT);
        assertThat(validator.provenance().overrides()).extracting(Provenance.SeverityOverride::reason)
                .containsExactly("Missing parts are followed up by the forwarder, not rejected.");
        assertThat(validator.provenance().configuration().digest()).startsWith("sha-256:");
    }

    @Test
    void configurationWithoutReasonOrWithUnknownRuleIsRejected(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("bad.yaml"), """
                rules:
                  SCHEMA-STRUCTURE:
                    severity: info
                  NO-SUCH-RULE:
                    severity: info
                    reason: typo
                  CODE-UNKNOWN:
                    severity: loud
                    reason: not a severity
                colour: blue
                """);

        assertThatThrownBy(() -> RuleConfig.read(config, org.tradecert.rules.RuleCatalogue.standard()))
                .isInstanceOfSatisfying(RuleConfig.ConfigException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "config.unknown-key|colour", "config.missing-reason|SCHEMA-STRUCTURE", "config.unknown-rule|NO-SUCH-RULE",
                        "config.bad-severity|CODE-UNKNOWN|loud"));
    }

    @Test
    void ledgerGivesOneResultPerSubmissionThenItsChainThenItsTransactions() {
        Path ledger = ProjectPaths.examples().resolve("ledgers/sea-ok");

        List<DocumentResult> results = run(Validator.builder().build(), ledger);

        assertThat(results).hasSizeGreaterThan(10);
        List<DocumentResult> submissions = results.stream().filter(result -> result.submissionId() != null).toList();
        DocumentResult chain = results.get(submissions.size());
        assertThat(chain.source()).isEqualTo(ledger.toString());
        assertThat(chain.layer(Layer.LEDGER).status()).isEqualTo(LayerStatus.VALID);
        assertThat(results.subList(submissions.size() + 1, results.size())).as("trade transactions after the chain")
                .isNotEmpty()
                .allMatch(result -> Validator.TRANSACTION_TYPE.equals(result.documentType()));
        assertThat(results.subList(0, submissions.size())).isEqualTo(submissions);
        for (DocumentResult submission : submissions) {
            assertThat(submission.submissionId()).isNotNull();
            assertThat(submission.verdict(Severity.ERROR)).as(submission.source()).isEqualTo(Verdict.CONFORMANT);
            assertThat(submission.layer(Layer.INTEGRITY).status()).isEqualTo(LayerStatus.VALID);
            assertThat(submission.layer(Layer.LEDGER).status()).isEqualTo(LayerStatus.VALID);
            assertThat(submission.layer(Layer.DOCUMENT_RULES).status()).isEqualTo(LayerStatus.VALID);
        }
    }

    @Test
    void ledgerExportGivesTheSameResultsAsTheLedger(@TempDir Path dir) throws Exception {
        Path ledger = ProjectPaths.examples().resolve("ledgers/air-ok");
        Path export = dir.resolve("air-ok.jsonl");
        try (SandboxLedger source = SandboxLedger.open(ledger)) {
            LedgerExport.write(source, export);
        }

        List<DocumentResult> fromLedger = run(Validator.builder().build(), ledger);
        List<DocumentResult> fromExport = run(Validator.builder().build(), export);

        assertThat(fromExport).hasSameSizeAs(fromLedger);
        assertThat(fromExport).extracting(DocumentResult::submissionId).isEqualTo(fromLedger.stream().map(DocumentResult::submissionId).toList());
        assertThat(fromExport).allMatch(result -> result.verdict(Severity.ERROR) == Verdict.CONFORMANT);
    }

    @Test
    void envelopeWithoutAnyRegistryIsIncomplete(@TempDir Path dir) throws Exception {
        Path envelope = dir.resolve("invoice.xml.envelope.json");
        try (SandboxLedger ledger = SandboxLedger.open(ProjectPaths.examples().resolve("ledgers/sea-ok"))) {
            var blocks = ledger.blocks();
            blocks.next();
            Files.writeString(envelope, blocks.next().block().transactions().get(0).envelope().toString());
        }

        DocumentResult result = run(Validator.builder().findRegistry(false).build(), envelope).get(0);

        assertThat(result.layer(Layer.ENVELOPE).status()).isEqualTo(LayerStatus.VALID);
        assertThat(result.layer(Layer.INTEGRITY).status()).isEqualTo(LayerStatus.SKIPPED);
        assertThat(result.layer(Layer.SCHEMA).status()).isEqualTo(LayerStatus.VALID);
        assertThat(result.verdict(Severity.ERROR)).isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    void provenanceNamesRulePackSchemasAndCodeLists() {
        Provenance provenance = Validator.builder().build().provenance();

        assertThat(provenance.rulePack().name()).isEqualTo("tradecert-core");
        assertThat(provenance.rulePack().digest()).matches("sha-256:[0-9a-f]{64}");
        assertThat(provenance.schemas()).extracting(Provenance.Component::name).contains("commercial-invoice", "common");
        assertThat(provenance.codeLists()).extracting(Provenance.Component::name).contains("unlocode", "iso4217");
        assertThat(provenance.codeLists()).allMatch(component -> component.digest().matches("sha-256:[0-9a-f]{64}"));
    }
}
