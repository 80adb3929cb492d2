package org.tradecert.conformance.submission;

import org.tradecert.envelope.Envelope;
import org.tradecert.envelope.Statement;

/**
 * One signed submission found under the path being certified.
 *
 * @param index           its position in the order the submissions were read: ledger order, then file-name order
 * @param source          the name the validator's result for it carries: {@code <ledger>/<block>#<n>}, or the envelope's path
 * @param statementDigest the digest of the envelope's JWS part by the network's statement digest algorithm, lower-case hex
 * @param ledger          the name of the ledger or export that holds it, or null for an envelope file
 */
public record Submission(int index, String source, Envelope envelope, String statementDigest, String ledger) {

    public Statement statement() {
        return envelope.statement();
    }

    public String documentType() {
        return envelope.statement().docType();
    }

    public String documentId() {
        return envelope.statement().docId();
    }

    public String organisation() {
        return envelope.statement().submitterOrgId();
    }

    public String role() {
        return envelope.statement().submitterRole();
    }

    public String submissionId() {
        return envelope.statement().submissionId();
    }
}
