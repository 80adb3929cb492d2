package org.tradecert.conformance;

import org.tradecert.schema.model.Bilingual;

/**
 * The organisation being certified, in the role it is certified for.
 *
 * @param organisation its registered identifier, for example a USCC or an LEI
 * @param scheme       the identifier's scheme, {@code USCC} or {@code LEI}
 * @param name         its registered name in English and Chinese; null when the registry does not list it
 */
public record Participant(String organisation, String scheme, Bilingual name, Role role) {
}
