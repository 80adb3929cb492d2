package org.tradecert.crossdoc.history;

import org.tradecert.api.Evidence;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;

import java.util.List;

/**
 * Tells cancelled documents apart. A version whose purpose code is 1 (UNTDID 1225,
 * cancellation) ends its document: nothing later may rely on it, and the other checks leave
 * it out.
 */
public final class Cancellations {

    /** The UNTDID 1225 code of a cancellation. */
    public static final String CANCELLATION = "1";

    private Cancellations() {
    }

    /** Checks whether this version of a document is a cancellation. */
    public static boolean isCancellation(DocumentFacts document) {
        Fact purpose = document.first(FactNames.PURPOSE_CODE);
        return purpose != null && CANCELLATION.equals(purpose.value().strip());
    }

    /** The live documents of the transaction a thread saw last, so the rules of one transaction, run one after another, work them out once. */
    private record Live(TradeTransaction transaction, List<DocumentFacts> documents) {
    }

    private static final ThreadLocal<Live> LAST = new ThreadLocal<>();

    /** Returns the current version of every document of the transaction that is not cancelled, in ledger order. */
    public static List<DocumentFacts> live(TradeTransaction transaction) {
        Live last = LAST.get();
        if (last != null && last.transaction() == transaction) {
            return last.documents();
        }
        List<DocumentFacts> documents = transaction.current().stream().filter(document -> !isCancellation(document)).toList();
        LAST.set(new Live(transaction, documents));
        return documents;
    }

    /** Returns the purpose code of a version as evidence, or its document number when it states no purpose (an original, by default). */
    static Evidence purposeEvidence(DocumentFacts document) {
        Fact purpose = document.first(FactNames.PURPOSE_CODE);
        if (purpose == null && document.has(FactNames.DOCUMENT_NUMBER)) {
            return document.evidence(FactNames.DOCUMENT_NUMBER, document.first(FactNames.DOCUMENT_NUMBER));
        }
        return document.evidence(FactNames.PURPOSE_CODE, purpose);
    }

    /** Returns what identifies one document across its versions: type, issuing organisation and number. */
    static String identity(DocumentFacts document) {
        return document.documentType() + "\u0000" + document.organisation() + "\u0000" + document.documentId();
    }
}
