package org.tradecert.rules.payment;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.FinancialAccountType;
import org.tradecert.model.paymentadvice.v1.PaymentAdviceType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.Iban;

/**
 * The IBANs of the debited and the credited account are valid International Bank Account
 * Numbers (ISO 13616: form and check digits). A bank cannot have moved money from or to an
 * account whose IBAN fails the check, so the advice misstates the account.
 */
public final class AccountIbansValid extends DocumentRule<PaymentAdviceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PAY-IBAN", Layer.DOCUMENT_RULES, Severity.ERROR,
            "ISO 13616-1 International Bank Account Number (structure and ISO 7064 MOD 97-10 check digits)", "payment-advice");

    public AccountIbansValid() {
        super(DEFINITION, PaymentAdviceType.class);
    }

    @Override
    public void check(PaymentAdviceType advice, RuleContext context) {
        boolean any = check(advice.getPayerFinancialAccount(), "PayerFinancialAccount", context);
        any |= check(advice.getPayeeFinancialAccount(), "PayeeFinancialAccount", context);
        if (!any) {
            context.notApplicable("outcome.absent", "IBANID");
        }
    }

    /** Reports an invalid IBAN of one account and returns whether the account has an IBAN. */
    private static boolean check(FinancialAccountType account, String property, RuleContext context) {
        if (account == null || account.getIBANID() == null) {
            return false;
        }
        if (!Iban.isValid(account.getIBANID())) {
            context.reportAt(account, "IBANID", property, account.getIBANID());
        }
        return true;
    }
}
