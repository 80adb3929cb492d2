package org.tradecert.rules.payment;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.FinancialAccountType;
import org.tradecert.model.common.v1.FinancialInstitutionType;
import org.tradecert.model.paymentadvice.v1.PaymentAdviceType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.Locale;

/**
 * The debited and the credited account are different accounts: a payment from an account to
 * itself settles no trade. Two accounts are the same when their IBANs are equal, or when
 * their proprietary account numbers are equal at the same bank, identified by its BIC. A BIC
 * of 8 characters equals the same BIC with branch code XXX. IBANs and numbers are compared
 * without spaces and in upper case.
 */
public final class PayerAccountIsNotPayeeAccount extends DocumentRule<PaymentAdviceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PAY-ACCOUNTS", Layer.DOCUMENT_RULES, Severity.ERROR,
            "ISO 20022 credit transfer: debtor account and creditor account; ISO 13616 IBAN and ISO 9362 BIC", "payment-advice");

    public PayerAccountIsNotPayeeAccount() {
        super(DEFINITION, PaymentAdviceType.class);
    }

    @Override
    public void check(PaymentAdviceType advice, RuleContext context) {
        FinancialAccountType payer = advice.getPayerFinancialAccount();
        FinancialAccountType payee = advice.getPayeeFinancialAccount();
        if (payer == null || payee == null) {
            context.notApplicable("outcome.absent", "PayerFinancialAccount");
            return;
        }

        String payerIban = normalised(payer.getIBANID());
        boolean sameIban = !payerIban.isEmpty() && payerIban.equals(normalised(payee.getIBANID()));
        String payerNumber = normalised(payer.getProprietaryID());
        String payerBank = bic(advice.getPayerFinancialInstitution());
        boolean sameNumberAndBank = !payerNumber.isEmpty() && payerNumber.equals(normalised(payee.getProprietaryID()))
                && !payerBank.isEmpty() && payerBank.equals(bic(advice.getPayeeFinancialInstitution()));
        if (sameIban) {
            context.reportAt(payee, "IBANID", payee.getIBANID());
        } else if (sameNumberAndBank) {
            context.reportAt(payee, "ProprietaryID", payee.getProprietaryID());
        }
    }

    private static String normalised(String value) {
        return value == null ? "" : value.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** Returns the BIC of a bank in its 8-character form, or empty when the bank or its BIC is absent. */
    private static String bic(FinancialInstitutionType bank) {
        String bic = bank == null ? "" : normalised(bank.getBICID());
        return bic.length() == 11 && bic.endsWith("XXX") ? bic.substring(0, 8) : bic;
    }
}
