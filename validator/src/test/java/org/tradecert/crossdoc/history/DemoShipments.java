package org.tradecert.crossdoc.history;

import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;

import java.util.ArrayList;
import java.util.List;

import static org.tradecert.crossdoc.history.FactsFixture.doc;

/**
 * The facts of the two consistent demo shipments of examples/README.md (sea: Tianjin Xingang
 * to Rotterdam, CIF; air: Tianjin Binhai to Frankfurt, CIP), one document per submission, as
 * an extractor takes them from the example documents. Every rule must be silent on them.
 */
public final class DemoShipments {

    public static final String EXPORTER = "USCC:91120116MA05TC707B";
    public static final String FORWARDER = "USCC:91120116MA07BH202L";
    public static final String CARRIER = "USCC:91120116MA0CL4206M";
    public static final String AIRLINE = "USCC:91120116MA0BC5508K";
    public static final String TERMINAL = "USCC:91120116MA0XG8807L";
    public static final String BROKER = "USCC:91120118MA06JG3099";
    public static final String BANK = "USCC:911201017000HH107F";
    public static final String CUSTOMS = "USCC:111200000000120014";
    public static final String SEA_BUYER = "LEI:724500VDBERG0IND0189";
    public static final String AIR_BUYER = "LEI:529900FRKELEC0MB0106";

    public static final String BILL_OF_LADING = "BOHL26TXG004251";
    public static final String SEA_INVOICE = "HL-INV-2026-0142";
    public static final String SEA_DECLARATION = "020220260001234567";
    public static final String CONTAINER_1 = "BOHU1024615";
    public static final String CONTAINER_2 = "BOHU2047359";

    private DemoShipments() {
    }

    public static TradeTransaction sea() {
        return FactsFixture.transaction(BILL_OF_LADING, seaDocuments());
    }

    public static TradeTransaction air() {
        return FactsFixture.transaction("963-26100454", airDocuments());
    }

