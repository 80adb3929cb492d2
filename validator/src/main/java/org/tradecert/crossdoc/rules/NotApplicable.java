package org.tradecert.crossdoc.rules;

import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.DocumentFacts;

import java.util.List;

/** The reasons a consistency rule gives when the transaction has nothing for it to compare. */
final class NotApplicable {

    private NotApplicable() {
    }

    /** No document, or only one, states the value the rule compares. */
    static void fewerThanTwo(CrossContext context, String fact, List<DocumentFacts> stating) {
        if (stating.isEmpty()) {
            context.notApplicable("outcome.crossdoc.absent", fact);
        } else {
            context.notApplicable("outcome.crossdoc.single", Transactions.labels(stating), fact);
        }
    }

    /** The transaction lacks a document the rule needs, named by its type. */
    static void missingDocument(CrossContext context, String... types) {
        context.notApplicable("outcome.crossdoc.missing-document", String.join(", ", types));
    }
}
