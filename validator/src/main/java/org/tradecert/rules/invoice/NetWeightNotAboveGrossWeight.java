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
import java.util.Optional;

/**
 * The net weight of a line and of the consignment is not above its gross weight, because the
 * gross weight is the net weight plus packaging. Both are compared in kilograms. A pair in
 * units that are not mass units is compared only when both use the same unit.
 */
public final class NetWeightNotAboveGrossWeight extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-NET-GROSS-WEIGHT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "WCO Data Model and UN/CEFACT definitions of gross weight (goods with packaging) and net weight (goods without packaging)",
            "commercial-invoice");

    public NetWeightNotAboveGrossWeight() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        boolean compared = false;
        for (InvoiceLineItemType line : invoice.getIncludedLineItem()) {
            compared |= compare(line, line.getNetWeightMeasure(), line.getGrossWeightMeasure(),
                    "IncludedLineItem[LineID=" + line.getLineID() + "]", context);
        }
        InvoiceConsignmentType consignment = invoice.getRelatedConsignment();
        if (consignment != null) {
            compared |= compare(consignment, consignment.getNetWeightMeasure(), consignment.getGrossWeightMeasure(), "RelatedConsignment", context);
        }
        if (!compared) {
            context.notApplicable("outcome.absent", "NetWeightMeasure");
        }
    }

    /** Reports a net weight above its gross weight and returns whether the two could be compared. */
    static boolean compare(Object owner, MeasureType net, MeasureType gross, String path, RuleContext context) {
        if (net == null || gross == null || net.getValue() == null || gross.getValue() == null) {
            return false;
        }
        Optional<BigDecimal> netKilograms = Mass.kilograms(net);
        Optional<BigDecimal> grossKilograms = Mass.kilograms(gross);
        int order;
        if (netKilograms.isPresent() && grossKilograms.isPresent()) {
            order = netKilograms.get().compareTo(grossKilograms.get());
        } else if (net.getUnitCode() != null && net.getUnitCode().equals(gross.getUnitCode())) {
            order = net.getValue().compareTo(gross.getValue());
        } else {
            return false;
        }
        if (order > 0) {
            context.reportAt(owner, "NetWeightMeasure", path, Mass.text(net), Mass.text(gross));
        }
        return true;
    }
}
