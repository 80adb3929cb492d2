package org.tradecert.crossdoc;

import org.junit.jupiter.api.Test;
import org.tradecert.ProjectPaths;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradecert.crossdoc.ConsistencyRulesTest.first;

/** Grouping of submissions into trade transactions by the keys the extracted facts give. */
class TransactionIndexTest {

    private static List<TradeTransaction> group(List<DocumentFacts> documents) throws Exception {
        List<TradeTransaction> transactions = new ArrayList<>();
        try (TransactionIndex index = new TransactionIndex()) {
            documents.forEach(index::add);
            Iterator<TradeTransaction> all = index.transactions();
            all.forEachRemaining(transactions::add);
        }
        return transactions;
    }

    private static List<DocumentFacts> sea() {
        return new ArrayList<>(Shipments.documents("sea", Shipments.SEA, "xml", Map.of()));
    }

    /** The sea invoice as another submission, with its links to the shipment cut and a change of its own. */
    private static DocumentFacts strayInvoice(UnaryOperator<String> change) {
        UnaryOperator<String> unlinked = first("<ram:IssuerAssignedID>BOHL26TXG004251", "<ram:IssuerAssignedID>BOHL26TXG009999")
                .andThen(first("<ram:IssuerAssignedID>HL-PL-2026-0142", "<ram:IssuerAssignedID>HL-PL-2026-9999"))::apply;
        return Shipments.read(ProjectPaths.examples().resolve("documents/valid/sea/commercial-invoice.xml"),
                unlinked.andThen(change)::apply, 100, "commercial-invoice", "exporter", "stray", List.of());
    }

    @Test
    void shipmentIsOneTransaction() throws Exception {
        List<DocumentFacts> documents = sea();
        documents.addAll(Shipments.documents("air", Shipments.AIR, "xml", Map.of()));

        List<TradeTransaction> transactions = group(documents);

        assertThat(transactions).extracting(TradeTransaction::id).containsExactly("BOHL26TXG004251", "963-26100454");
        assertThat(transactions.get(0).documents()).hasSize(Shipments.SEA.size());
        assertThat(transactions.get(1).documents()).hasSize(Shipments.AIR.size());
    }

    @Test
    void bookingAndInvoiceChainsJoinWithoutStatementReferences() throws Exception {
        List<DocumentFacts> documents = new ArrayList<>();
        for (DocumentFacts document : sea()) {
            documents.add(new DocumentFacts(document.index(), document.source(), document.submissionId(), document.statementDigest(),
                    document.documentType(), document.documentId(), 1, document.organisation(), document.role(), null, null, null, List.of(),
                    document.syntax(), true, document.facts()));
        }

        assertThat(group(documents)).singleElement().extracting(transaction -> transaction.documents().size()).isEqualTo(Shipments.SEA.size());
    }

    @Test
    void sameInvoiceNumberOfAnotherSellerStaysApart() throws Exception {
        List<DocumentFacts> documents = sea();
        documents.add(strayInvoice(first("91120116MA05TC707B", "91310000MA1FL0XX1Q")));

        assertThat(group(documents)).hasSize(2);
    }

    @Test
    void sameInvoiceNumberOfSameSellerJoins() throws Exception {
        List<DocumentFacts> documents = sea();
        documents.add(strayInvoice(UnaryOperator.identity()));

        assertThat(group(documents)).singleElement();
    }

    @Test
    void sharedContractNumberJoinsNothing() throws Exception {
        List<DocumentFacts> documents = sea();
        documents.addAll(Shipments.documents("air", Shipments.AIR, "xml", Map.of(
                "commercial-invoice", first("CT-HL-2026-1020", "CT-HL-2026-0918"),
                "packing-list", first("CT-HL-2026-1020", "CT-HL-2026-0918"),
                "goods-declaration", first("CT-HL-2026-1020", "CT-HL-2026-0918"))));

        assertThat(group(documents)).hasSize(2);
    }

    @Test
    void airWaybillNumberWithoutHyphenGivesSameKey() {
        List<DocumentFacts> documents = Shipments.documents("air", Shipments.AIR, "xml", Map.of(
                "goods-declaration", first("<ram:IssuerAssignedID>963-26100454", "<ram:IssuerAssignedID>963 26100454")));
        DocumentFacts declaration = documents.get(4);
        DocumentFacts waybill = documents.get(7);

        assertThat(TransactionIndex.keys(declaration)).contains("transport:96326100454");
        assertThat(TransactionIndex.keys(waybill)).contains("transport:96326100454");
    }

    @Test
    void issuerNumberedDocumentsAreKeyedWithTheirSeller() {
        DocumentFacts packingList = sea().get(3);

        assertThat(TransactionIndex.keys(packingList))
                .contains("doc:packing-list:USCC:91120116MA05TC707B:HL-PL-2026-0142",
                        "doc:commercial-invoice:USCC:91120116MA05TC707B:HL-INV-2026-0142")
                .noneMatch(key -> key.contains("CT-HL-2026-0918"));
    }
}
