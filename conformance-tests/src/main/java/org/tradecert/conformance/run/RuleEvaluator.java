package org.tradecert.conformance.run;

import org.tradecert.api.Evidence;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerResult;
import org.tradecert.api.RuleOutcome;
import org.tradecert.api.Severity;
import org.tradecert.conformance.RuleResult;
import org.tradecert.conformance.ScenarioStatus;
import org.tradecert.conformance.Text;
import org.tradecert.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads what the validator concluded about one rule on one subject. It never re-checks
 * anything: a rule failed when the result contains a finding of it at or above the threshold that
 * concerns the participant; otherwise the rule's own outcome decides, and for the layers that
 * record no outcome per rule (input, envelope, integrity, authorisation, schema, code lists,
 * ledger) the status of the rule's layer does.
 *
 * <p>A finding on a submission or a ledger concerns the participant certified for it. A finding
 * on a trade transaction concerns the participant when one of its submissions is where the
 * finding is located or gives evidence to it: a disagreement between two documents involves
 * both issuers, whichever value is wrong.
 */
public final class RuleEvaluator {

    private final Severity threshold;
    private final Set<String> participantSubmissions;

    /**
     * @param participantSubmissions the submission ids of the participant's own submissions
     */
    public RuleEvaluator(Severity threshold, Set<String> participantSubmissions) {
        this.threshold = threshold;
        this.participantSubmissions = Set.copyOf(participantSubmissions);
    }

    /** One rule on one subject. */
    public RuleResult evaluate(RuleDefinition rule, Subject subject) {
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : subject.result().findings()) {
            if (finding.ruleId().equals(rule.id()) && concerns(subject, finding)) {
                findings.add(finding);
            }
        }
        if (findings.stream().anyMatch(finding -> finding.severity().atLeast(threshold))) {
            return new RuleResult(rule.id(), ScenarioStatus.FAILED, 1, findings, null);
        }
        String documentType = subject.result().documentType();
        if (subject.kind() == Subject.Kind.SUBMISSION && documentType != null && !rule.appliesTo(documentType)) {
            return new RuleResult(rule.id(), ScenarioStatus.NOT_APPLICABLE, 1, findings,
                    Text.of("na.ruleType", rule.id(), String.join(", ", rule.documentTypes())));
        }
        RuleOutcome outcome = subject.result().rules().stream().filter(candidate -> candidate.ruleId().equals(rule.id()))
                .findFirst().orElse(null);
        if (outcome != null) {
            return switch (outcome.status()) {
                case PASSED, FAILED -> new RuleResult(rule.id(), ScenarioStatus.PASSED, 1, findings, null);
                case NOT_APPLICABLE -> new RuleResult(rule.id(), ScenarioStatus.NOT_APPLICABLE, 1, findings, reason(outcome, "na.rule"));
                case ERROR -> new RuleResult(rule.id(), ScenarioStatus.ERROR, 1, findings, reason(outcome, "error.rule"));
            };
        }
        LayerResult layer = subject.result().layer(rule.layer());
        return switch (layer.status()) {
            case VALID, INVALID -> new RuleResult(rule.id(), ScenarioStatus.PASSED, 1, findings, null);
            case NOT_APPLICABLE -> new RuleResult(rule.id(), ScenarioStatus.NOT_APPLICABLE, 1, findings,
                    Text.of("na.layer", layerName(rule.layer())));
            case SKIPPED -> new RuleResult(rule.id(), ScenarioStatus.ERROR, 1, findings, skipped(rule.layer(), layer.detail()));
            case ERROR -> new RuleResult(rule.id(), ScenarioStatus.ERROR, 1, findings,
                    Text.of("error.layer", layerName(rule.layer()), String.valueOf(layer.detail())));
        };
    }

    /** One rule on several subjects: failed when it failed on one, and so on down to not applicable. */
    public RuleResult evaluate(RuleDefinition rule, List<Subject> subjects) {
        ScenarioStatus status = ScenarioStatus.NOT_APPLICABLE;
        List<RuleResult> each = new ArrayList<>();
        for (Subject subject : subjects) {
            RuleResult result = evaluate(rule, subject);
            each.add(result);
            status = status.combine(result.status());
        }
        List<Finding> findings = new ArrayList<>();
        Text reason = null;
        for (RuleResult result : each) {
            findings.addAll(result.findings());
            if (reason == null && result.status() == status) {
                reason = result.reason();
            }
        }
        return new RuleResult(rule.id(), status, subjects.size(), findings, reason);
    }

    /** Findings of rules the catalogue does not know, which no scenario can name; they fail like any other. */
    public List<Finding> unknownFindings(Subject subject, java.util.function.Predicate<String> known) {
        List<Finding> found = new ArrayList<>();
        for (Finding finding : subject.result().findings()) {
            if (!known.test(finding.ruleId()) && concerns(subject, finding)) {
                found.add(finding);
            }
        }
        return found;
    }

    public Severity threshold() {
        return threshold;
    }

    /** Whether a finding of the subject's result belongs to the participant; see the class comment. */
    public boolean concerns(Subject subject, Finding finding) {
        if (subject.kind() != Subject.Kind.TRANSACTION) {
            return true;
        }
        if (finding.location() != null && participantSubmissions.contains(finding.location().submissionId())) {
            return true;
        }
        for (Evidence evidence : finding.evidence()) {
            if (evidence.location() != null && participantSubmissions.contains(evidence.location().submissionId())) {
                return true;
            }
        }
        return false;
    }

    /** Why a layer was skipped: an earlier layer that did not pass (the engine names its key), or the engine's own words. */
    private static Text skipped(Layer layer, String detail) {
        for (Layer cause : Layer.values()) {
            if (cause.key().equals(detail)) {
                return Text.of("error.layerSkippedAfter", layerName(layer), layerName(cause));
            }
        }
        return Text.of("error.layerSkipped", layerName(layer), String.valueOf(detail));
    }

    private static Text layerName(Layer layer) {
        return Text.of("report.layer." + layer.key());
    }

    private static Text reason(RuleOutcome outcome, String fallbackKey) {
        if (outcome.reasonKey() == null) {
            return Text.of(fallbackKey, outcome.ruleId());
        }
        return new Text(outcome.reasonKey(), new ArrayList<>(outcome.reasonArguments()));
    }
}
