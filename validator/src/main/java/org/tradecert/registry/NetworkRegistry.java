package org.tradecert.registry;

import org.tradecert.schema.model.Bilingual;

import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * A network's registry and policy, read from a {@code tradecert-network/1} file: who takes part
 * and in which roles, whom to trust, what is revoked and what the rulebook allows.
 *
 * @param digest the SHA-256 of the registry file, named in reports so a check can be reproduced
 */
public record NetworkRegistry(
        String chainId,
        String channel,
        Bilingual name,
        boolean demo,
        Policy policy,
        List<TrustAnchor> trustAnchors,
        List<X509CRL> crls,
        List<Participant> participants,
        X509Certificate ledgerOperator,
        String digest) {

    public Optional<Participant> participant(String orgId) {
        return participants.stream().filter(p -> p.orgId().equals(orgId)).findFirst();
    }

    /** The participants holding a role, in registry order. */
    public List<Participant> withRole(String role) {
        return participants.stream().filter(p -> p.roles().contains(role)).toList();
    }
}
