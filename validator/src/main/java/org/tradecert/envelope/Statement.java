package org.tradecert.envelope;

import java.time.Instant;
import java.util.List;

/**
 * The signed statement of a submission: what the submitter vouches for. It commits to the
 * exact bytes of the document by length and digest, and binds them to a network, a document
 * type and number, a submitter and the submissions it refers to.
 *
 * @param supersedes the statement digest of the submission this version replaces, or null for version 1
 */
public record Statement(
        String profile,
        String submissionId,
        String nonce,
        Instant createdAt,
        String chainId,
        String channel,
        String docType,
        String docId,
        int docVersion,
        String supersedes,
        String schemaId,
        String mediaType,
        long payloadLength,
        String payloadDigestAlgorithm,
        String payloadDigest,
        String submitterOrgId,
        String submitterOrgIdScheme,
        String submitterRole,
        List<Reference> references) {

    public static final String PROFILE = "tradecert-envelope/1";

    /** A submission this one refers to, for example the invoice a packing list packs. */
    public record Reference(String docType, String docId, String statementDigest) {
    }

    public Statement {
        references = references == null ? List.of() : List.copyOf(references);
    }
}
