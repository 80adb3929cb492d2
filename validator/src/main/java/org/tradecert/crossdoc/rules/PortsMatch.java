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

import java.util.List;
import java.util.Set;

/**
 * X13 (ports): the booking, invoice, packing list, declaration (启运港 / 指运港), transport
 * document and events give the same port or airport of loading and of discharge, as
 * UN/LOCODE; and every event happens at a place on the route: a port of loading or
 * discharge, a place of receipt or delivery, or a place of a leg of the carriage.
 */
public final class PortsMatch extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X13-PORTS", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "ICC UCP 600 article 20 (ports on the bill of lading); customs practice", Transactions.BOOKING, Transactions.INVOICE,
            Transactions.PACKING_LIST, Transactions.DECLARATION, Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL, Transactions.EVENT);

    public PortsMatch() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> documents = Route.documents(transaction);
        boolean compared = false;
        for (String name : List.of(FactNames.PORT_OF_LOADING, FactNames.PORT_OF_DISCHARGE)) {
            Consensus.Outcome<String> outcome = Route.agreed(documents, name);
            if (outcome != null && outcome.documents() >= 2) {
                Consensus.reportOutliers(context, outcome, name, name);
                compared = true;
            }
        }

        Set<String> places = Route.places(transaction);
        List<DocumentFacts> routeDocuments = documents.stream()
                .filter(document -> !Transactions.EVENT.equals(document.documentType()) && document.has(FactNames.PORT_OF_LOADING)).toList();
        if (!places.isEmpty()) {
            for (DocumentFacts event : Transactions.ofTypes(transaction, Transactions.EVENT)) {
                for (Fact location : event.all(FactNames.EVENT_LOCATION)) {
                    compared = true;
                    if (!places.contains(Route.locode(location.value()))) {
                        context.mismatch(String.join(", ", places), location.value(), List.of(event.evidence(FactNames.EVENT_LOCATION, location)),
                                Transactions.label(event), Transactions.labels(routeDocuments), FactNames.EVENT_LOCATION);
                    }
                }
            }
        }
        if (!compared) {
            NotApplicable.fewerThanTwo(context, FactNames.PORT_OF_LOADING,
                    documents.stream().filter(document -> document.has(FactNames.PORT_OF_LOADING)).toList());
        }
    }
}
