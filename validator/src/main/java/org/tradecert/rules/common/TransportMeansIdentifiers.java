package org.tradecert.rules.common;

import org.tradecert.model.common.v1.TransportMeansType;
import org.tradecert.rules.ModelWalk;

import java.util.List;

/** The means of transport of a document that are identified under one scheme. */
final class TransportMeansIdentifiers {

    private TransportMeansIdentifiers() {
    }

    /** Finds every means of transport whose identifier has the scheme {@code scheme} and a value, in document order. */
    static List<TransportMeansType> withScheme(Object root, String scheme) {
        return ModelWalk.findAll(root, TransportMeansType.class).stream()
                .filter(means -> means.getID() != null && means.getID().getValue() != null && scheme.equals(means.getID().getSchemeID()))
                .toList();
    }
}
