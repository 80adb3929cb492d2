package org.tradecert.conformance.glue;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.conformance.FindingMessages;
import org.tradecert.conformance.Role;
import org.tradecert.conformance.RuleResult;
import org.tradecert.conformance.ScenarioStatus;
import org.tradecert.conformance.Text;
import org.tradecert.conformance.run.CertificationRun;
import org.tradecert.conformance.run.ScenarioError;
import org.tradecert.conformance.run.ScenarioFailed;
import org.tradecert.conformance.run.ScenarioNotApplicable;
import org.tradecert.conformance.run.ScenarioRecord;
import org.tradecert.conformance.run.Subject;
import org.tradecert.conformance.run.Validation;
import org.tradecert.conformance.submission.ShipmentFacts;
import org.tradecert.conformance.submission.Submission;
import org.tradecert.conformance.suite.ScenarioDefinition;
import org.tradecert.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The steps of every suite. A Given step selects what the scenario judges: the participant's
 * submissions of some kinds, their trade transactions or their ledger. The When step takes the
 * validator's results for them, and a Then step reads what the validator concluded about the
 * scenario's rules. No step checks a document itself.
 *
 * <p>A scenario with nothing to judge ends as skipped in Cucumber's reports and
 * {@code NOT_APPLICABLE} in tradecert's; one whose rules failed ends as failed; one that could not
 * reach a result fails in Cucumber's reports and is {@code ERROR} in tradecert's.
 */
public final class ConformanceSteps {

    private final CertificationRun run;
    private Scenario scenario;
    private ScenarioRecord record;
    private final List<Submission> chosen = new ArrayList<>();
    private boolean withTransactions;
    private boolean withLedgers;
    private List<Subject> subjects = List.of();

    public ConformanceSteps(CertificationRun run) {
        this.run = run;
    }

    @Before
    public void begin(Scenario cucumberScenario) {
        this.scenario = cucumberScenario;
        String id = cucumberScenario.getSourceTagNames().stream().filter(tag -> tag.startsWith(ScenarioDefinition.ID_TAG))
                .map(tag -> tag.substring(ScenarioDefinition.ID_TAG.length())).findFirst()
                .orElseThrow(() -> new ScenarioError("The scenario '" + cucumberScenario.getName() + "' has no @id: tag."));
        ScenarioDefinition definition = run.suite().scenario(id)
                .orElseThrow(() -> new ScenarioError("The scenario " + id + " is not part of the suite " + run.suite().id() + "."));
        record = run.begin(definition, cucumberScenario.getId());
    }

    @Given("every submission the {role} made")
    public void everySubmission(Role role) {
        checkRole(role);
        choose(run.subjects(), Text.of("na.noSubmissions", roleName(role)));
    }

    @Given("the {documents} the {role} submitted")
    public void documents(List<DocumentKind> kinds, Role role) {
        checkRole(role);
        choose(select(kinds, null), Text.of("na.noDocuments", roleName(role), kindNames(kinds)));
    }

    @Given("the {documents} the {role} submitted for {mode} shipments")
    public void documentsFor(List<DocumentKind> kinds, Role role, ShipmentFacts.Mode mode) {
        checkRole(role);
        choose(select(kinds, mode), Text.of("na.noDocumentsForMode", roleName(role), kindNames(kinds), Text.of("mode." + mode.name().toLowerCase(Locale.ROOT))));
    }

    @Given("the trade transactions that hold the {role}'s submissions")
    public void transactions(Role role) {
        checkRole(role);
        requireSubmissions(role);
        withTransactions = true;
        requireTransactions(role);
    }

    @Given("the ledger that holds the {role}'s submissions")
    public void ledger(Role role) {
        checkRole(role);
        choose(run.subjects(), Text.of("na.noSubmissions", roleName(role)));
        withLedgers = true;
    }

    @Given("every submission the {role} made, the trade transactions that hold them and the ledger that holds them")
    public void everything(Role role) {
        checkRole(role);
        choose(run.subjects(), Text.of("na.noSubmissions", roleName(role)));
        withTransactions = true;
        withLedgers = true;
    }

    @When("tradecert validates them through every layer of the standard")
    public void validate() {
        Validation validation = run.validation();
        List<Subject> selected = new ArrayList<>();
        Set<String> ledgers = new LinkedHashSet<>();
        for (Submission submission : chosen) {
            DocumentResult result = validation.result(submission.source());
            if (result == null) {
                throw error(Text.of("error.noResult", submission.source()));
            }
            selected.add(new Subject(Subject.Kind.SUBMISSION, result, submission));
            if (submission.ledger() != null) {
                ledgers.add(submission.ledger());
            }
        }
        if (withTransactions) {
            for (DocumentResult transaction : validation.transactions()) {
                selected.add(new Subject(Subject.Kind.TRANSACTION, transaction, null));
            }
        }
        if (withLedgers) {
            for (DocumentResult ledger : validation.ledgers()) {
                if (ledgers.contains(ledger.source())) {
                    selected.add(new Subject(Subject.Kind.LEDGER, ledger, null));
                }
            }
        }
        subjects = selected;
    }

