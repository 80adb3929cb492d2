package org.tradecert.crossdoc.rules;

import org.tradecert.api.Evidence;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * X14: the declaration's country of dispatch (启运国) is the country of the port of loading,
 * and its country of destination (运抵国), like each item's final destination (最终目的国), is
 * the country of the port of discharge, of the place of delivery, or of the declared
 * destination. Ports are those most documents agree on, and a country is the first two letters
 * of a UN/LOCODE. A transhipment can explain a difference, so this is a warning.
 *
 * <p>NOTE: the model has no transhipment indicator yet, so a declared transhipment cannot
 * silence this rule.
 */
public final class CountriesMatchPorts extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X14-COUNTRIES", Layer.CROSS_DOCUMENT, Severity.WARNING,
            "Customs practice", Transactions.DECLARATION, Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL, Transactions.INVOICE,
            Transactions.PACKING_LIST);

    public CountriesMatchPorts() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> declarations = Transactions.ofTypes(transaction, Transactions.DECLARATION);
        List<DocumentFacts> routeDocuments = Route.documents(transaction);
        Consensus.Outcome<String> loading = Route.agreed(routeDocuments, FactNames.PORT_OF_LOADING);
        Consensus.Outcome<String> discharge = Route.agreed(routeDocuments, FactNames.PORT_OF_DISCHARGE);
        if (declarations.isEmpty()) {
            NotApplicable.missingDocument(context, Transactions.DECLARATION);
            return;
        }
        if (loading == null && discharge == null) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.PORT_OF_LOADING);
            return;
        }

        boolean compared = false;
        for (DocumentFacts declaration : declarations) {
            Fact dispatch = declaration.first(FactNames.EXPORT_COUNTRY);
            if (dispatch != null && loading != null) {
                compared = true;
                Set<String> expected = Set.of(Route.country(loading.reference().value()));
                compare(context, declaration, dispatch, FactNames.EXPORT_COUNTRY, expected, loading, FactNames.PORT_OF_LOADING);
            }
            if (discharge == null) {
                continue;
            }
            Set<String> destinations = destinations(transaction, discharge);
            Fact destination = declaration.first(FactNames.DESTINATION_COUNTRY);
            if (destination != null) {
                compared = true;
                compare(context, declaration, destination, FactNames.DESTINATION_COUNTRY, destinations, discharge, FactNames.PORT_OF_DISCHARGE);
                destinations.add(destination.value().toUpperCase(Locale.ROOT));
            }
            for (Fact item : declaration.all(FactNames.LINE_DESTINATION)) {
                compared = true;
                compare(context, declaration, item, FactNames.LINE_DESTINATION + " " + item.key(), destinations, discharge, FactNames.PORT_OF_DISCHARGE);
            }
        }
        if (!compared) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.EXPORT_COUNTRY);
        }
    }

    /** The countries a destination may be: of the port of discharge and of every place of delivery. */
    private static Set<String> destinations(TradeTransaction transaction, Consensus.Outcome<String> discharge) {
        Set<String> countries = new LinkedHashSet<>();
        countries.add(Route.country(discharge.reference().value()));
        for (DocumentFacts document : Route.documents(transaction)) {
            for (Fact place : document.all(FactNames.PLACE_OF_DELIVERY)) {
                countries.add(Route.country(Route.locode(place.value())));
            }
        }
        return countries;
    }

    private static void compare(CrossContext context, DocumentFacts declaration, Fact country, String subject, Set<String> expected,
                                Consensus.Outcome<String> port, String portName) {
        if (expected.contains(country.value().strip().toUpperCase(Locale.ROOT))) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(declaration.evidence(subject, country));
        port.agreeing().forEach(observation -> evidence.add(observation.evidence(portName)));
        context.mismatch(String.join(", ", expected), country.value(), evidence, Transactions.label(declaration),
                Transactions.labels(Transactions.documentsOf(port.agreeing())), subject);
    }
}
