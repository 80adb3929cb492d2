package org.tradecert.registry;

import org.tradecert.schema.model.Bilingual;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;

/**
 * A member organisation of the network.
 *
 * @param certificates the certificates it signs with; when non-empty, a signer must use one of them
 */
public record Participant(String orgId, String orgIdScheme, Bilingual name, Set<String> roles, List<X509Certificate> certificates) {
}
