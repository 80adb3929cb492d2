package org.tradecert.crossdoc.rules;

import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the documents and facts of a trade transaction the same way in every rule. */
final class Transactions {

    static final String BOOKING = "booking";
    static final String INVOICE = "commercial-invoice";
    static final String PACKING_LIST = "packing-list";
    static final String DECLARATION = "goods-declaration";
    static final String SEA_TRANSPORT_DOCUMENT = "sea-transport-document";
    static final String AIR_WAYBILL = "air-waybill";
    static final String EVENT = "transport-event";
    static final String PAYMENT = "payment-advice";

    /** UNTDID 1001 code of a booking confirmation. */
    private static final String BOOKING_CONFIRMATION = "770";

    private Transactions() {
    }

    /** Returns the current documents of the given types, in ledger order. */
    static List<DocumentFacts> ofTypes(TradeTransaction transaction, String... types) {
        Set<String> requested = Set.of(types);
        return transaction.current().stream().filter(document -> requested.contains(document.documentType())).toList();
    }

    /**
     * Returns the bookings that represent the transaction: the confirmations when there are any,
     * because a carrier's confirmation replaces the request, and otherwise the requests.
     */
    static List<DocumentFacts> bookings(TradeTransaction transaction) {
        List<DocumentFacts> all = ofTypes(transaction, BOOKING);
        List<DocumentFacts> confirmations = all.stream().filter(Transactions::confirmation).toList();
        return confirmations.isEmpty() ? all : confirmations;
    }

    private static boolean confirmation(DocumentFacts booking) {
        Fact code = booking.first(FactNames.DOCUMENT_TYPE_CODE);
        return code != null && BOOKING_CONFIRMATION.equals(code.value());
    }

    /** Returns the bills of lading, sea waybills and air waybills of the transaction. */
    static List<DocumentFacts> transportDocuments(TradeTransaction transaction) {
        return ofTypes(transaction, SEA_TRANSPORT_DOCUMENT, AIR_WAYBILL);
    }

    /**
     * Returns whether the consignment travels by air: it has an air waybill, or, without any transport
     * document, its movements state Recommendation 19 mode 4.
     */
    static boolean air(TradeTransaction transaction) {
        if (!ofTypes(transaction, AIR_WAYBILL).isEmpty()) {
            return true;
        }
        if (!ofTypes(transaction, SEA_TRANSPORT_DOCUMENT).isEmpty()) {
            return false;
        }
        for (DocumentFacts document : transaction.current()) {
            for (Fact mode : document.all(FactNames.TRANSPORT_MODE)) {
                if ("4".equals(mode.value())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Returns a document as findings name it: its type and number, such as {@code packing-list HL-PL-2026-0142}. */
    static String label(DocumentFacts document) {
        return document.documentId() == null ? document.documentType() : document.documentType() + " " + document.documentId();
    }

    /**
     * Several documents as findings name them, each once, in the order given; more than
     * {@value #NAMED_PER_TYPE} documents of one type are counted instead of named, as in
     * {@code transport-event ×9}, and the evidence names each of them.
     */
    static String labels(Collection<DocumentFacts> documents) {
        Map<String, Set<String>> byType = new LinkedHashMap<>();
        for (DocumentFacts document : documents) {
            byType.computeIfAbsent(document.documentType(), any -> new LinkedHashSet<>()).add(label(document));
        }
        List<String> labels = new ArrayList<>();
        byType.forEach((type, named) -> {
            if (named.size() > NAMED_PER_TYPE) {
                labels.add(type + " ×" + named.size());
            } else {
                labels.addAll(named);
            }
        });
        return String.join(", ", labels);
    }

    /** How many documents of one type a finding names before it counts them. */
    private static final int NAMED_PER_TYPE = 3;

    /** Returns the documents of some observations, each once. */
    static List<DocumentFacts> documentsOf(Collection<? extends Observation<?>> observations) {
        List<DocumentFacts> documents = new ArrayList<>();
        for (Observation<?> observation : observations) {
            if (documents.stream().noneMatch(known -> known.index() == observation.document().index())) {
                documents.add(observation.document());
            }
        }
        return documents;
    }

    /** Returns a fact's value as written, with its unit, currency or scheme when it has one. */
    static String written(Fact fact) {
        if (fact == null) {
            return "";
        }
        return fact.qualifier() == null ? fact.value() : fact.value() + " " + fact.qualifier();
    }

    /** Returns the decimal value of a fact, or null when it is absent or no decimal. */
    static BigDecimal decimal(Fact fact) {
        if (fact == null || fact.value() == null) {
            return null;
        }
        try {
            return new BigDecimal(fact.value().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Returns the facts of one name with one key in a document. */
    static List<Fact> keyed(DocumentFacts document, String name, String key) {
        return document.all(name).stream().filter(fact -> key == null ? fact.key() == null : key.equals(fact.key())).toList();
    }
}
