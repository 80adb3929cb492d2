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
 * An invoice under CIF or CIP shows the insurance the seller took out: the premium charged,
 * the insured value or the insurance document. Under these two rules the seller must insure
 * the goods, and customs adds the premium to the value of an export priced FOB.
 */
public final class InsuranceStatedForCifCip extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-CIF-CIP-INSURANCE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "Incoterms 2020, CIF and CIP article A5 (insurance obtained by the seller)", "commercial-invoice");

    public InsuranceStatedForCifCip() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    /**
     * Returns the two kinds of insurance evidence that CII cannot carry. In a format without
     * them, a missing insurance cannot be distinguished from one the format has no place for.
     */
    @Override
    public Set<String> needs() {
        return Set.of("InsuranceValueAmount", "InsuranceReferencedDocument");
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        TradeDeliveryTermsType terms = invoice.getApplicableTradeDeliveryTerms();
        if (terms == null || terms.getDeliveryTypeCode() == null) {
            context.notApplicable("outcome.absent", "ApplicableTradeDeliveryTerms");
            return;
        }
        if (!Incoterms.SELLER_INSURANCE.contains(terms.getDeliveryTypeCode())) {
            return;
        }

        boolean insured = Money.present(invoice.getInsuranceChargeAmount()) || Money.present(invoice.getInsuranceValueAmount())
                || invoice.getInsuranceReferencedDocument() != null;
        if (!insured) {
            context.reportAt(terms, "DeliveryTypeCode", terms.getDeliveryTypeCode());
        }
    }
}
