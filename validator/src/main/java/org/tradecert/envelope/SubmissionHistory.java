package org.tradecert.envelope;

import org.tradecert.api.Finding;
import org.tradecert.api.Location;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the ledger has seen so far, for the checks that need history: a submission id or nonce
 * used twice by one organisation (replay), and supersession chains, where a new version must
 * name the statement digest of the version it replaces, come from the same organisation, keep
 * the document type and number, and count up by one. Submissions must be offered in ledger
 * order, because the earliest anchored version wins.
 */
public final class SubmissionHistory {

    /** What is remembered of an anchored submission; a few strings, so a long ledger fits in memory. */
    public record Seen(String statementDigest, String orgId, String docType, String docId, int docVersion, String submissionId) {
    }

    private final Map<String, Seen> byDigest = new HashMap<>();
    private final Map<String, String> submissionIds = new HashMap<>();
    private final Map<String, String> nonces = new HashMap<>();
    private final Map<String, String> versions = new HashMap<>();

    /** Checks a submission against what came before it, then remembers it. */
    public void record(Statement statement, String statementDigest, Location location, List<Finding> findings) {
        String org = statement.submitterOrgId();

        String earlier = submissionIds.putIfAbsent(org + "\u0000" + statement.submissionId(), statementDigest);
        if (earlier != null) {
            findings.add(AuthorisationRules.REPLAYED_SUBMISSION.finding(location, statement.submissionId(), org, earlier));
        }
        earlier = nonces.putIfAbsent(org + "\u0000" + statement.nonce(), statementDigest);
        if (earlier != null) {
            findings.add(AuthorisationRules.REPLAYED_NONCE.finding(location, statement.nonce(), org, earlier));
        }

        if (statement.supersedes() == null) {
            if (statement.docVersion() != 1) {
                findings.add(AuthorisationRules.VERSION_CHAIN.mismatch(location, "1", Integer.toString(statement.docVersion()),
                        statement.docType(), statement.docId()));
            }
        } else {
            Seen replaced = byDigest.get(statement.supersedes());
            if (replaced == null) {
                findings.add(AuthorisationRules.SUPERSEDES_UNKNOWN.finding(location, statement.supersedes()));
            } else {
                if (!replaced.orgId().equals(org)) {
                    findings.add(AuthorisationRules.SUPERSEDES_ORGANISATION.mismatch(location, replaced.orgId(), org,
                            statement.docType(), statement.docId()));
                }
                if (!replaced.docType().equals(statement.docType()) || !replaced.docId().equals(statement.docId())) {
                    findings.add(AuthorisationRules.SUPERSEDES_DOCUMENT.mismatch(location, replaced.docType() + " " + replaced.docId(),
                            statement.docType() + " " + statement.docId()));
                }
                if (statement.docVersion() != replaced.docVersion() + 1) {
                    findings.add(AuthorisationRules.VERSION_CHAIN.mismatch(location, Integer.toString(replaced.docVersion() + 1),
                            Integer.toString(statement.docVersion()), statement.docType(), statement.docId()));
                }
            }
        }

        String versionKey = org + "\u0000" + statement.docType() + "\u0000" + statement.docId() + "\u0000" + statement.docVersion();
        earlier = versions.putIfAbsent(versionKey, statementDigest);
        if (earlier != null && !earlier.equals(statementDigest)) {
            findings.add(AuthorisationRules.VERSION_CONFLICT.finding(location, statement.docType(), statement.docId(),
                    Integer.toString(statement.docVersion()), earlier));
        }
        byDigest.putIfAbsent(statementDigest, new Seen(statementDigest, org, statement.docType(), statement.docId(),
                statement.docVersion(), statement.submissionId()));
    }

    public Seen find(String statementDigest) {
        return byDigest.get(statementDigest);
    }
}