    @Then("each of them passes every check this scenario is tagged with")
    public void taggedChecks() {
        List<RuleDefinition> rules = new ArrayList<>();
        for (String id : record.definition().ruleIds()) {
            rules.add(run.catalogue().find(id).orElseThrow(() -> error(Text.of("error.unknownRule", id,
                    run.catalogue().pack().name(), run.catalogue().pack().version()))));
        }
        conclude(rules, Text.of("na.noRulesTagged"));
    }

    @Then("every cross-document check of the rule pack holds for the {role}'s submissions")
    public void crossDocumentChecks(Role role) {
        checkRole(role);
        conclude(layerRules(Layer.CROSS_DOCUMENT), Text.of("na.noLayerRules", layerName(Layer.CROSS_DOCUMENT), run.catalogue().pack().name(),
                run.catalogue().pack().version()));
    }

    @Then("no risk indicator of the rule pack is raised on the {role}'s submissions")
    public void riskIndicators(Role role) {
        checkRole(role);
        conclude(layerRules(Layer.RISK), Text.of("na.noLayerRules", layerName(Layer.RISK), run.catalogue().pack().name(),
                run.catalogue().pack().version()));
    }

    /**
     * Every rule of the pack on every subject where no earlier scenario evaluated it, and every
     * finding of a rule the pack does not know. It has to come last in its suite, so the earlier
     * scenarios have recorded what they evaluated.
     */
    @Then("every other check of the rule pack passes on them")
    public void remainingChecks() {
        List<String> notRun = run.suite().scenarios().stream().filter(other -> !other.id().equals(record.definition().id()))
                .filter(other -> run.record(other.id()).isEmpty()).map(ScenarioDefinition::id).toList();
        if (!notRun.isEmpty()) {
            throw error(Text.of("error.remainingNotLast", String.join(", ", notRun)));
        }
        List<RuleResult> results = new ArrayList<>();
        for (RuleDefinition rule : run.catalogue().rules()) {
            List<Subject> pending = subjects.stream().filter(subject -> fits(rule, subject))
                    .filter(subject -> !run.wasEvaluated(rule.id(), subject.result().index())).toList();
            if (!pending.isEmpty()) {
                results.add(run.evaluator().evaluate(rule, pending));
                pending.forEach(subject -> run.markEvaluated(rule.id(), subject.result().index()));
            }
        }
        for (Subject subject : subjects) {
            List<Finding> unknown = run.evaluator().unknownFindings(subject, id -> run.catalogue().find(id).isPresent());
            for (Finding finding : unknown) {
                ScenarioStatus status = finding.severity().atLeast(run.threshold()) ? ScenarioStatus.FAILED : ScenarioStatus.PASSED;
                results.add(new RuleResult(finding.ruleId(), status, 1, List.of(finding), null));
            }
        }
        if (results.isEmpty()) {
            notApplicable(Text.of("na.nothingLeft"));
        }
        finish(results);
    }

    /**
     * Whether the remaining-checks scenario evaluates a rule on a subject: a submission's rules of
     * its own layers and type (only the rules of every type when its type could not be read), a
     * transaction's rules, a ledger's.
     */
    private static boolean fits(RuleDefinition rule, Subject subject) {
        Layer layer = rule.layer();
        return switch (subject.kind()) {
            case SUBMISSION -> layer != Layer.CROSS_DOCUMENT && layer != Layer.RISK && (subject.result().documentType() == null
                    ? rule.documentTypes().isEmpty() : rule.appliesTo(subject.result().documentType()));
            case TRANSACTION -> layer == Layer.CROSS_DOCUMENT || layer == Layer.RISK;
            case LEDGER -> layer == Layer.INPUT || layer == Layer.LEDGER;
        };
    }

    /** The rules of a layer that no scenario of the suite names in its tags; those that are named are judged there. */
    private List<RuleDefinition> layerRules(Layer layer) {
        Set<String> named = Set.copyOf(run.suite().namedRuleIds());
        return run.catalogue().rules().stream().filter(rule -> rule.layer() == layer && !named.contains(rule.id())).toList();
    }

    private void conclude(List<RuleDefinition> rules, Text none) {
        if (rules.isEmpty()) {
            notApplicable(none);
        }
        List<RuleResult> results = new ArrayList<>();
        for (RuleDefinition rule : rules) {
            results.add(run.evaluator().evaluate(rule, subjects));
            subjects.forEach(subject -> run.markEvaluated(rule.id(), subject.result().index()));
        }
        finish(results);
    }

