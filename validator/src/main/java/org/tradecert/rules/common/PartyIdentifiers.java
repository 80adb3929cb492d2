package org.tradecert.rules.common;

import org.tradecert.model.common.v1.TradePartyType;
import org.tradecert.model.udt.v1.SchemedIDType;
import org.tradecert.rules.ModelWalk;

import java.util.ArrayList;
import java.util.List;

/** The registered identifiers of every party of a document, by identification scheme. */
final class PartyIdentifiers {

    private PartyIdentifiers() {
    }

    /** Finds every party identifier with the scheme {@code scheme} and a value, in document order. */
    static List<SchemedIDType> withScheme(Object root, String scheme) {
        List<SchemedIDType> found = new ArrayList<>();
        for (TradePartyType party : ModelWalk.findAll(root, TradePartyType.class)) {
            for (SchemedIDType id : party.getGlobalID()) {
                if (scheme.equals(id.getSchemeID()) && id.getValue() != null) {
                    found.add(id);
                }
            }
        }
        return found;
    }
}
