package org.tradecert.hostile;

import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.LayerResult;
import org.tradecert.api.LayerStatus;
import org.tradecert.api.Severity;
import org.tradecert.engine.Validator;
import org.tradecert.i18n.Messages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Runs the real engine over hostile inputs and checks what came back: rule ids, exit code, no crash, no leak. */
final class Outcomes {

    /** The exit codes of the tradecert command, which follow from a result's verdict at the default threshold. */
    static final int CONFORMANT = 0;
    static final int NON_CONFORMANT = 1;
    static final int INPUT_OUTPUT = 4;
    static final int INCOMPLETE = 5;

    /** Only a guard against a hang: a run that ends at all ends far sooner. No test asserts a speed. */
    static final Duration HANG_GUARD = Duration.ofSeconds(120);

    private Outcomes() {
    }

    /** Validates one path (file, directory or ledger) and returns its only result. */
    static DocumentResult validate(Validator validator, Path path) {
        List<DocumentResult> results = validateAll(validator, List.of(path));
        assertThat(results).as("results for " + path).hasSize(1);
        return results.get(0);
    }

    /** Validates paths in one run and returns every result in delivery order. */
    static List<DocumentResult> validateAll(Validator validator, List<Path> paths) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            List<DocumentResult> results = new ArrayList<>();
            validator.validatePaths(paths, results::add);
            return results;
        });
    }

    /**
     * The results of validating one ledger: its submissions in ledger order and the result of
     * its chain. Results the cross-document layers add for trade transactions are left out.
     */
    record LedgerResults(List<DocumentResult> submissions, DocumentResult chain) {
    }

    /** Validates a ledger directory and sorts its results into submissions and the chain. */
    static LedgerResults validateLedger(Validator validator, Path ledger) {
        List<DocumentResult> results = validateAll(validator, List.of(ledger));
        List<DocumentResult> submissions = results.stream().filter(result -> result.source().startsWith(ledger + "/")).toList();
        List<DocumentResult> chains = results.stream().filter(result -> result.source().equals(ledger.toString())).toList();
        assertThat(chains).as("the chain result of " + ledger).hasSize(1);
        return new LedgerResults(submissions, chains.get(0));
    }

    /** Validates every case in one run and checks each result against its case, in input order. */
    static List<DocumentResult> assertCases(Validator validator, List<HostileInputs.Case> cases) {
        List<DocumentResult> results = validateAll(validator, cases.stream().map(HostileInputs.Case::input).toList());
        assertThat(results).as("one result per input").hasSameSizeAs(cases);
        for (int i = 0; i < cases.size(); i++) {
            HostileInputs.Case expected = cases.get(i);
            DocumentResult result = results.get(i);
            assertThat(result.source()).as("source of " + expected).startsWith(expected.input().toString());
            assertOutcome(result, expected.exitCode(), expected.ruleIds().toArray(String[]::new));
            assertNoLeak(result, HostileInputs.SECRET);
        }
        return results;
    }

    /** Maps one result to the exit code the command gives for it: 0 conformant, 1 non-conformant, 4 input error, 5 incomplete. */
    static int exitCode(DocumentResult result) {
        return switch (result.verdict(Severity.ERROR)) {
            case CONFORMANT -> CONFORMANT;
            case NON_CONFORMANT -> NON_CONFORMANT;
            case INPUT_ERROR -> INPUT_OUTPUT;
            case INCOMPLETE -> INCOMPLETE;
        };
    }

    /**
     * Checks that a result names exactly these rules (in any order, each at least once), gives
     * this exit code, and that no layer crashed.
     */
    static void assertOutcome(DocumentResult result, int exitCode, String... ruleIds) {
        assertThat(result.ruleIds()).as("rule ids of " + describe(result)).containsExactlyInAnyOrder(ruleIds);
        assertThat(exitCode(result)).as("exit code of " + describe(result)).isEqualTo(exitCode);
        assertNoLayerError(result);
    }

    static void assertNoLayerError(DocumentResult result) {
        List<LayerResult> errors = result.layers().stream().filter(layer -> layer.status() == LayerStatus.ERROR).toList();
        assertThat(errors).as("layers in error in " + describe(result)).isEmpty();
    }

    /** Checks that nothing of a file's content reaches a finding: arguments, values or the rendered messages in both languages. */
    static void assertNoLeak(DocumentResult result, String secret) {
        for (Finding finding : result.findings()) {
            List<String> texts = new ArrayList<>(finding.arguments());
            texts.add(String.valueOf(finding.expected()));
            texts.add(String.valueOf(finding.actual()));
            texts.add(String.valueOf(finding.location()));
            for (Locale locale : List.of(Messages.ENGLISH, Messages.CHINESE)) {
                texts.add(Messages.get(locale, "rule." + finding.ruleId() + ".message", finding.arguments().toArray()));
            }
            assertThat(texts).as("texts of " + finding.ruleId()).noneMatch(text -> text.contains(secret));
        }
        assertThat(result.layers()).as("layer details").noneMatch(layer -> layer.detail() != null && layer.detail().contains(secret));
    }

    /** Describes a result in a few lines for assertion messages. */
    static String describe(DocumentResult result) {
        StringBuilder text = new StringBuilder(result.source()).append(" ").append(result.verdict(Severity.ERROR));
        for (Finding finding : result.findings()) {
            String arguments = finding.arguments().toString();
            text.append("\n  ").append(finding.ruleId()).append(" ").append(finding.location()).append(" ")
                    .append(arguments.length() > 300 ? arguments.substring(0, 300) + "..." : arguments);
        }
        for (LayerResult layer : result.layers()) {
            if (layer.status() == LayerStatus.ERROR) {
                text.append("\n  layer ").append(layer.layer()).append(" ERROR ").append(layer.detail());
            }
        }
        return text.toString();
    }
}
