package org.tradecert.crossdoc.rules;

import org.tradecert.api.Evidence;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;

/**
 * One value a document states for a comparison, with the fact it was read from, so that a
 * finding can show the value as written and where it stands.
 *
 * @param value the value as the rule compares it (converted to a base unit, normalised), never null
 */
record Observation<T>(DocumentFacts document, Fact fact, T value) {

    /** The fact as evidence under the given label. */
    Evidence evidence(String label) {
        return document.evidence(label, fact);
    }

    /** The value as written in the document, with its unit or currency. */
    String written() {
        return Transactions.written(fact);
    }
}
