package org.tradecert.crossdoc.risk;

import org.tradecert.crossdoc.FactExtractor;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.FactsBuilder;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.common.v1.FinancialInstitutionType;
import org.tradecert.model.common.v1.TradePartyType;
import org.tradecert.model.paymentadvice.v1.PaymentAdviceType;

/**
 * Takes the countries the payment indicators compare, beyond the facts of the per-type
 * extractors: the payer's country and its bank's country from a payment advice, and the
 * buyer's country from a commercial invoice.
 */
public final class RiskFactExtractor implements FactExtractor<Object> {

    @Override
    public Class<Object> documentClass() {
        return Object.class;
    }

    @Override
    public void extract(Object document, FactsBuilder facts) {
        if (document instanceof PaymentAdviceType payment) {
            country(facts, FactNames.PAYER_COUNTRY, payment.getPayerTradeParty());
            FinancialInstitutionType bank = payment.getPayerFinancialInstitution();
            if (bank != null) {
                facts.text(FactNames.PAYER_BANK_COUNTRY, bank, "BICID", bicCountry(bank.getBICID()));
            }
        }
        if (document instanceof CommercialInvoiceType invoice) {
            country(facts, FactNames.BUYER_COUNTRY, invoice.getBuyerTradeParty());
        }
    }

    private static void country(FactsBuilder facts, String name, TradePartyType party) {
        if (party != null && party.getPostalTradeAddress() != null) {
            facts.text(name, party.getPostalTradeAddress(), "CountryID", party.getPostalTradeAddress().getCountryID());
        }
    }

    /** Returns the country code of a BIC (ISO 9362), its characters 5 and 6, or null for a BIC too short to have one. */
    static String bicCountry(String bic) {
        if (bic == null) {
            return null;
        }
        String stripped = bic.strip();
        return stripped.length() >= 6 ? stripped.substring(4, 6) : null;
    }
}
