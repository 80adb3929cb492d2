package org.tradecert.rules.invoice;

import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.commercialinvoice.v1.InvoiceLineItemType;
import org.tradecert.model.commercialinvoice.v1.InvoiceMonetarySummationType;
import org.tradecert.model.udt.v1.AmountType;

import java.util.ArrayList;
import java.util.List;

/** Every amount of a commercial invoice with the element that contains it, in document order. */
final class InvoiceAmounts {

    /**
     * One amount of the invoice.
     *
     * @param owner    the model object holding the amount, for the location of findings
     * @param property the XML name of the amount, e.g. {@code LineTotalAmount}
     * @param path     the amount's place in the model, language-neutral for messages:
     *                 {@code IncludedLineItem[LineID=2]/LineTotalAmount} or {@code MonetarySummation/GrandTotalAmount}
     */
    record Named(Object owner, String property, AmountType amount, String path) {
    }

    private InvoiceAmounts() {
    }

    static List<Named> all(CommercialInvoiceType invoice) {
        List<Named> amounts = new ArrayList<>();
        for (InvoiceLineItemType line : invoice.getIncludedLineItem()) {
            String prefix = "IncludedLineItem[LineID=" + line.getLineID() + "]/";
            add(amounts, line, "NetPriceAmount", line.getNetPriceAmount(), prefix);
            add(amounts, line, "LineTotalAmount", line.getLineTotalAmount(), prefix);
        }
        add(amounts, invoice, "FreightChargeAmount", invoice.getFreightChargeAmount(), "");
        add(amounts, invoice, "InsuranceChargeAmount", invoice.getInsuranceChargeAmount(), "");
        add(amounts, invoice, "InsuranceValueAmount", invoice.getInsuranceValueAmount(), "");
        InvoiceMonetarySummationType summation = invoice.getMonetarySummation();
        if (summation != null) {
            add(amounts, summation, "LineTotalAmount", summation.getLineTotalAmount(), "MonetarySummation/");
            add(amounts, summation, "ChargeTotalAmount", summation.getChargeTotalAmount(), "MonetarySummation/");
            add(amounts, summation, "AllowanceTotalAmount", summation.getAllowanceTotalAmount(), "MonetarySummation/");
            add(amounts, summation, "TaxTotalAmount", summation.getTaxTotalAmount(), "MonetarySummation/");
            add(amounts, summation, "GrandTotalAmount", summation.getGrandTotalAmount(), "MonetarySummation/");
            add(amounts, summation, "PrepaidAmount", summation.getPrepaidAmount(), "MonetarySummation/");
            add(amounts, summation, "DuePayableAmount", summation.getDuePayableAmount(), "MonetarySummation/");
        }
        return amounts;
    }

    private static void add(List<Named> amounts, Object owner, String property, AmountType amount, String prefix) {
        if (Money.present(amount)) {
            amounts.add(new Named(owner, property, amount, prefix + property));
        }
    }
}