    /** The documents of the sea shipment in ledger order, to be changed by a test before it builds the transaction. */
    public static List<FactsFixture.Doc> seaDocuments() {
        List<FactsFixture.Doc> documents = new ArrayList<>();
        documents.add(doc("booking", "BR-BHF-2609-0077", FORWARDER)
                .fact(FactNames.DOCUMENT_NUMBER, "BR-BHF-2609-0077")
                .fact(FactNames.SELLER_ID, EXPORTER).fact(FactNames.BUYER_ID, SEA_BUYER)
                .fact(FactNames.PORT_OF_LOADING, "CNTXG").fact(FactNames.PORT_OF_DISCHARGE, "NLRTM")
                .fact(FactNames.INCOTERM, "CIF"));
        documents.add(doc("booking", "BC-BOHL-260921-0077", CARRIER)
                .fact(FactNames.DOCUMENT_NUMBER, "BC-BOHL-260921-0077")
                .fact(FactNames.BOOKING_NUMBER, "BOHL-BKG-260921-0077")
                .fact(FactNames.REFERENCED_DOCUMENT, "335:BR-BHF-2609-0077")
                .fact(FactNames.SELLER_ID, EXPORTER).fact(FactNames.BUYER_ID, SEA_BUYER));
        documents.add(doc("commercial-invoice", SEA_INVOICE, EXPORTER)
                .fact(FactNames.DOCUMENT_NUMBER, SEA_INVOICE).fact(FactNames.INVOICE_NUMBER, SEA_INVOICE)
                .fact(FactNames.SELLER_ID, EXPORTER).fact(FactNames.BUYER_ID, SEA_BUYER).fact(FactNames.BUYER_COUNTRY, "NL")
                .fact(FactNames.CURRENCY, "USD").fact(FactNames.INCOTERM, "CIF").fact(FactNames.INCOTERM_PLACE, "NLRTM")
                .fact(FactNames.LINE_TOTAL, "228600.00", "USD").fact(FactNames.FREIGHT, "6400.00", "USD")
                .fact(FactNames.INSURANCE, "520.00", "USD").fact(FactNames.INSURED_VALUE, "259072.00", "USD")
                .fact(FactNames.INVOICE_TOTAL, "235520.00", "USD").fact(FactNames.AMOUNT_DUE, "235520.00", "USD")
                .fact(FactNames.LINE_HS, "850440", null, "1").fact(FactNames.LINE_QUANTITY, "1200", "H87", "1")
                .fact(FactNames.LINE_PRICE, "85.50", "USD", "1").fact(FactNames.LINE_AMOUNT, "102600.00", "USD", "1")
                .fact(FactNames.LINE_ORIGIN, "CN", null, "1")
                .fact(FactNames.LINE_HS, "850152", null, "2").fact(FactNames.LINE_QUANTITY, "300", "H87", "2")
                .fact(FactNames.LINE_PRICE, "420.00", "USD", "2").fact(FactNames.LINE_AMOUNT, "126000.00", "USD", "2")
                .fact(FactNames.LINE_ORIGIN, "CN", null, "2"));
        documents.add(doc("packing-list", "HL-PL-2026-0142", EXPORTER)
                .fact(FactNames.DOCUMENT_NUMBER, "HL-PL-2026-0142").fact(FactNames.INVOICE_NUMBER, SEA_INVOICE)
                .fact(FactNames.SELLER_ID, EXPORTER).fact(FactNames.BUYER_ID, SEA_BUYER)
                .fact(FactNames.GROSS_WEIGHT, "34600", "KGM").fact(FactNames.NET_WEIGHT, "31020", "KGM")
                .fact(FactNames.PACKAGE_COUNT, "250").fact(FactNames.CONTAINER, CONTAINER_1).fact(FactNames.CONTAINER, CONTAINER_2));
        documents.add(doc("goods-declaration", SEA_DECLARATION, BROKER)
                .fact(FactNames.DOCUMENT_NUMBER, SEA_DECLARATION).fact(FactNames.DECLARATION_NUMBER, SEA_DECLARATION)
                .fact(FactNames.SELLER_ID, EXPORTER).fact(FactNames.BUYER_ID, SEA_BUYER)
                .fact(FactNames.TRANSPORT_DOCUMENT_NUMBER, BILL_OF_LADING).fact(FactNames.INVOICE_NUMBER, SEA_INVOICE)
                .fact(FactNames.TRANSPORT_MODE, "1").fact(FactNames.TRANSACTION_MODE, "1").fact(FactNames.INCOTERM, "CIF")
                .fact(FactNames.FREIGHT, "6400.00", "USD").fact(FactNames.INSURANCE, "520.00", "USD")
                .fact(FactNames.CUSTOMS_VALUE, "235520.00", "USD")
                .fact(FactNames.EXPORT_COUNTRY, "CN").fact(FactNames.DESTINATION_COUNTRY, "NL")
                .fact(FactNames.GROSS_WEIGHT, "34600", "KGM").fact(FactNames.NET_WEIGHT, "31020", "KGM")
                .fact(FactNames.CONTAINER, CONTAINER_1).fact(FactNames.CONTAINER, CONTAINER_2)
                .fact(FactNames.LINE_HS, "8504409999", null, "1").fact(FactNames.LINE_QUANTITY, "1200", "H87", "1")
                .fact(FactNames.LINE_PRICE, "85.50", "USD", "1").fact(FactNames.LINE_AMOUNT, "102600.00", "USD", "1")
                .fact(FactNames.LINE_NET_WEIGHT, "1620", "KGM", "1").fact(FactNames.LINE_INVOICE_LINE, "1", null, "1")
                .fact(FactNames.LINE_HS, "8501520000", null, "2").fact(FactNames.LINE_QUANTITY, "300", "H87", "2")
                .fact(FactNames.LINE_PRICE, "420.00", "USD", "2").fact(FactNames.LINE_AMOUNT, "126000.00", "USD", "2")
                .fact(FactNames.LINE_NET_WEIGHT, "29400", "KGM", "2").fact(FactNames.LINE_INVOICE_LINE, "2", null, "2"));
        documents.add(event("EV-CNTXG-261010-0001", TERMINAL, "GTIN", "2026-10-10T08:12:00+08:00", "CNTXG", CONTAINER_1));
        documents.add(event("EV-CNTXG-261010-0002", TERMINAL, "GTIN", "2026-10-10T09:47:00+08:00", "CNTXG", CONTAINER_2));
        documents.add(event("EV-CNTXG-261010-0003", CUSTOMS, "RELS", "2026-10-10T11:00:00+08:00", "CNTXG"));
        documents.add(doc("sea-transport-document", BILL_OF_LADING, CARRIER)
                .fact(FactNames.DOCUMENT_NUMBER, BILL_OF_LADING).fact(FactNames.TRANSPORT_DOCUMENT_NUMBER, BILL_OF_LADING)
                .fact(FactNames.BOOKING_NUMBER, "BOHL-BKG-260921-0077")
                .fact(FactNames.SELLER_ID, EXPORTER).fact(FactNames.BUYER_ID, SEA_BUYER).fact(FactNames.CARRIER_ID, CARRIER)
                .fact(FactNames.CONTAINER, CONTAINER_1).fact(FactNames.CONTAINER, CONTAINER_2)
                .fact(FactNames.SEAL, "BH2610001", null, CONTAINER_1).fact(FactNames.SEAL, "BH2610002", null, CONTAINER_2)
                .fact(FactNames.PORT_OF_LOADING, "CNTXG").fact(FactNames.PORT_OF_DISCHARGE, "NLRTM")
                .fact(FactNames.SHIPPED_ON_BOARD, "2026-10-11T16:40:00+08:00")
                .fact(FactNames.VESSEL_IMO, "9811000").fact(FactNames.VESSEL_NAME, "EVER GIVEN").fact(FactNames.VOYAGE, "025W")
                .fact(FactNames.TRANSPORT_MODE, "1").fact(FactNames.GROSS_WEIGHT, "34600", "KGM"));
        documents.add(event("EV-CNTXG-261011-0004", CARRIER, "LOAD", "2026-10-11T13:05:00+08:00", "CNTXG", CONTAINER_1));
        documents.add(event("EV-CNTXG-261011-0005", CARRIER, "LOAD", "2026-10-11T13:40:00+08:00", "CNTXG", CONTAINER_2));
        documents.add(event("EV-CNTXG-261012-0006", CARRIER, "DEPA", "2026-10-12T06:30:00+08:00", "CNTXG", CONTAINER_1, CONTAINER_2));
        documents.add(event("EV-NLRTM-261118-0007", CARRIER, "ARRI", "2026-11-18T07:00:00+01:00", "NLRTM"));
        documents.add(event("EV-NLRTM-261118-0008", CARRIER, "DISC", "2026-11-18T14:20:00+01:00", "NLRTM", CONTAINER_1));
        documents.add(event("EV-NLRTM-261118-0009", CARRIER, "DISC", "2026-11-18T15:05:00+01:00", "NLRTM", CONTAINER_2));
        documents.add(doc("payment-advice", "HHCB-PA-2026-110912", BANK)
                .fact(FactNames.DOCUMENT_NUMBER, "HHCB-PA-2026-110912")
                .fact(FactNames.PAYER_ID, SEA_BUYER).fact(FactNames.PAYEE_ID, EXPORTER)
                .fact(FactNames.PAYER_COUNTRY, "NL").fact(FactNames.PAYER_BANK_COUNTRY, "NL")
                .fact(FactNames.INSTRUCTED_AMOUNT, "235520.00", "USD").fact(FactNames.CHARGES, "25.00", "USD")
                .fact(FactNames.PAID_AMOUNT, "235495.00", "USD").fact(FactNames.CHARGE_BEARER, "SHA")
                .fact(FactNames.VALUE_DATE, "2026-11-10")
                .fact(FactNames.REMITTED_INVOICE, SEA_INVOICE, "235520.00 USD")
                .fact(FactNames.INVOICE_NUMBER, SEA_INVOICE).fact(FactNames.DECLARATION_NUMBER, SEA_DECLARATION));
        return documents;
    }

