package org.tradecert.rules.invoice;

import org.tradecert.ProjectPaths;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.RuleOutcome;
import org.tradecert.engine.Validator;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.declaration.DeclarationRules;
import org.tradecert.rules.payment.PaymentAdviceRules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real validation engine on the example documents and on copies of them with one
 * value changed, for the tests of the invoice, declaration and payment advice rules.
 */
public final class RuleHarness {

    /** One validator for all tests: it is thread-safe and compiling its schemas once keeps the tests fast. */
    public static final Validator VALIDATOR = Validator.builder().findRegistry(false).threads(1).build();

    private RuleHarness() {
    }

    /** Returns the rules of the three document types, in registration order. */
    public static List<DocumentRule<?>> tradeRules() {
        List<DocumentRule<?>> rules = new ArrayList<>();
        rules.addAll(InvoiceRules.all());
        rules.addAll(DeclarationRules.all());
        rules.addAll(PaymentAdviceRules.all());
        return rules;
    }

    public static Set<String> tradeRuleIds() {
        return tradeRules().stream().map(rule -> rule.definition().id()).collect(Collectors.toSet());
    }

    /** Returns the path of a valid example, such as {@code sea/commercial-invoice.xml}. */
    public static Path valid(String relative) {
        return ProjectPaths.examples().resolve("documents/valid").resolve(relative);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code from} by {@code to} in the text, and fails the test unless {@code from} occurs exactly once. */
    public static String replaceOnce(String text, String from, String to) {
        int first = text.indexOf(from);
        assertThat(first).as("'%s' occurs in the example", from).isNotNegative();
        assertThat(text.indexOf(from, first + 1)).as("'%s' occurs only once in the example", from).isNegative();
        return text.substring(0, first) + to + text.substring(first + from.length());
    }

    /** Validates a valid example after replacing one piece of its text. */
    public static DocumentResult validateChanged(String example, String from, String to) {
        String changed = replaceOnce(read(valid(example)), from, to);
        return validate(changed, example.replace('/', '-'));
    }

    public static DocumentResult validate(String text, String name) {
        return VALIDATOR.validate(text.getBytes(StandardCharsets.UTF_8), name);
    }

    public static DocumentResult validate(Path file) {
        try {
            return VALIDATOR.validate(Files.readAllBytes(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the findings of one rule. */
    public static List<Finding> findings(DocumentResult result, String ruleId) {
        return result.findings().stream().filter(finding -> finding.ruleId().equals(ruleId)).toList();
    }

    /** Returns the one finding of a rule, and fails the test when the rule reported none or several. */
    public static Finding single(DocumentResult result, String ruleId) {
        List<Finding> found = findings(result, ruleId);
        assertThat(found).as("findings of %s among %s", ruleId, result.findings()).hasSize(1);
        return found.get(0);
    }

    /** Returns the ids of the trade rules that reported findings, in finding order without repeats. */
    public static List<String> tradeFindings(DocumentResult result) {
        Set<String> ids = tradeRuleIds();
        return result.ruleIds().stream().filter(ids::contains).toList();
    }

    /** Returns the outcome of one rule, or null when the rule did not run. */
    public static RuleOutcome outcome(DocumentResult result, String ruleId) {
        return result.rules().stream().filter(rule -> rule.ruleId().equals(ruleId)).findFirst().orElse(null);
    }
}
