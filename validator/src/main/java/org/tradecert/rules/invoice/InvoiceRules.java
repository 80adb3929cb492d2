package org.tradecert.rules.invoice;

import org.tradecert.rules.DocumentRule;

import java.util.List;

/** The document rules of the commercial invoice: calculations first, then weights, delivery terms, dates and parties. */
public final class InvoiceRules {

    private InvoiceRules() {
    }

    public static List<DocumentRule<?>> all() {
        return List.of(
                new LineAmountMatchesPrice(),
                new LineTotalMatchesLines(),
                new GrandTotalMatchesComponents(),
                new DuePayableMatchesGrandTotal(),
                new AmountsInInvoiceCurrency(),
                new AmountDecimalsFitCurrency(),
                new CurrencyExchangeFromInvoiceCurrency(),
                new ChargeTotalCoversFreightAndInsurance(),
                new NetWeightNotAboveGrossWeight(),
                new ConsignmentWeightsMatchLines(),
                new InsuranceStatedForCifCip(),
                new InsuredValueCoversInvoice(),
                new FreightStatedForSellerCarriage(),
                new NoFreightForBuyerCarriage(),
                new TransportDocumentMatchesMode(),
                new PayeeIbanValid(),
                new DueDateNotBeforeIssueDate(),
                new ReferencedDocumentsNotAfterInvoice(),
                new LineIdsUnique(),
                new SellerIsNotBuyer());
    }
}
