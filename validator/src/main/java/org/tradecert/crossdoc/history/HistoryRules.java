package org.tradecert.crossdoc.history;

import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.FactExtractor;

import java.util.List;

/** The ledger history rules (layer 8), which need the content of every version of a document, and the extractor of the facts they add. */
public final class HistoryRules {

    private static final List<CrossDocumentRule> ALL = List.of(
            new CancelledDocumentReliedOn(),
            new CancelledDocumentReissued(),
            new AmendmentChangesFixedFact(),
            new DocumentNumberReused(),
            new TransportEventOrder());

    private HistoryRules() {
    }

    public static List<CrossDocumentRule> all() {
        return ALL;
    }

    /** Returns the extractor of the purpose code and the event classifier, which the per-type extractors do not take. */
    public static List<FactExtractor<?>> extractors() {
        return List.of(new HistoryFactExtractor());
    }
}
