package org.tradecert.rules.invoice;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.commercialinvoice.v1.InvoiceLineItemType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.HashMap;
import java.util.Map;

/**
 * Each invoice line has its own line id. Packing lists, declarations and payments point at
 * invoice lines by this id, so two lines with one id make every such reference ambiguous.
 */
public final class LineIdsUnique extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-LINE-ID-UNIQUE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UN/CEFACT Cross Industry Invoice: Document Line_ Document. Line. Identifier identifies the line within the invoice",
            "commercial-invoice");

    public LineIdsUnique() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        Map<String, Integer> firstPosition = new HashMap<>();
        int position = 0;
        for (InvoiceLineItemType line : invoice.getIncludedLineItem()) {
            position++;
            if (line.getLineID() == null) {
                continue;
            }
            Integer earlier = firstPosition.putIfAbsent(line.getLineID().trim(), position);
            if (earlier != null) {
                context.reportAt(line, "LineID", line.getLineID(), position, earlier);
            }
        }
    }
}
