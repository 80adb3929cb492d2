package org.tradecert.conformance;

/**
 * A submission a certification examined and its certificate covers.
 *
 * @param statementDigest the digest of its envelope's JWS part, lower-case hex; a leaf of the certificate's Merkle tree
 * @param subject         true for the participant's own submissions, false for those they reference
 * @param source          where it was read, as the validator names it
 */
public record CoveredSubmission(String submissionId, String statementDigest, String documentType, String documentId,
                                int version, String organisation, String role, boolean subject, String source) {
}
