package org.tradecert.registry;

import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.crypto.SignatureAlgorithm;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The network's rulebook in machine form: allowed algorithms, which role may submit which
 * document type, and how far a statement's claimed creation time may lie from the ledger time.
 */
public record Policy(
        Set<SignatureAlgorithm> signatureAlgorithms,
        Set<DigestAlgorithm> digestAlgorithms,
        DigestAlgorithm statementDigestAlgorithm,
        Duration maxClockSkew,
        Duration maxSubmissionAge,
        boolean requireLowS,
        Map<String, Set<String>> documentTypes) {

    public boolean mayRoleSubmit(String role, String documentType) {
        Set<String> roles = documentTypes.get(documentType);
        return roles != null && roles.contains(role);
    }
}
