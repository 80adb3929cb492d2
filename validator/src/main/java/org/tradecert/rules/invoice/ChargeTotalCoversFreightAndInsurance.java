package org.tradecert.rules.invoice;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.commercialinvoice.v1.InvoiceMonetarySummationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The charge total is at least the freight plus the insurance premium charged to the buyer,
 * because both are charges on the invoice as a whole. It may be higher when the invoice has
 * other charges that the model does not itemise.
 */
public final class ChargeTotalCoversFreightAndInsurance extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-CHARGE-TOTAL", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UN/CEFACT Cross Industry Invoice: charge total amount = sum of the charges on the invoice as a whole", "commercial-invoice");

    public ChargeTotalCoversFreightAndInsurance() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    @Override
    public Set<String> needs() {
        return Set.of("FreightChargeAmount", "InsuranceChargeAmount");
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        if (!Money.present(invoice.getFreightChargeAmount()) && !Money.present(invoice.getInsuranceChargeAmount())) {
            context.notApplicable("outcome.absent", "FreightChargeAmount");
            return;
        }
        InvoiceMonetarySummationType summation = invoice.getMonetarySummation();
        if (summation == null) {
            return;
        }

        BigDecimal freight = Money.valueOrZero(invoice.getFreightChargeAmount());
        BigDecimal insurance = Money.valueOrZero(invoice.getInsuranceChargeAmount());
        BigDecimal minimum = freight.add(insurance);
        BigDecimal charges = Money.valueOrZero(summation.getChargeTotalAmount());
        if (charges.compareTo(minimum) < 0) {
            String currency = invoice.getInvoiceCurrencyCode();
            context.mismatch(summation, "ChargeTotalAmount", Money.text(minimum, currency), Money.text(charges, currency),
                    Money.plain(freight), Money.plain(insurance));
        }
    }
}
