package org.tradecert.crossdoc.risk;

import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.DemoShipments;
import org.tradecert.crossdoc.history.FactsFixture;

import java.util.List;

/** Variants of the demo shipments for the indicators: the consistent ones and crafted breaks of them. */
final class Shipments {

    static final ReferenceStatistics TABLE = ReferenceStatistics.bundled();
    static final RiskThresholds THRESHOLDS = RiskThresholds.defaults();

    private Shipments() {
    }

    static List<TradeTransaction> consistent() {
        return List.of(DemoShipments.sea(), DemoShipments.air());
    }

    static FactsFixture.Doc invoice(List<FactsFixture.Doc> documents) {
        return DemoShipments.find(documents, DemoShipments.SEA_INVOICE);
    }

    static FactsFixture.Doc declaration(List<FactsFixture.Doc> documents) {
        return DemoShipments.find(documents, DemoShipments.SEA_DECLARATION);
    }

    static FactsFixture.Doc payment(List<FactsFixture.Doc> documents) {
        return DemoShipments.find(documents, "HHCB-PA-2026-110912");
    }

    static TradeTransaction transaction(String id, List<FactsFixture.Doc> documents) {
        return FactsFixture.transaction(id, documents);
    }

    /**
     * The sea shipment with line 1 (switching power supplies, HS 850440) invoiced and declared
     * at 20 % of its price, 17.10 instead of 85.50 USD, and every total following.
     */
    static List<FactsFixture.Doc> underInvoicedSea() {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        for (FactsFixture.Doc document : List.of(invoice(documents), declaration(documents))) {
            document.replaceKeyed(FactNames.LINE_PRICE, "1", "17.10", "USD").replaceKeyed(FactNames.LINE_AMOUNT, "1", "20520.00", "USD");
        }
        invoice(documents).replace(FactNames.LINE_TOTAL, "146520.00", "USD").replace(FactNames.INVOICE_TOTAL, "153440.00", "USD")
                .replace(FactNames.AMOUNT_DUE, "153440.00", "USD");
        declaration(documents).replace(FactNames.CUSTOMS_VALUE, "153440.00", "USD");
        payment(documents).replace(FactNames.INSTRUCTED_AMOUNT, "153440.00", "USD").replace(FactNames.PAID_AMOUNT, "153415.00", "USD")
                .replace(FactNames.REMITTED_INVOICE, DemoShipments.SEA_INVOICE, "153440.00 USD");
        return documents;
    }
}
