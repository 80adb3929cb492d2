package org.tradecert.crossdoc.rules;

import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The route of a consignment as its documents give it: the port or airport of loading and of
 * discharge most documents agree on, and the places the carriage touches. The transport
 * document gives the reference when documents disagree evenly.
 */
final class Route {

    /** Whose ports are the reference when support is equal: the carrier's, customs', the booking's, the exporter's, then events'. */
    static final List<String> PRIORITY = List.of(Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL, Transactions.DECLARATION,
            Transactions.BOOKING, Transactions.PACKING_LIST, Transactions.INVOICE, Transactions.EVENT);

    private Route() {
    }

    /** The documents whose ports are compared: bookings (confirmations first), invoice, packing list, declaration, transport documents, events. */
    static List<DocumentFacts> documents(TradeTransaction transaction) {
        List<DocumentFacts> documents = new ArrayList<>(Transactions.bookings(transaction));
        documents.addAll(Transactions.ofTypes(transaction, Transactions.INVOICE, Transactions.PACKING_LIST, Transactions.DECLARATION,
                Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL, Transactions.EVENT));
        return documents;
    }

    /** Every statement of a port fact ({@link FactNames#PORT_OF_LOADING} or {@link FactNames#PORT_OF_DISCHARGE}), as UN/LOCODE in upper case. */
    static List<Observation<String>> ports(List<DocumentFacts> documents, String name) {
        List<Observation<String>> observations = new ArrayList<>();
        for (DocumentFacts document : documents) {
            for (Fact port : document.all(name)) {
                observations.add(new Observation<>(document, port, locode(port.value())));
            }
        }
        return observations;
    }

    /** The port most documents agree on, or null when no document gives one. */
    static Consensus.Outcome<String> agreed(List<DocumentFacts> documents, String name) {
        return Consensus.of(ports(documents, name), String::equals, PRIORITY);
    }

    /** The places a consignment may be seen at: the agreed ports, the places of receipt and delivery, and every leg's places. */
    static Set<String> places(TradeTransaction transaction) {
        List<DocumentFacts> documents = documents(transaction);
        Set<String> places = new LinkedHashSet<>();
        for (String name : List.of(FactNames.PORT_OF_LOADING, FactNames.PORT_OF_DISCHARGE)) {
            Consensus.Outcome<String> agreed = agreed(documents, name);
            if (agreed != null) {
                places.add(agreed.reference().value());
            }
        }
        for (DocumentFacts document : documents) {
            if (Transactions.EVENT.equals(document.documentType())) {
                continue;
            }
            for (String name : List.of(FactNames.PLACE_OF_RECEIPT, FactNames.PLACE_OF_DELIVERY, FactNames.ROUTE_LOCATION)) {
                for (Fact place : document.all(name)) {
                    places.add(locode(place.value()));
                }
            }
        }
        return places;
    }

    /** The ISO 3166 country of a UN/LOCODE: its first two letters. */
    static String country(String locode) {
        return locode == null || locode.length() < 2 ? null : locode.substring(0, 2).toUpperCase(Locale.ROOT);
    }

    static String locode(String value) {
        return value.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
