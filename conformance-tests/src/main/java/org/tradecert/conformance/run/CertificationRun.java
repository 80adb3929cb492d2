package org.tradecert.conformance.run;

import org.tradecert.api.Severity;
import org.tradecert.codelist.CodeListRegistry;
import org.tradecert.conformance.CertificationRequest;
import org.tradecert.conformance.Participant;
import org.tradecert.conformance.Role;
import org.tradecert.conformance.submission.ShipmentFacts;
import org.tradecert.conformance.submission.Submission;
import org.tradecert.conformance.submission.SubmissionSet;
import org.tradecert.conformance.suite.ScenarioDefinition;
import org.tradecert.conformance.suite.Suite;
import org.tradecert.engine.Validator;
import org.tradecert.rules.RuleCatalogue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The state of one certification that the suite's steps share: who is certified, their
 * submissions, the validation of the path (run once, when a step first needs it), which rule
 * was evaluated on which result, and what each scenario concluded. One run serves one Cucumber
 * run on one thread.
 */
public final class CertificationRun {

    private final CertificationRequest request;
    private final Suite suite;
    private final SubmissionSet submissions;
    private final Participant participant;
    private final List<Submission> subjects;
    private final RuleCatalogue catalogue;
    private final CodeListRegistry codeLists;
    private final ShipmentFacts shipmentFacts;
    private final RuleEvaluator evaluator;
    private final Set<String> evaluated = new HashSet<>();
    private final Map<String, ScenarioRecord> records = new LinkedHashMap<>();
    private Validation validation;

    public CertificationRun(CertificationRequest request, Suite suite, SubmissionSet submissions, Participant participant,
                            List<Submission> subjects, RuleCatalogue catalogue, CodeListRegistry codeLists) {
        this.request = request;
        this.suite = suite;
        this.submissions = submissions;
        this.participant = participant;
        this.subjects = List.copyOf(subjects);
        this.catalogue = catalogue;
        this.codeLists = codeLists;
        this.shipmentFacts = new ShipmentFacts(submissions, codeLists);
        this.evaluator = new RuleEvaluator(request.threshold(),
                subjects.stream().map(Submission::submissionId).collect(Collectors.toSet()));
    }

    public Role role() {
        return request.role();
    }

    public Participant participant() {
        return participant;
    }

    public Suite suite() {
        return suite;
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }

    public Severity threshold() {
        return request.threshold();
    }

    public SubmissionSet submissions() {
        return submissions;
    }

    /** The participant's own submissions in the certified role, in the order they were read. */
    public List<Submission> subjects() {
        return subjects;
    }

    public ShipmentFacts.Facts facts(Submission submission) {
        return shipmentFacts.of(submission);
    }

    public RuleEvaluator evaluator() {
        return evaluator;
    }

    /** The validation of the whole path, run on first use. */
    public Validation validation() {
        if (validation == null) {
            Validator.Builder builder = Validator.builder().locale(request.locale()).codeLists(codeLists);
            if (request.registry() != null) {
                builder.registry(request.registry());
            }
            Set<String> keep = subjects.stream().map(Submission::source).collect(Collectors.toSet());
            validation = Validation.run(builder, request.submissions(), keep, Set.copyOf(submissions.ledgers()));
        }
        return validation;
    }

    /** Notes that a rule was evaluated on a result, so the scenario of the remaining checks leaves the pair alone. */
    public void markEvaluated(String ruleId, long resultIndex) {
        evaluated.add(ruleId + '\u0000' + resultIndex);
    }

    public boolean wasEvaluated(String ruleId, long resultIndex) {
        return evaluated.contains(ruleId + '\u0000' + resultIndex);
    }

    /** Starts the record of a scenario that Cucumber is about to run. */
    public ScenarioRecord begin(ScenarioDefinition definition, String testCaseId) {
        ScenarioRecord record = new ScenarioRecord(definition, testCaseId);
        records.put(definition.id(), record);
        return record;
    }

    public Optional<ScenarioRecord> record(String scenarioId) {
        return Optional.ofNullable(records.get(scenarioId));
    }

    public Map<String, ScenarioRecord> records() {
        return records;
    }
}
