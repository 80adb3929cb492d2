package org.tradecert.selftest;

import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerResult;
import org.tradecert.api.LayerStatus;
import org.tradecert.api.RuleOutcome;
import org.tradecert.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares the results of a case's run with what the case expects: the number of findings of
 * every rule, layers that stopped with an error, and for a passing case the rule's own outcome.
 */
final class CaseComparison {

    /** The layers whose rules record an outcome for each document, so a passing case can show that the rule ran and passed. */
    private static final Set<Layer> LAYERS_WITH_OUTCOMES = Set.of(Layer.DOCUMENT_RULES, Layer.CROSS_DOCUMENT, Layer.RISK);

    private CaseComparison() {
    }

    /**
     * Compares every result of a run with the case.
     *
     * @param rule the rule whose self-test the case belongs to; null for the check of a declared base
     */
    static CaseResult compare(FixtureCase fixtureCase, List<DocumentResult> results, RuleDefinition rule) {
        Map<String, Integer> found = new TreeMap<>();
        for (DocumentResult result : results) {
            for (Finding finding : result.findings()) {
                found.merge(finding.ruleId(), 1, Integer::sum);
            }
        }
        List<Difference> differences = new ArrayList<>();
        Set<String> ids = new TreeSet<>(fixtureCase.findings().keySet());
        ids.addAll(found.keySet());
        for (String id : ids) {
            int expected = fixtureCase.findings().getOrDefault(id, 0);
            int actual = found.getOrDefault(id, 0);
            if (expected != actual) {
                differences.add(Difference.count(id, expected, actual));
            }
        }

        differences.addAll(layerErrors(fixtureCase, results));
        if (fixtureCase.kind() == FixtureCase.Kind.PASSES && rule != null) {
            ranAndPassed(rule, results).ifPresent(differences::add);
        }
        return new CaseResult(fixtureCase, found, differences, null);
    }

    /** Lists the layers that stopped with an error when the case expects none, or the lack of one when it expects one. */
    private static List<Difference> layerErrors(FixtureCase fixtureCase, List<DocumentResult> results) {
        Set<String> errors = new LinkedHashSet<>();
        for (DocumentResult result : results) {
            for (LayerResult layer : result.layers()) {
                if (layer.status() == LayerStatus.ERROR) {
                    errors.add(layer.layer().key() + ": " + layer.detail());
                }
            }
        }
        if (fixtureCase.incomplete()) {
            return errors.isEmpty() ? List.of(new Difference(Difference.Kind.NO_LAYER_ERROR, null, 0, 0, null)) : List.of();
        }
        return errors.stream().map(error -> new Difference(Difference.Kind.LAYER_ERROR, null, 0, 0, error)).toList();
    }

    /**
     * Returns a difference when the rule's layer records outcomes and no result shows the rule
     * passing, because a rule that was not applicable to the passing fixture proves nothing.
     */
    private static Optional<Difference> ranAndPassed(RuleDefinition rule, List<DocumentResult> results) {
        if (!LAYERS_WITH_OUTCOMES.contains(rule.layer())) {
            return Optional.empty();
        }
        Set<RuleOutcome.Status> statuses = EnumSet.noneOf(RuleOutcome.Status.class);
        for (DocumentResult result : results) {
            for (RuleOutcome outcome : result.rules()) {
                if (outcome.ruleId().equals(rule.id())) {
                    statuses.add(outcome.status());
                }
            }
        }
        if (statuses.contains(RuleOutcome.Status.PASSED)) {
            return Optional.empty();
        }
        String detail = Stream.of(RuleOutcome.Status.ERROR, RuleOutcome.Status.FAILED, RuleOutcome.Status.NOT_APPLICABLE)
                .filter(statuses::contains).findFirst().map(RuleOutcome.Status::label).orElse("not-run");
        return Optional.of(new Difference(Difference.Kind.NOT_PASSED, rule.id(), 0, 0, detail));
    }
}
