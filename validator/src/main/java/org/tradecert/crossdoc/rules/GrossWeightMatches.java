package org.tradecert.crossdoc.rules;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentProfile;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.Rec20Units;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import static org.tradecert.crossdoc.rules.Transactions.AIR_WAYBILL;
import static org.tradecert.crossdoc.rules.Transactions.DECLARATION;
import static org.tradecert.crossdoc.rules.Transactions.EVENT;
import static org.tradecert.crossdoc.rules.Transactions.INVOICE;
import static org.tradecert.crossdoc.rules.Transactions.PACKING_LIST;
import static org.tradecert.crossdoc.rules.Transactions.SEA_TRANSPORT_DOCUMENT;

/**
 * X06: the packing list, the bill of lading or air waybill, the declaration (毛重) and the
 * invoice state the same gross weight for the consignment, and every document that states a
 * container's cargo gross weight states the same, after conversion to kilograms. Customs
 * checks the declared gross weight against the transport document and the packing list.
 * The tolerance depends on the mode: a share of the weight at sea, and for air the larger of
 * a share and a fixed number of kilograms, because air cargo is weighed again at acceptance.
 * The booking is not compared: its weight is the shipper's estimate before packing.
 */
public final class GrossWeightMatches extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X06-GROSS-WEIGHT", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "Customs practice; ICC Key Trade Documents and Data Elements", PACKING_LIST, SEA_TRANSPORT_DOCUMENT, AIR_WAYBILL, DECLARATION,
            INVOICE, EVENT);

    /** Whose weight is the reference when two values have equal support: the carrier's, then customs', then the exporter's. */
    private static final List<String> PRIORITY = List.of(SEA_TRANSPORT_DOCUMENT, AIR_WAYBILL, DECLARATION, PACKING_LIST, INVOICE, EVENT);

    public GrossWeightMatches() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        boolean air = Transactions.air(transaction);
        CrossDocumentProfile profile = context.profile();
        BiPredicate<BigDecimal, BigDecimal> agree = (first, second) -> Decimals.within(first, second, allowed(first.max(second), air, profile));
        String tolerance = air
                ? Decimals.percent(profile.airWeightTolerancePercent()) + " / " + Decimals.plain(profile.airWeightToleranceKilograms()) + " KGM"
                : Decimals.percent(profile.seaWeightTolerancePercent());

        List<Observation<BigDecimal>> consignment = new ArrayList<>();
        for (DocumentFacts document : Transactions.ofTypes(transaction, PACKING_LIST, SEA_TRANSPORT_DOCUMENT, AIR_WAYBILL, DECLARATION, INVOICE)) {
            Fact weight = document.first(FactNames.GROSS_WEIGHT);
            Rec20Units.kilograms(weight).ifPresent(kilograms -> consignment.add(new Observation<>(document, weight, kilograms)));
        }
        Map<String, List<Observation<BigDecimal>>> containers = new LinkedHashMap<>();
        for (DocumentFacts document : Transactions.ofTypes(transaction, PACKING_LIST, SEA_TRANSPORT_DOCUMENT, DECLARATION, EVENT)) {
            for (Fact weight : document.all(FactNames.CONTAINER_GROSS_WEIGHT)) {
                if (weight.key() != null) {
                    Rec20Units.kilograms(weight).ifPresent(kilograms ->
                            containers.computeIfAbsent(weight.key(), any -> new ArrayList<>()).add(new Observation<>(document, weight, kilograms)));
                }
            }
        }

        boolean compared = false;
        Consensus.Outcome<BigDecimal> outcome = Consensus.of(consignment, agree, PRIORITY);
        if (outcome != null && outcome.documents() >= 2) {
            Consensus.reportOutliers(context, outcome, FactNames.GROSS_WEIGHT, FactNames.GROSS_WEIGHT, tolerance);
            compared = true;
        }
        for (Map.Entry<String, List<Observation<BigDecimal>>> container : containers.entrySet()) {
            Consensus.Outcome<BigDecimal> containerOutcome = Consensus.of(container.getValue(), agree, PRIORITY);
            if (containerOutcome != null && containerOutcome.documents() >= 2) {
                Consensus.reportOutliers(context, containerOutcome, FactNames.CONTAINER_GROSS_WEIGHT,
                        FactNames.CONTAINER_GROSS_WEIGHT + " " + container.getKey(), tolerance);
                compared = true;
            }
        }
        if (!compared) {
            NotApplicable.fewerThanTwo(context, FactNames.GROSS_WEIGHT, Transactions.documentsOf(consignment));
        }
    }

    /** The difference allowed between two weights of which the larger is {@code weight}. */
    private static BigDecimal allowed(BigDecimal weight, boolean air, CrossDocumentProfile profile) {
        if (air) {
            return Decimals.percentOf(weight, profile.airWeightTolerancePercent()).max(profile.airWeightToleranceKilograms());
        }
        return Decimals.percentOf(weight, profile.seaWeightTolerancePercent());
    }
}
