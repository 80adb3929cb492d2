package org.tradecert.rules.invoice;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.commercialinvoice.v1.InvoiceConsignmentType;
import org.tradecert.model.commercialinvoice.v1.InvoiceLineItemType;
import org.tradecert.model.udt.v1.MeasureType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The gross and net weight of the consignment equal the sums of the line weights when every
 * line states that weight, compared in kilograms to the gram. Customs and carriers take the
 * consignment weight, so it must agree with the lines it totals.
 */
public final class ConsignmentWeightsMatchLines extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-CONSIGNMENT-WEIGHT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UN/CEFACT Supply Chain Reference Data Model: consignment weight = total of its line weights", "commercial-invoice");

    public ConsignmentWeightsMatchLines() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        InvoiceConsignmentType consignment = invoice.getRelatedConsignment();
        if (consignment == null || (consignment.getGrossWeightMeasure() == null && consignment.getNetWeightMeasure() == null)) {
            context.notApplicable("outcome.absent", "RelatedConsignment");
            return;
        }

        List<InvoiceLineItemType> lines = invoice.getIncludedLineItem();
        boolean grossCompared = compare(consignment, "GrossWeightMeasure", consignment.getGrossWeightMeasure(),
                lines, InvoiceLineItemType::getGrossWeightMeasure, context);
        boolean netCompared = compare(consignment, "NetWeightMeasure", consignment.getNetWeightMeasure(),
                lines, InvoiceLineItemType::getNetWeightMeasure, context);
        if (!grossCompared && !netCompared) {
            context.notApplicable("outcome.absent", "GrossWeightMeasure");
        }
    }

    /** Compares one consignment weight with the sum of the lines, and returns false when a weight is missing or not in a mass unit. */
    private static boolean compare(InvoiceConsignmentType consignment, String property, MeasureType total, List<InvoiceLineItemType> lines,
                                   Function<InvoiceLineItemType, MeasureType> lineWeight, RuleContext context) {
        Optional<BigDecimal> stated = Mass.kilograms(total);
        if (stated.isEmpty() || lines.isEmpty()) {
            return false;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (InvoiceLineItemType line : lines) {
            Optional<BigDecimal> weight = Mass.kilograms(lineWeight.apply(line));
            if (weight.isEmpty()) {
                return false;
            }
            sum = sum.add(weight.get());
        }
        if (sum.compareTo(stated.get()) != 0) {
            context.mismatch(consignment, property, Mass.kilogramText(sum), Mass.text(total), property, lines.size());
        }
        return true;
    }
}