    /** The documents of the air shipment in ledger order. */
    public static List<FactsFixture.Doc> airDocuments() {
        String awb = "963-26100454";
        String invoice = "HL-INV-2026-0157";
        List<FactsFixture.Doc> documents = new ArrayList<>();
        documents.add(doc("booking", "BC-BCA-261026-0112", AIRLINE)
                .fact(FactNames.DOCUMENT_NUMBER, "BC-BCA-261026-0112").fact(FactNames.BOOKING_NUMBER, "BCA-261026-0112"));
        documents.add(doc("commercial-invoice", invoice, EXPORTER)
                .fact(FactNames.DOCUMENT_NUMBER, invoice).fact(FactNames.INVOICE_NUMBER, invoice)
                .fact(FactNames.SELLER_ID, EXPORTER).fact(FactNames.BUYER_ID, AIR_BUYER).fact(FactNames.BUYER_COUNTRY, "DE")
                .fact(FactNames.CURRENCY, "USD").fact(FactNames.INCOTERM, "CIP")
                .fact(FactNames.LINE_TOTAL, "100000.00", "USD").fact(FactNames.FREIGHT, "2150.00", "USD")
                .fact(FactNames.INSURANCE, "180.00", "USD").fact(FactNames.INVOICE_TOTAL, "102330.00", "USD")
                .fact(FactNames.LINE_HS, "853710", null, "1").fact(FactNames.LINE_QUANTITY, "80", "H87", "1")
                .fact(FactNames.LINE_PRICE, "1250.00", "USD", "1").fact(FactNames.LINE_AMOUNT, "100000.00", "USD", "1"));
        documents.add(doc("goods-declaration", "020820260001234890", BROKER)
                .fact(FactNames.DOCUMENT_NUMBER, "020820260001234890").fact(FactNames.SELLER_ID, EXPORTER)
                .fact(FactNames.TRANSPORT_DOCUMENT_NUMBER, awb).fact(FactNames.INVOICE_NUMBER, invoice)
                .fact(FactNames.TRANSPORT_MODE, "4").fact(FactNames.TRANSACTION_MODE, "1")
                .fact(FactNames.FREIGHT, "2150.00", "USD").fact(FactNames.INSURANCE, "180.00", "USD")
                .fact(FactNames.CUSTOMS_VALUE, "102330.00", "USD").fact(FactNames.DESTINATION_COUNTRY, "DE")
                .fact(FactNames.LINE_HS, "8537109090", null, "1").fact(FactNames.LINE_QUANTITY, "80", "H87", "1")
                .fact(FactNames.LINE_PRICE, "1250.00", "USD", "1").fact(FactNames.LINE_AMOUNT, "100000.00", "USD", "1")
                .fact(FactNames.LINE_NET_WEIGHT, "360.0", "KGM", "1").fact(FactNames.LINE_INVOICE_LINE, "1", null, "1"));
        documents.add(event("EV-CNTSN-261029-0001", AIRLINE, "RCS", "2026-10-29T16:00:00+08:00", "CNTSN"));
        documents.add(event("EV-CNTSN-261029-0002", CUSTOMS, "RELS", "2026-10-29T18:30:00+08:00", "CNTSN"));
        documents.add(doc("air-waybill", awb, AIRLINE)
                .fact(FactNames.DOCUMENT_NUMBER, awb).fact(FactNames.TRANSPORT_DOCUMENT_NUMBER, awb)
                .fact(FactNames.SELLER_ID, EXPORTER).fact(FactNames.BUYER_ID, AIR_BUYER)
                .fact(FactNames.PORT_OF_LOADING, "CNTSN").fact(FactNames.PORT_OF_DISCHARGE, "DEFRA")
                .fact(FactNames.TRANSPORT_MODE, "4").fact(FactNames.GROSS_WEIGHT, "412.5", "KGM"));
        documents.add(event("EV-CNTSN-261029-0003", AIRLINE, "MAN", "2026-10-29T21:00:00+08:00", "CNTSN"));
        documents.add(event("EV-CNTSN-261030-0004", AIRLINE, "DEPA", "2026-10-30T01:35:00+08:00", "CNTSN"));
        documents.add(event("EV-DEFRA-261030-0005", AIRLINE, "ARRI", "2026-10-30T07:50:00+01:00", "DEFRA"));
        documents.add(event("EV-DEFRA-261030-0006", AIRLINE, "RCF", "2026-10-30T10:20:00+01:00", "DEFRA"));
        documents.add(doc("payment-advice", "HHCB-PA-2026-111907", BANK)
                .fact(FactNames.DOCUMENT_NUMBER, "HHCB-PA-2026-111907")
                .fact(FactNames.PAYER_ID, AIR_BUYER).fact(FactNames.PAYEE_ID, EXPORTER)
                .fact(FactNames.PAYER_COUNTRY, "DE").fact(FactNames.PAYER_BANK_COUNTRY, "DE")
                .fact(FactNames.INSTRUCTED_AMOUNT, "102330.00", "USD").fact(FactNames.PAID_AMOUNT, "102330.00", "USD")
                .fact(FactNames.CHARGE_BEARER, "OUR").fact(FactNames.VALUE_DATE, "2026-11-19")
                .fact(FactNames.REMITTED_INVOICE, invoice, "102330.00 USD"));
        return documents;
    }

    /** An actual transport event at a place, for the containers named (none for a vessel or flight event). */
    public static FactsFixture.Doc event(String id, String organisation, String type, String time, String place, String... containers) {
        FactsFixture.Doc event = doc("transport-event", id, organisation)
                .fact(FactNames.DOCUMENT_NUMBER, id).fact(FactNames.EVENT_CLASSIFIER, "ACT")
                .fact(FactNames.EVENT_LOCATION, place).fact(FactNames.TRANSPORT_DOCUMENT_NUMBER, BILL_OF_LADING);
        if (containers.length == 0) {
            event.fact(FactNames.EVENT, type, time, null);
        }
        for (String container : containers) {
            event.fact(FactNames.EVENT, type, time, container).fact(FactNames.CONTAINER, container);
        }
        return event;
    }

    /** The document of a list with the given number. */
    public static FactsFixture.Doc find(List<FactsFixture.Doc> documents, String id) {
        return documents.stream().filter(document -> document.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no document " + id));
    }
}
