package org.tradecert.conformance;

import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Verdict;
import org.tradecert.conformance.run.Subject;
import org.tradecert.engine.Validator;
import org.tradecert.codelist.CodeListRegistry;
import org.tradecert.conformance.run.CertificationRun;
import org.tradecert.conformance.run.CucumberRunner;
import org.tradecert.conformance.submission.Submission;
import org.tradecert.conformance.submission.SubmissionException;
import org.tradecert.conformance.submission.SubmissionSet;
import org.tradecert.conformance.suite.Suite;
import org.tradecert.conformance.suite.SuiteException;
import org.tradecert.conformance.suite.Suites;
import org.tradecert.crypto.MerkleTree;
import org.tradecert.envelope.Statement;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.rules.RuleCatalogue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Certifies one participant in one role: reads the submissions, picks the participant's own,
 * runs the role's suite over them through Cucumber in this process, and collects the
 * scenarios' results, the covered submissions and their Merkle root into a
 * {@link Certification}. Signing the certificate is a separate step
 * ({@link org.tradecert.conformance.certificate.CertificateSigner}).
 */
public final class Certifier {

    private final RuleCatalogue catalogue;

    public Certifier() {
        this(RuleCatalogue.standard());
    }

    Certifier(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Certification certify(CertificationRequest request) throws CertificationException {
        Suite suite = suite(request.role());
        SubmissionSet submissions = read(request);
        Participant participant = participant(request, submissions);
        List<Submission> subjects = submissions.submissions().stream()
                .filter(submission -> submission.organisation().equals(participant.organisation()))
                .filter(submission -> request.role().id().equals(submission.role())).toList();
        CodeListRegistry codeLists = request.codeLists() != null ? request.codeLists() : CodeListRegistry.builtIn();

        CertificationRun run = new CertificationRun(request, suite, submissions, participant, subjects, catalogue, codeLists);
        List<ScenarioResult> scenarios = new CucumberRunner().run(run, request.cucumberReports());

        List<CoveredSubmission> covered = covered(subjects, submissions);
        List<byte[]> leaves = covered.stream().map(submission -> HexFormat.of().parseHex(submission.statementDigest())).toList();
        String merkleRoot = HexFormat.of().formatHex(MerkleTree.root(submissions.digestAlgorithm(), leaves));
        return new Certification(participant, suite, run.validation().provenance(), request.threshold(), submissions.registry(),
                submissions.kind(), covered, submissions.digestAlgorithm(),
                merkleRoot, scenarios, Certification.verdictOf(scenarios), relevant(run));
    }

    /**
     * The kept validation results, each trade transaction's cut to the findings that concern the
     * participant, so the reports written from them speak of this participant only.
     */
    private static List<DocumentResult> relevant(CertificationRun run) {
        List<DocumentResult> results = new ArrayList<>();
        for (DocumentResult result : run.validation().results()) {
            if (!Validator.TRANSACTION_TYPE.equals(result.documentType())) {
                results.add(result);
                continue;
            }
            Subject subject = new Subject(Subject.Kind.TRANSACTION, result, null);
            List<Finding> concerning = result.findings().stream().filter(finding -> run.evaluator().concerns(subject, finding)).toList();
            results.add(new DocumentResult(result.index(), result.source(), result.submissionId(), result.documentType(), result.version(),
                    result.syntax(), result.origin(), result.inputError(), result.layers(), concerning, result.rules()));
        }
        return results;
    }

    /** The role's suite, checked against the rule pack before anything runs. */
    private Suite suite(Role role) throws CertificationException {
        try {
            Suite suite = Suites.forRole(role);
            List<Text> problems = Suites.check(suite, catalogue);
            if (!problems.isEmpty()) {
                throw new CertificationException(CertificationException.Kind.CONFIGURATION, problems, null);
            }
            return suite;
        } catch (SuiteException e) {
            throw new CertificationException(CertificationException.Kind.CONFIGURATION, e.problems(), e);
        }
    }

    private static SubmissionSet read(CertificationRequest request) throws CertificationException {
        try {
            return SubmissionSet.read(request.submissions(), request.registry());
        } catch (SubmissionException e) {
            throw new CertificationException(e.configuration() ? CertificationException.Kind.CONFIGURATION : CertificationException.Kind.INPUT,
                    List.of(e.text()), e);
        }
    }

    /**
     * The participant asked for, or the only organisation that made submissions in the role.
     * Submissions without that role or participant are a usage problem, whether or not the
     * registry lists the organisation, because they were read and the fix is another --role,
     * --participant or --submissions.
     */
    private static Participant participant(CertificationRequest request, SubmissionSet submissions) throws CertificationException {
        String role = request.role().id();
        Set<String> organisations = new LinkedHashSet<>();
        for (Submission submission : submissions.submissions()) {
            if (role.equals(submission.role())) {
                organisations.add(submission.organisation());
            }
        }
        NetworkRegistry registry = submissions.registry();
        String chosen = request.participant();
        if (chosen == null) {
            if (organisations.isEmpty()) {
                throw new CertificationException(CertificationException.Kind.USAGE,
                        Text.of("participant.noneWithRole", Text.of("role." + role), request.submissions()));
            }
            if (organisations.size() > 1) {
                throw new CertificationException(CertificationException.Kind.USAGE,
                        Text.of("participant.ambiguous", Text.of("role." + role), String.join(", ", organisations)));
            }
            chosen = organisations.iterator().next();
        } else if (!organisations.contains(chosen)) {
            boolean registered = registry.participant(chosen).isPresent();
            String others = organisations.isEmpty() ? "-" : String.join(", ", organisations);
            throw new CertificationException(CertificationException.Kind.USAGE,
                    Text.of(registered ? "participant.noSubmissions" : "participant.unknown", chosen, Text.of("role." + role),
                            request.submissions(), others));
        }
        String organisation = chosen;
        Optional<org.tradecert.registry.Participant> registered = registry.participant(organisation);
        String scheme = registered.map(org.tradecert.registry.Participant::orgIdScheme).orElseGet(() -> submissions.submissions().stream()
                .filter(submission -> submission.organisation().equals(organisation)).map(submission -> submission.statement().submitterOrgIdScheme())
                .findFirst().orElse(null));
        return new Participant(organisation, scheme, registered.map(org.tradecert.registry.Participant::name).orElse(null), request.role());
    }

    /** The participant's submissions and those they reference, in the order they were read. */
    private static List<CoveredSubmission> covered(List<Submission> subjects, SubmissionSet submissions) {
        TreeMap<Integer, CoveredSubmission> byIndex = new TreeMap<>();
        for (Submission subject : subjects) {
            byIndex.put(subject.index(), cover(subject, true));
        }
        for (Submission subject : subjects) {
            for (Statement.Reference reference : subject.statement().references()) {
                submissions.resolve(reference).ifPresent(referenced -> byIndex.putIfAbsent(referenced.index(), cover(referenced, false)));
            }
        }
        return new ArrayList<>(byIndex.values());
    }

    private static CoveredSubmission cover(Submission submission, boolean subject) {
        Statement statement = submission.statement();
        return new CoveredSubmission(statement.submissionId(), submission.statementDigest(), statement.docType(), statement.docId(),
                statement.docVersion(), statement.submitterOrgId(), statement.submitterRole(), subject, submission.source());
    }

    /** The verdict's exit code for a command line: 0 conformant, 1 non-conformant, 5 incomplete. */
    public static int exitCode(Verdict verdict) {
        return switch (verdict) {
            case CONFORMANT -> 0;
            case NON_CONFORMANT -> 1;
            case INCOMPLETE -> 5;
            case INPUT_ERROR -> 4;
        };
    }
}
