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
import java.util.List;
import java.util.Set;

/**
 * X13 (named place): the documents name the same Incoterms place, and the place fits the
 * rule and the route: under FAS and FOB it is the port of loading, under CFR and CIF the port
 * of discharge (the sea rules name ports); under EXW and FCA it lies in the country of
 * loading, under CPT, CIP and the D-rules in the country of discharge, because these rules
 * may name an inland place. A place that does not fit may be a drafting slip rather than a
 * wrong shipment, so this is a warning.
 */
public final class NamedPlaceFitsIncoterm extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X13-NAMED-PLACE", Layer.CROSS_DOCUMENT, Severity.WARNING,
            "ICC Incoterms 2020", Transactions.INVOICE, Transactions.BOOKING, Transactions.PACKING_LIST, Transactions.DECLARATION);

    private static final List<String> PRIORITY = List.of(Transactions.INVOICE, Transactions.DECLARATION, Transactions.BOOKING,
            Transactions.PACKING_LIST);
    private static final Set<String> AT_LOADING_PORT = Set.of("FAS", "FOB");
    private static final Set<String> AT_DISCHARGE_PORT = Set.of("CFR", "CIF");
    private static final Set<String> IN_LOADING_COUNTRY = Set.of("EXW", "FCA");
    private static final Set<String> IN_DISCHARGE_COUNTRY = Set.of("CPT", "CIP", "DAP", "DPU", "DDP");

    public NamedPlaceFitsIncoterm() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> documents = new ArrayList<>(Transactions.ofTypes(transaction, Transactions.INVOICE, Transactions.PACKING_LIST,
                Transactions.DECLARATION));
        documents.addAll(Transactions.bookings(transaction));
        List<Observation<String>> places = new ArrayList<>();
        for (DocumentFacts document : documents) {
            Fact place = document.first(FactNames.INCOTERM_PLACE);
            if (place != null) {
                places.add(new Observation<>(document, place, Route.locode(place.value())));
            }
        }
        if (places.isEmpty()) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.INCOTERM_PLACE);
            return;
        }
        Consensus.Outcome<String> outcome = Consensus.of(places, String::equals, PRIORITY);
        Consensus.reportOutliers(context, outcome, FactNames.INCOTERM_PLACE, FactNames.INCOTERM_PLACE);

        List<DocumentFacts> routeDocuments = Route.documents(transaction);
        Consensus.Outcome<String> loading = Route.agreed(routeDocuments, FactNames.PORT_OF_LOADING);
        Consensus.Outcome<String> discharge = Route.agreed(routeDocuments, FactNames.PORT_OF_DISCHARGE);
        for (Observation<String> place : places) {
            Fact incoterm = place.document().first(FactNames.INCOTERM);
            if (incoterm == null) {
                continue;
            }
            String rule = incoterm.value();
            if (AT_LOADING_PORT.contains(rule)) {
                fit(context, place, incoterm, loading, FactNames.PORT_OF_LOADING, false);
            } else if (AT_DISCHARGE_PORT.contains(rule)) {
                fit(context, place, incoterm, discharge, FactNames.PORT_OF_DISCHARGE, false);
            } else if (IN_LOADING_COUNTRY.contains(rule)) {
                fit(context, place, incoterm, loading, FactNames.PORT_OF_LOADING, true);
            } else if (IN_DISCHARGE_COUNTRY.contains(rule)) {
                fit(context, place, incoterm, discharge, FactNames.PORT_OF_DISCHARGE, true);
            }
        }
    }

    /** Reports a named place that is not the agreed port, or with {@code country} not in the port's country. */
    private static void fit(CrossContext context, Observation<String> place, Fact incoterm, Consensus.Outcome<String> port, String portName,
                            boolean country) {
        if (port == null) {
            return;
        }
        String expected = country ? Route.country(port.reference().value()) : port.reference().value();
        String actual = country ? Route.country(place.value()) : place.value();
        if (expected == null || expected.equals(actual)) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(place.evidence(FactNames.INCOTERM_PLACE));
        evidence.add(place.document().evidence(FactNames.INCOTERM, incoterm));
        port.agreeing().forEach(observation -> evidence.add(observation.evidence(portName)));
        context.mismatch(expected, actual, evidence, Transactions.label(place.document()),
                Transactions.labels(Transactions.documentsOf(port.agreeing())), FactNames.INCOTERM_PLACE + " " + incoterm.value());
    }
}
