package org.tradecert.rules.invoice;

import org.tradecert.model.common.v1.TradePartyType;
import org.tradecert.model.udt.v1.SchemedIDType;

import java.util.Locale;
import java.util.Optional;

/**
 * Compares the registered identifiers of two trade parties. Two identifiers are the same when
 * their schemes are equal and their values are equal once spaces are removed and letters
 * upper-cased, because registries print USCC, LEI and VAT numbers in either case and with
 * spaces.
 */
public final class PartyIdentifiers {

    private PartyIdentifiers() {
    }

    /** Returns the first identifier of {@code second} that {@code first} also carries, or empty when the parties share none. */
    public static Optional<SchemedIDType> shared(TradePartyType first, TradePartyType second) {
        if (first == null || second == null) {
            return Optional.empty();
        }
        for (SchemedIDType candidate : second.getGlobalID()) {
            for (SchemedIDType known : first.getGlobalID()) {
                if (same(known, candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    static boolean same(SchemedIDType first, SchemedIDType second) {
        return first.getSchemeID() != null && first.getSchemeID().equals(second.getSchemeID())
                && normalised(first.getValue()).equals(normalised(second.getValue())) && !normalised(first.getValue()).isEmpty();
    }

    private static String normalised(String value) {
        return value == null ? "" : value.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
