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
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * X12: the booking, the declaration (运输工具名称及航次号), the bill of lading and the
 * transport events name the same vessel (IMO number and name) and voyage; for air, every
 * flight the booking, declaration or events name is a flight of the air waybill's routing.
 * Vessel names are compared in upper case with single spaces, voyages without spaces, and
 * flight numbers as airline designator plus number without leading zeros (BH0451 is BH451).
 * The IMO check digit is a document rule.
 */
public final class ConveyanceMatches extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X12-CONVEYANCE", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "Customs practice (WCO data model 149, 160 and 167)", Transactions.BOOKING, Transactions.DECLARATION,
            Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL, Transactions.EVENT);

    private static final List<String> PRIORITY = List.of(Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL, Transactions.DECLARATION,
            Transactions.EVENT, Transactions.BOOKING);
    private static final Pattern FLIGHT = Pattern.compile("([A-Z0-9]{2})0*([0-9]{1,4})([A-Z]?)");

    public ConveyanceMatches() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> documents = new ArrayList<>(Transactions.ofTypes(transaction, Transactions.DECLARATION,
                Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.EVENT));
        documents.addAll(Transactions.bookings(transaction));
        boolean compared;
        if (Transactions.air(transaction)) {
            compared = compareFlights(transaction, documents, context);
        } else {
            compared = compare(documents, FactNames.VESSEL_IMO, value -> value.replace("IMO", "").strip(), context);
            compared |= compare(documents, FactNames.VESSEL_NAME, value -> value.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT), context);
            compared |= compare(documents, FactNames.VOYAGE, value -> value.replace(" ", "").toUpperCase(Locale.ROOT), context);
        }
        if (!compared) {
            NotApplicable.fewerThanTwo(context, FactNames.VOYAGE, documents.stream().filter(document -> document.has(FactNames.VOYAGE)).toList());
        }
    }

    private static boolean compare(List<DocumentFacts> documents, String name, UnaryOperator<String> normalise, CrossContext context) {
        List<Observation<String>> observations = new ArrayList<>();
        for (DocumentFacts document : documents) {
            for (Fact fact : document.all(name)) {
                observations.add(new Observation<>(document, fact, normalise.apply(fact.value())));
            }
        }
        Consensus.Outcome<String> outcome = Consensus.of(observations, String::equals, PRIORITY);
        if (outcome == null || outcome.documents() < 2) {
            return false;
        }
        Consensus.reportOutliers(context, outcome, name, name);
        return true;
    }

    /** Every flight named outside the air waybill is a flight of its routing; without an air waybill, all name the same flights. */
    private static boolean compareFlights(TradeTransaction transaction, List<DocumentFacts> documents, CrossContext context) {
        List<DocumentFacts> waybills = Transactions.ofTypes(transaction, Transactions.AIR_WAYBILL);
        if (waybills.isEmpty()) {
            return compare(documents, FactNames.VOYAGE, ConveyanceMatches::flight, context);
        }
        Set<String> routed = new LinkedHashSet<>();
        List<Evidence> routing = new ArrayList<>();
        for (DocumentFacts waybill : waybills) {
            for (Fact flight : waybill.all(FactNames.VOYAGE)) {
                routed.add(flight(flight.value()));
                routing.add(waybill.evidence(FactNames.VOYAGE, flight));
            }
        }
        if (routed.isEmpty()) {
            return false;
        }
        boolean compared = false;
        for (DocumentFacts document : documents) {
            for (Fact flight : document.all(FactNames.VOYAGE)) {
                compared = true;
                if (!routed.contains(flight(flight.value()))) {
                    List<Evidence> evidence = new ArrayList<>();
                    evidence.add(document.evidence(FactNames.VOYAGE, flight));
                    evidence.addAll(routing);
                    context.mismatch(String.join(", ", routed), flight.value(), evidence, Transactions.label(document),
                            Transactions.labels(waybills), FactNames.VOYAGE);
                }
            }
        }
        return compared;
    }

    /** A flight number as compared: upper case without spaces, the number without leading zeros. */
    static String flight(String value) {
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        Matcher matcher = FLIGHT.matcher(compact);
        return matcher.matches() ? matcher.group(1) + Integer.parseInt(matcher.group(2)) + matcher.group(3) : compact;
    }
}
