package org.tradecert.cii;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tradecert.ProjectPaths;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerStatus;
import org.tradecert.api.RuleOutcome;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.invoice.RuleHarness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published CII corpus beside the checkout: the official EN 16931 examples and the
 * ZUGFeRD corpus. Every file gets a complete result. The file that the ZUGFeRD corpus marks as
 * not validating is non-conformant, with a finding that names the value to fix. The tests are
 * skipped when the shared folder is absent.
 */
class CiiCorpusTest {

    private static final String EN16931 = "corpus/cii-en16931";
    private static final String ZUGFERD = "corpus/cii-zugferd";
    private static final String NOT_VALIDATING = "not_validating_full_invoice_based_onTest_EeISI_300_CENfullmodel.cii.xml";

    /**
     * The rules that fire on the official EN 16931 examples, each for a reason in the data. The
     * examples use placeholder IBANs and due dates before the issue date (a warning), one test
     * file repeats line ids, and some payment means codes are outside the bundled selection (a warning).
     */
    private static final Set<String> KNOWN_ON_OFFICIAL_EXAMPLES = Set.of("INV-PAYEE-IBAN", "INV-DUE-DATE", "INV-LINE-ID-UNIQUE", "CODE-UNCONFIRMED");

    @TestFactory
    Stream<DynamicTest> everyFileHasCompleteResult() {
        List<Path> files = new ArrayList<>(ProjectPaths.files(ProjectPaths.shared(EN16931), ".xml"));
        files.addAll(ProjectPaths.files(ProjectPaths.shared(ZUGFERD), ".xml"));
        assertThat(files).as("corpus files").hasSizeGreaterThanOrEqualTo(15 + 27);

        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            DocumentResult result = RuleHarness.validate(file);

            assertThat(result.origin()).isEqualTo(CiiInvoices.ORIGIN);
            assertThat(result.documentType()).isEqualTo("commercial-invoice");
            assertThat(result.layers()).noneSatisfy(layer -> assertThat(layer.status()).isEqualTo(LayerStatus.ERROR));
            assertThat(result.layer(Layer.DOCUMENT_RULES).status()).isIn(LayerStatus.VALID, LayerStatus.INVALID);
            assertThat(result.rules()).noneSatisfy(outcome -> assertThat(outcome.status()).isEqualTo(RuleOutcome.Status.ERROR));
            assertThat(RuleHarness.outcome(result, "INV-LINE-AMOUNT").status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        }));
    }

    @Test
    void notValidatingFileIsNonConformant() {
        Path file = ProjectPaths.shared(ZUGFERD).resolve(NOT_VALIDATING);

        DocumentResult result = RuleHarness.validate(file);

        assertThat(result.verdict(Severity.ERROR)).isEqualTo(Verdict.NON_CONFORMANT);
        Finding iban = RuleHarness.single(result, "INV-PAYEE-IBAN");
        assertThat(iban.arguments()).containsExactly("IT1212341234123412");
        assertThat(iban.location().line()).isEqualTo(315);
        assertThat(iban.location().xpath()).endsWith("/ram:PayeePartyCreditorFinancialAccount/ram:IBANID");
        assertThat(Messages.get(Messages.ENGLISH, "rule.INV-PAYEE-IBAN.message", iban.arguments().toArray())).contains("IT1212341234123412");
        assertThat(Messages.get(Messages.CHINESE, "rule.INV-PAYEE-IBAN.message", iban.arguments().toArray())).contains("IT1212341234123412");
    }

    @Test
    void officialExamplesRaiseOnlyKnownRules() {
        Set<String> fired = new TreeSet<>();
        for (Path file : ProjectPaths.files(ProjectPaths.shared(EN16931), ".xml")) {
            fired.addAll(RuleHarness.validate(file).ruleIds());
        }

        assertThat(fired).isSubsetOf(KNOWN_ON_OFFICIAL_EXAMPLES);
    }

    @Test
    void officialExamplesAddUp() {
        for (Path file : ProjectPaths.files(ProjectPaths.shared(EN16931), ".xml")) {
            DocumentResult result = RuleHarness.validate(file);

            for (String rule : List.of("INV-LINE-TOTAL", "INV-GRAND-TOTAL", "INV-DUE-PAYABLE", "INV-CURRENCY", "INV-AMOUNT-DECIMALS")) {
                assertThat(RuleHarness.outcome(result, rule).status()).as("%s on %s", rule, file.getFileName()).isEqualTo(RuleOutcome.Status.PASSED);
            }
        }
    }
}
