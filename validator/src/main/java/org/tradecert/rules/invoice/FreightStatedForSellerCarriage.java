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
 * An invoice under a C- or D-term states the freight, because the seller pays the main
 * carriage and the price includes it. China customs declares exports at the value the goods
 * have when loaded, so the freight must be known to separate it from the value of the goods.
 */
public final class FreightStatedForSellerCarriage extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-FREIGHT-C-D-TERMS", Layer.DOCUMENT_RULES, Severity.WARNING,
            "Incoterms 2020 article A4 of CFR, CIF, CPT, CIP, DAP, DPU and DDP (seller contracts the carriage); GACC declaration of freight",
            "commercial-invoice");

    public FreightStatedForSellerCarriage() {
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
        if (Incoterms.SELLER_CARRIAGE.contains(terms.getDeliveryTypeCode()) && !Money.present(invoice.getFreightChargeAmount())) {
            context.reportAt(terms, "DeliveryTypeCode", terms.getDeliveryTypeCode());
        }
    }
}
