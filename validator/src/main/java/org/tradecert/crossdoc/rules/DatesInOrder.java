package org.tradecert.crossdoc.rules;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * X23: the documents and events of a consignment happen in the order trade works in:
 * contract and buyer's order before the booking, the booking before shipment; an export
 * declaration lodged before customs releases it, and released before the goods are loaded and
 * shipped; a shipped bill of lading issued no earlier than its on-board date, a received bill
 * annotated on board no earlier than its issue; loading before the on-board date and that
 * before departure; and for each container the actual events in the order gate in, load,
 * depart, arrive, discharge, gate out (for air: received from shipper, manifested, depart,
 * arrive, received from flight, delivered). Events at the origin count only at the port of
 * loading and those at the destination only at the port of discharge, because a container is
 * also gated in and out elsewhere when empty. A date without a time is compared by day.
 *
 * <p>NOTE: an import declaration may precede arrival (提前申报, advance declaration) and the
 * model does not say when it does, so import declarations are not held against arrival; and
 * the presentation of documents under a credit is not a document of the standard.
 */
public final class DatesInOrder extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X23-DATE-ORDER", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "Customs practice; ICC UCP 600 articles 14(c) and 20", Transactions.INVOICE, Transactions.PACKING_LIST, Transactions.BOOKING,
            Transactions.DECLARATION, Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL, Transactions.EVENT);

    /** UNTDID 1001 code of an export declaration. */
    private static final String EXPORT_DECLARATION = "830";
    /** The order of event types at the origin, then at the destination; types of equal rank may come in either order. */
    private static final Map<String, Integer> ORIGIN_RANK = Map.of("STUF", 0, "GTIN", 1, "RCS", 1, "LOAD", 2, "MAN", 2, "DEPA", 3);
    private static final Map<String, Integer> DESTINATION_RANK = Map.of("ARRI", 4, "DISC", 5, "RCF", 5, "GTOT", 6, "STRP", 7, "DLV", 7);
    private static final String ACTUAL = "ACT";

    public DatesInOrder() {
        super(DEFINITION);
    }

    /** A dated fact: which document, under what label, and when. */
    private record Stamp(DocumentFacts document, String label, Fact fact, Times.When when, String shown) {
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        Set<String> reported = new HashSet<>();
        int[] compared = {0};
        Shipment.Dated shipment = Shipment.date(transaction);
        Stamp shipped = shipment == null ? null : new Stamp(shipment.document(), shipment.name(), shipment.fact(), shipment.when(), shipment.fact().value());
        Stamp firstBooking = earliest(stamps(Transactions.ofTypes(transaction, Transactions.BOOKING), FactNames.ISSUE_TIME));

        List<Stamp> agreements = stamps(transaction.current(), FactNames.CONTRACT_DATE);
        agreements.addAll(stamps(transaction.current(), FactNames.ORDER_DATE));
        for (Stamp agreement : agreements) {
            order(context, agreement, firstBooking, reported, compared);
            order(context, agreement, shipped, reported, compared);
        }
        order(context, firstBooking, shipped, reported, compared);

        Map<String, List<Stamp>> events = events(transaction);
        exportDeclarations(transaction, context, shipped, events, reported, compared);
        billOfLading(transaction, context, reported, compared);
        if (shipped != null && Transactions.SEA_TRANSPORT_DOCUMENT.equals(shipped.document().documentType())) {
            for (List<Stamp> container : events.values()) {
                for (Stamp event : container) {
                    if (event.label().startsWith("event LOAD")) {
                        order(context, event, shipped, reported, compared);
                    } else if (event.label().startsWith("event DEPA")) {
                        order(context, shipped, event, reported, compared);
                    }
                }
            }
        }
        for (List<Stamp> container : events.values()) {
            for (Stamp earlier : container) {
                for (Stamp later : container) {
                    if (rank(earlier) < rank(later)) {
                        order(context, earlier, later, reported, compared);
                    }
                }
            }
        }
        if (compared[0] == 0) {
            context.notApplicable("outcome.crossdoc.no-order", Transactions.labels(transaction.current()));
        }
    }

    /** An export declaration is lodged before its release, and released before loading and shipment. */
    private static void exportDeclarations(TradeTransaction transaction, CrossContext context, Stamp shipped, Map<String, List<Stamp>> events,
                                           Set<String> reported, int[] compared) {
        List<DocumentFacts> exports = Transactions.ofTypes(transaction, Transactions.DECLARATION).stream()
                .filter(declaration -> declaration.first(FactNames.DOCUMENT_TYPE_CODE) != null
                        && EXPORT_DECLARATION.equals(declaration.first(FactNames.DOCUMENT_TYPE_CODE).value()))
                .toList();
        for (DocumentFacts declaration : exports) {
            Stamp lodged = earliest(stamps(List.of(declaration), FactNames.ISSUE_TIME));
            for (DocumentFacts event : Transactions.ofTypes(transaction, Transactions.EVENT)) {
                boolean names = event.all(FactNames.DECLARATION_NUMBER).stream().anyMatch(fact -> fact.value().equals(declaration.documentId()));
                boolean namesNone = !event.has(FactNames.DECLARATION_NUMBER);
                if (!names && !(namesNone && exports.size() == 1)) {
                    continue;
                }
                for (Fact fact : event.all(FactNames.EVENT)) {
                    if (!"RELS".equals(fact.value()) || !actual(event) || Times.ofEvent(fact) == null) {
                        continue;
                    }
                    Stamp release = new Stamp(event, "event RELS", fact, Times.ofEvent(fact), fact.qualifier());
                    order(context, lodged, release, reported, compared);
                    order(context, release, shipped, reported, compared);
                    for (List<Stamp> container : events.values()) {
                        for (Stamp loading : container) {
                            if (loading.label().startsWith("event LOAD") || loading.label().startsWith("event MAN")) {
                                order(context, release, loading, reported, compared);
                            }
                        }
                    }
                }
            }
        }
    }

    /** A shipped bill is issued no earlier than its on-board date; a received bill is annotated on board no earlier than its issue. */
    private static void billOfLading(TradeTransaction transaction, CrossContext context, Set<String> reported, int[] compared) {
        for (DocumentFacts bill : Transactions.ofTypes(transaction, Transactions.SEA_TRANSPORT_DOCUMENT)) {
            Stamp onBoard = earliest(stamps(List.of(bill), FactNames.SHIPPED_ON_BOARD));
            Stamp issued = earliest(stamps(List.of(bill), FactNames.ISSUE_TIME));
            Fact shipped = bill.first(FactNames.SHIPPED_BILL);
            if (onBoard == null || issued == null || shipped == null) {
                continue;
            }
            if (Boolean.parseBoolean(shipped.value())) {
                order(context, onBoard, issued, reported, compared);
            } else {
                order(context, issued, onBoard, reported, compared);
            }
        }
    }

    /** Reports {@code earlier} when it is after {@code later}; each pair of facts once. */
    private static void order(CrossContext context, Stamp earlier, Stamp later, Set<String> reported, int[] compared) {
        if (earlier == null || later == null || earlier.document() == later.document() && earlier.fact() == later.fact()) {
            return;
        }
        compared[0]++;
        if (!earlier.when().after(later.when())) {
            return;
        }
        String pair = earlier.document().index() + "|" + earlier.label() + "|" + later.document().index() + "|" + later.label();
        if (!reported.add(pair)) {
            return;
        }
        context.mismatch(later.shown(), earlier.shown(), List.of(earlier.document().evidence(earlier.label(), earlier.fact()),
                later.document().evidence(later.label(), later.fact())), Transactions.label(earlier.document()),
                Transactions.label(later.document()), earlier.label(), later.label());
    }

    /** The actual events of the transaction by container, each event about no container counted for every container. */
    private static Map<String, List<Stamp>> events(TradeTransaction transaction) {
        List<DocumentFacts> routeDocuments = Route.documents(transaction);
        Consensus.Outcome<String> loading = Route.agreed(routeDocuments, FactNames.PORT_OF_LOADING);
        Consensus.Outcome<String> discharge = Route.agreed(routeDocuments, FactNames.PORT_OF_DISCHARGE);
        Map<String, List<Stamp>> byContainer = new LinkedHashMap<>();
        List<Stamp> everywhere = new ArrayList<>();
        for (DocumentFacts event : Transactions.ofTypes(transaction, Transactions.EVENT)) {
            if (!actual(event)) {
                continue;
            }
            Fact location = event.first(FactNames.EVENT_LOCATION);
            String place = location == null ? null : Route.locode(location.value());
            for (Fact fact : event.all(FactNames.EVENT)) {
                Times.When when = Times.ofEvent(fact);
                boolean origin = ORIGIN_RANK.containsKey(fact.value());
                boolean destination = DESTINATION_RANK.containsKey(fact.value());
                if (when == null || !origin && !destination
                        || place != null && origin && loading != null && !place.equals(loading.reference().value())
                        || place != null && destination && discharge != null && !place.equals(discharge.reference().value())) {
                    continue;
                }
                String label = "event " + fact.value() + (fact.key() == null ? "" : " " + fact.key());
                Stamp stamp = new Stamp(event, label, fact, when, fact.qualifier());
                if (fact.key() == null) {
                    everywhere.add(stamp);
                } else {
                    byContainer.computeIfAbsent(fact.key(), any -> new ArrayList<>()).add(stamp);
                }
            }
        }
        if (byContainer.isEmpty() && !everywhere.isEmpty()) {
            byContainer.put("", new ArrayList<>());
        }
        byContainer.values().forEach(container -> container.addAll(everywhere));
        return byContainer;
    }

    private static int rank(Stamp event) {
        String type = event.fact().value();
        return ORIGIN_RANK.getOrDefault(type, DESTINATION_RANK.getOrDefault(type, -1));
    }

    private static boolean actual(DocumentFacts event) {
        Fact classifier = event.first(FactNames.EVENT_CLASSIFIER);
        return classifier == null || ACTUAL.equals(classifier.value());
    }

    private static List<Stamp> stamps(List<DocumentFacts> documents, String name) {
        List<Stamp> stamps = new ArrayList<>();
        for (DocumentFacts document : documents) {
            for (Fact fact : document.all(name)) {
                Times.When when = Times.of(fact);
                if (when != null) {
                    stamps.add(new Stamp(document, name, fact, when, fact.value()));
                }
            }
        }
        return stamps;
    }

    private static Stamp earliest(List<Stamp> stamps) {
        Stamp earliest = null;
        for (Stamp stamp : stamps) {
            if (earliest == null || earliest.when().after(stamp.when())) {
                earliest = stamp;
            }
        }
        return earliest;
    }
}
