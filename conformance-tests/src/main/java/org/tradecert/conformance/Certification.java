package org.tradecert.conformance;

import org.tradecert.api.DocumentResult;
import org.tradecert.api.Provenance;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;
import org.tradecert.conformance.submission.SubmissionSet;
import org.tradecert.conformance.suite.Suite;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.registry.NetworkRegistry;

import java.util.List;

/**
 * The outcome of certifying one participant in one role: the suite and rule pack used, the
 * submissions examined with the Merkle root over their statement digests, every scenario's
 * result and the verdict.
 *
 * @param registry        the network registry the submissions were read and checked with
 * @param source          what the submissions path held
 * @param covered         the submissions examined, in the order they were read
 * @param digestAlgorithm the statement digest algorithm of the network, also the hash of the Merkle tree
 * @param merkleRoot      RFC 9162 Merkle tree hash over the covered statement digests in order, lower-case hex
 * @param results         the validation results that concern the participant: its submissions, their trade transactions and ledgers
 */
public record Certification(Participant participant, Suite suite, Provenance provenance, Severity threshold,
                            NetworkRegistry registry, SubmissionSet.Kind source,
                            List<CoveredSubmission> covered, DigestAlgorithm digestAlgorithm, String merkleRoot,
                            List<ScenarioResult> scenarios, Verdict verdict, List<DocumentResult> results) {

    public Certification {
        covered = List.copyOf(covered);
        scenarios = List.copyOf(scenarios);
        results = List.copyOf(results);
    }

    public long count(ScenarioStatus status) {
        return scenarios.stream().filter(scenario -> scenario.status() == status).count();
    }

    /**
     * The verdict of a set of scenario results: non-conformant when one failed, else incomplete
     * when one could not reach a result, else conformant.
     */
    public static Verdict verdictOf(List<ScenarioResult> scenarios) {
        if (scenarios.stream().anyMatch(scenario -> scenario.status() == ScenarioStatus.FAILED)) {
            return Verdict.NON_CONFORMANT;
        }
        if (scenarios.stream().anyMatch(scenario -> scenario.status() == ScenarioStatus.ERROR)) {
            return Verdict.INCOMPLETE;
        }
        return Verdict.CONFORMANT;
    }
}
