package org.tradecert.crossdoc.extract;

import org.tradecert.crossdoc.FactExtractor;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.FactsBuilder;
import org.tradecert.model.common.v1.ReferencedDocumentType;
import org.tradecert.model.paymentadvice.v1.PaymentAdviceType;
import org.tradecert.model.paymentadvice.v1.RemittedInvoiceType;
import org.tradecert.model.udt.v1.AmountType;

/**
 * The facts of a bank payment or remittance advice. Each remitted invoice is a
 * {@link FactNames#REMITTED_INVOICE} whose qualifier is the amount remitted for it with its
 * currency; when the advice names one invoice without an amount, the instructed amount (or
 * else the paid amount) stands for it.
 */
public final class PaymentAdviceFacts implements FactExtractor<PaymentAdviceType> {

    @Override
    public Class<PaymentAdviceType> documentClass() {
        return PaymentAdviceType.class;
    }

    @Override
    public void extract(PaymentAdviceType advice, FactsBuilder facts) {
        CommonFacts.header(facts, advice.getExchangedDocument());
        facts.text(FactNames.END_TO_END_ID, advice, "EndToEndID", advice.getEndToEndID());
        facts.date(FactNames.VALUE_DATE, advice, "ValueDate", advice.getValueDate(), null);
        facts.amount(FactNames.INSTRUCTED_AMOUNT, advice, "InstructedAmount", advice.getInstructedAmount(), null);
        facts.amount(FactNames.CHARGES, advice, "ChargesAmount", advice.getChargesAmount(), null);
        facts.amount(FactNames.PAID_AMOUNT, advice, "PaidAmount", advice.getPaidAmount(), null);
        facts.text(FactNames.CHARGE_BEARER, advice, "ChargeBearerCode", advice.getChargeBearerCode());
        AmountType main = advice.getInstructedAmount() != null ? advice.getInstructedAmount() : advice.getPaidAmount();
        if (main != null) {
            facts.text(FactNames.CURRENCY, advice, advice.getInstructedAmount() != null ? "InstructedAmount" : "PaidAmount", main.getCurrencyID());
        }
        CommonFacts.exchangeRate(facts, advice.getCurrencyExchange());

        facts.party(FactNames.PAYER_ID, advice, "PayerTradeParty", advice.getPayerTradeParty());
        if (advice.getPayerTradeParty() != null && advice.getPayerTradeParty().getPostalTradeAddress() != null) {
            var address = advice.getPayerTradeParty().getPostalTradeAddress();
            facts.text(FactNames.PAYER_COUNTRY, address, "CountryID", address.getCountryID());
        }
        if (advice.getPayerFinancialInstitution() != null) {
            facts.text(FactNames.PAYER_BANK, advice.getPayerFinancialInstitution(), "BICID", advice.getPayerFinancialInstitution().getBICID());
        }
        facts.party(FactNames.PAYEE_ID, advice, "PayeeTradeParty", advice.getPayeeTradeParty());
        CommonFacts.payeeAccount(facts, advice.getPayeeFinancialAccount());
        if (advice.getPayeeFinancialInstitution() != null) {
            facts.text(FactNames.PAYEE_BANK, advice.getPayeeFinancialInstitution(), "BICID", advice.getPayeeFinancialInstitution().getBICID());
        }
        if (advice.getLetterOfCreditReferencedDocument() != null) {
            var credit = advice.getLetterOfCreditReferencedDocument();
            facts.text(FactNames.LETTER_OF_CREDIT, credit, "IssuerAssignedID", credit.getIssuerAssignedID());
        }

        for (RemittedInvoiceType remitted : advice.getRemittedInvoice()) {
            remitted(facts, advice, remitted);
        }
        for (ReferencedDocumentType declaration : advice.getDeclarationReferencedDocument()) {
            CommonFacts.reference(facts, declaration, "830");
        }
    }

    private static void remitted(FactsBuilder facts, PaymentAdviceType advice, RemittedInvoiceType remitted) {
        ReferencedDocumentType invoice = remitted.getInvoiceReferencedDocument();
        if (invoice == null || invoice.getIssuerAssignedID() == null || invoice.getIssuerAssignedID().isBlank()) {
            return;
        }
        CommonFacts.reference(facts, invoice, "380");
        String number = invoice.getIssuerAssignedID().strip();
        AmountType amount = remitted.getRemittedAmount();
        Object owner = remitted;
        String property = "RemittedAmount";
        if ((amount == null || amount.getValue() == null) && advice.getRemittedInvoice().size() == 1) {
            amount = advice.getInstructedAmount() != null ? advice.getInstructedAmount() : advice.getPaidAmount();
            owner = advice;
            property = advice.getInstructedAmount() != null ? "InstructedAmount" : "PaidAmount";
        }
        String qualifier = amount == null || amount.getValue() == null ? null : amount.getValue().toPlainString() + " " + amount.getCurrencyID();
        facts.add(FactNames.REMITTED_INVOICE, owner, property, number, qualifier, number);
        facts.amount(FactNames.REMITTED_INVOICE_AMOUNT, remitted, "InvoiceAmount", remitted.getInvoiceAmount(), number);
    }
}
