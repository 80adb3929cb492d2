package org.tradecert.rules.invoice;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.common.v1.FinancialAccountType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

/**
 * The IBAN of the seller's account is a valid International Bank Account Number (ISO 13616:
 * form and check digits). Banks reject a credit transfer to an IBAN whose check digits do not
 * fit, so the buyer could not pay the invoice as written.
 */
public final class PayeeIbanValid extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-PAYEE-IBAN", Layer.DOCUMENT_RULES, Severity.ERROR,
            "ISO 13616-1 International Bank Account Number (structure and ISO 7064 MOD 97-10 check digits)", "commercial-invoice");

    public PayeeIbanValid() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        FinancialAccountType account = invoice.getPayeeFinancialAccount();
        if (account == null || account.getIBANID() == null) {
            context.notApplicable("outcome.absent", "IBANID");
            return;
        }
        if (!Iban.isValid(account.getIBANID())) {
            context.reportAt(account, "IBANID", account.getIBANID());
        }
    }
}
