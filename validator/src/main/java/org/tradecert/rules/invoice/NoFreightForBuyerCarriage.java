package org.tradecert.rules.invoice;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.common.v1.TradeDeliveryTermsType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.Set;

/**
 * An invoice under an E- or F-term charges no freight, because the buyer contracts and pays
 * the main carriage. A seller may arrange carriage for the buyer at the buyer's cost, so this
 * is a warning: either the delivery terms or the freight charge is probably wrong.
 */
public final class NoFreightForBuyerCarriage extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-FREIGHT-E-F-TERMS", Layer.DOCUMENT_RULES, Severity.WARNING,
            "Incoterms 2020 articles A4 and B4 of EXW, FCA, FAS and FOB (buyer contracts the main carriage)", "commercial-invoice");

    public NoFreightForBuyerCarriage() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    @Override
    public Set<String> needs() {
        return Set.of("FreightChargeAmount");
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        TradeDeliveryTermsType terms = invoice.getApplicableTradeDeliveryTerms();
        if (terms == null || terms.getDeliveryTypeCode() == null) {
            context.notApplicable("outcome.absent", "ApplicableTradeDeliveryTerms");
            return;
        }
        if (Incoterms.BUYER_CARRIAGE.contains(terms.getDeliveryTypeCode()) && Money.present(invoice.getFreightChargeAmount())) {
            context.reportAt(invoice, "FreightChargeAmount", terms.getDeliveryTypeCode(), Money.text(invoice.getFreightChargeAmount()));
        }
    }
}