    private void finish(List<RuleResult> results) {
        record.addRules(results);
        ScenarioStatus status = ScenarioStatus.NOT_APPLICABLE;
        for (RuleResult result : results) {
            status = status.combine(result.status());
        }
        log(results);
        switch (status) {
            case FAILED -> {
                List<String> failed = results.stream().filter(result -> result.status() == ScenarioStatus.FAILED).map(RuleResult::ruleId).toList();
                Text reason = Text.of("failed.rules", String.join(", ", failed));
                record.decide(ScenarioStatus.FAILED, reason);
                throw new ScenarioFailed(failure(results));
            }
            case ERROR -> {
                Text reason = results.stream().filter(result -> result.status() == ScenarioStatus.ERROR).map(RuleResult::reason)
                        .filter(java.util.Objects::nonNull).findFirst().orElse(Text.of("error.unknown"));
                throw error(reason);
            }
            case NOT_APPLICABLE -> notApplicable(Text.of("na.noCheckApplies", results.stream()
                    .map(RuleResult::reason).filter(java.util.Objects::nonNull).findFirst().<Object>map(reason -> reason).orElse("")));
            case PASSED -> record.decide(ScenarioStatus.PASSED, null);
        }
    }

    /** One line per rule in Cucumber's reports, in English like the suites, with the findings of failed rules. */
    private void log(List<RuleResult> results) {
        StringBuilder text = new StringBuilder();
        for (RuleResult result : results) {
            text.append(result.status().name()).append(' ').append(result.ruleId());
            if (result.reason() != null) {
                text.append(": ").append(result.reason());
            }
            text.append('\n');
            for (Finding finding : result.findings()) {
                text.append("    ").append(finding.severity().label()).append(' ').append(FindingMessages.location(finding)).append('\n')
                        .append("      ").append(FindingMessages.message(finding, Locale.ENGLISH)).append('\n');
            }
        }
        scenario.log(text.toString());
    }

    private String failure(List<RuleResult> results) {
        StringBuilder text = new StringBuilder();
        for (RuleResult result : results) {
            if (result.status() != ScenarioStatus.FAILED) {
                continue;
            }
            for (Finding finding : result.findings()) {
                if (finding.severity().atLeast(run.threshold())) {
                    text.append(result.ruleId()).append(" failed at ").append(FindingMessages.location(finding)).append(": ")
                            .append(FindingMessages.message(finding, Locale.ENGLISH)).append('\n');
                }
            }
        }
        return text.toString().strip();
    }

    private List<Submission> select(List<DocumentKind> kinds, ShipmentFacts.Mode mode) {
        List<Submission> selected = new ArrayList<>();
        for (Submission submission : run.subjects()) {
            ShipmentFacts.Facts facts = run.facts(submission);
            boolean kind = kinds.stream().anyMatch(candidate -> candidate.matches(submission.documentType(), facts.documentCode()));
            if (kind && (mode == null || facts.modes().contains(mode))) {
                selected.add(submission);
            }
        }
        return selected;
    }

    private void choose(List<Submission> submissions, Text none) {
        if (submissions.isEmpty()) {
            notApplicable(none);
        }
        chosen.addAll(submissions);
    }

    private void requireSubmissions(Role role) {
        if (run.subjects().isEmpty()) {
            notApplicable(Text.of("na.noSubmissions", roleName(role)));
        }
    }

    private void requireTransactions(Role role) {
        if (run.submissions().ledgers().isEmpty()) {
            notApplicable(Text.of("na.noLedger", roleName(role)));
        }
        if (run.validation().transactions().isEmpty()) {
            notApplicable(Text.of("na.noTransactions", roleName(role)));
        }
    }

    private void checkRole(Role role) {
        if (role != run.role()) {
            throw error(Text.of("error.wrongRole", role.id(), run.role().id()));
        }
    }

    private void notApplicable(Text reason) {
        record.decide(ScenarioStatus.NOT_APPLICABLE, reason);
        throw new ScenarioNotApplicable(reason.toString());
    }

    private ScenarioError error(Text reason) {
        record.decide(ScenarioStatus.ERROR, reason);
        return new ScenarioError(reason.toString());
    }

    private static Text layerName(Layer layer) {
        return Text.of("report.layer." + layer.key());
    }

    private static Text roleName(Role role) {
        return Text.of("role." + role.id());
    }

    private static Text kindNames(List<DocumentKind> kinds) {
        return Text.list(kinds.stream().map(kind -> Text.of("kind." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'))).toList());
    }
}
