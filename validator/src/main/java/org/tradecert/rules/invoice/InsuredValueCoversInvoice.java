package org.tradecert.rules.invoice;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.common.v1.TradeDeliveryTermsType;
import org.tradecert.model.udt.v1.AmountType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * Under CIF and CIP the insured value is at least 110 per cent of the invoice grand total,
 * the minimum cover Incoterms 2020 requires of the seller (the price plus ten per cent).
 * Banks examine the same minimum when the invoice is presented under a documentary credit.
 */
public final class InsuredValueCoversInvoice extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-INSURED-VALUE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "Incoterms 2020, CIF and CIP article A5 (minimum cover: the price provided in the contract plus 10 %); UCP 600 article 28(f)(ii)",
            "commercial-invoice");

    private static final BigDecimal MINIMUM_COVER = new BigDecimal("1.10");

    public InsuredValueCoversInvoice() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    @Override
    public Set<String> needs() {
        return Set.of("InsuranceValueAmount");
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        TradeDeliveryTermsType terms = invoice.getApplicableTradeDeliveryTerms();
        AmountType insured = invoice.getInsuranceValueAmount();
        AmountType total = invoice.getMonetarySummation() == null ? null : invoice.getMonetarySummation().getGrandTotalAmount();
        if (terms == null || terms.getDeliveryTypeCode() == null || !Money.present(insured) || !Money.present(total)) {
            context.notApplicable("outcome.absent", "InsuranceValueAmount");
            return;
        }
        if (!Incoterms.SELLER_INSURANCE.contains(terms.getDeliveryTypeCode()) || Money.otherCurrency(insured, total.getCurrencyID())) {
            return;
        }

        BigDecimal minimum = total.getValue().multiply(MINIMUM_COVER);
        if (insured.getValue().compareTo(minimum) < 0) {
            // The minimum is shown rounded up, so that an insured value equal to the shown figure always suffices.
            BigDecimal shown = minimum.setScale(Money.minorUnit(total.getCurrencyID()), RoundingMode.CEILING);
            context.mismatch(invoice, "InsuranceValueAmount", Money.text(shown, total.getCurrencyID()), Money.text(insured),
                    terms.getDeliveryTypeCode(), Money.text(total));
        }
    }
}
