package org.tradecert.crossdoc;

/**
 * The names of the facts the extractors take from documents and the cross-document rules
 * compare. A fact is named for what it means, not where a document type keeps it: the gross
 * weight of a packing list and of a bill of lading are both {@link #GROSS_WEIGHT}. Values are
 * kept as written; weights and quantities carry their UNECE Recommendation 20 unit and amounts
 * their ISO 4217 currency as the qualifier, and rules convert before comparing.
 */
public final class FactNames {

    /** The document number (ExchangedDocument ID). */
    public static final String DOCUMENT_NUMBER = "documentNumber";
    /** The issue date and time, ISO 8601. */
    public static final String ISSUE_TIME = "issueTime";

    /** The transport document number: bill of lading number or air waybill number, wherever it is written. */
    public static final String TRANSPORT_DOCUMENT_NUMBER = "transportDocumentNumber";
    /** The master air waybill number a house air waybill names. */
    public static final String MASTER_TRANSPORT_DOCUMENT_NUMBER = "masterTransportDocumentNumber";
    /** The carrier's booking reference. */
    public static final String BOOKING_NUMBER = "bookingNumber";
    /** A referenced document, as {@code <UNTDID 1001 code>:<number>} (380 invoice, 271 packing list, 705 B/L, 740 AWB, 830 declaration...). */
    public static final String REFERENCED_DOCUMENT = "referencedDocument";
    /** The contract number. */
    public static final String CONTRACT_NUMBER = "contractNumber";
    /** An invoice number the document names (the invoice's own number on the invoice itself). */
    public static final String INVOICE_NUMBER = "invoiceNumber";
    /** The customs declaration number (the declaration's own number, or the one a document references). */
    public static final String DECLARATION_NUMBER = "declarationNumber";

    /** Seller, exporter, shipper, consignor or domestic consignor: the party identifier as {@code scheme:value}. */
    public static final String SELLER_ID = "sellerId";
    /** Buyer, importer, consignee or overseas consignee: the party identifier as {@code scheme:value}. */
    public static final String BUYER_ID = "buyerId";
    /** The carrier's identifier as {@code scheme:value}. */
    public static final String CARRIER_ID = "carrierId";
    /** The payer of a payment. */
    public static final String PAYER_ID = "payerId";
    /** The payee of a payment. */
    public static final String PAYEE_ID = "payeeId";

    /** The Incoterms 2020 rule. */
    public static final String INCOTERM = "incoterm";
    /** The Incoterms named place, a UN/LOCODE. */
    public static final String INCOTERM_PLACE = "incotermPlace";
    /** The China customs transaction mode (成交方式), GACC code. */
    public static final String TRANSACTION_MODE = "transactionMode";
    /** The freight payment term, PRE or COL. */
    public static final String FREIGHT_PAYMENT_TERM = "freightPaymentTerm";
    /** The document currency (invoice currency). */
    public static final String CURRENCY = "currency";
    /** An explicit exchange rate as {@code SOURCE/TARGET} in the qualifier and the rate as value. */
    public static final String EXCHANGE_RATE = "exchangeRate";

    /** The invoice grand total, with currency. */
    public static final String INVOICE_TOTAL = "invoiceTotal";
    /** The amount due for payment, with currency. */
    public static final String AMOUNT_DUE = "amountDue";
    /** The sum of the line amounts, with currency. */
    public static final String LINE_TOTAL = "lineTotal";
    /** A line's amount, with currency; key: the line id. */
    public static final String LINE_AMOUNT = "lineAmount";
    /** A line's quantity, with unit; key: the line id. */
    public static final String LINE_QUANTITY = "lineQuantity";
    /** A line's unit price, with currency; key: the line id. */
    public static final String LINE_PRICE = "linePrice";
    /** A line's HS code as written (6 to 10 digits); key: the line id. */
    public static final String LINE_HS = "lineHs";
    /** A line's country of origin; key: the line id. */
    public static final String LINE_ORIGIN = "lineOrigin";
    /** A line's goods description; key: the line id. */
    public static final String LINE_DESCRIPTION = "lineDescription";
    /** A line's net weight, with unit; key: the line id. */
    public static final String LINE_NET_WEIGHT = "lineNetWeight";
    /** The invoice line a declaration item or packing list item refers to; key: the item's own id. */
    public static final String LINE_INVOICE_LINE = "lineInvoiceLine";
    /** Freight charge, with currency. */
    public static final String FREIGHT = "freight";
    /** Insurance premium, with currency. */
    public static final String INSURANCE = "insurance";
    /** Insured value, with currency. */
    public static final String INSURED_VALUE = "insuredValue";
    /** Value declared for customs, with currency. */
    public static final String CUSTOMS_VALUE = "customsValue";

    /** Total gross weight, with unit. */
    public static final String GROSS_WEIGHT = "grossWeight";
    /** Total net weight, with unit. */
    public static final String NET_WEIGHT = "netWeight";
    /** Total number of packages (pieces for air). */
    public static final String PACKAGE_COUNT = "packageCount";
    /** Package type code as written; qualifier: the list (Rec21 or GACC). */
    public static final String PACKAGE_TYPE = "packageType";
    /** A container number (ISO 6346). */
    public static final String CONTAINER = "container";
    /** A seal number; key: the container number. */
    public static final String SEAL = "seal";
    /** Gross weight per container, with unit; key: the container number. */
    public static final String CONTAINER_GROSS_WEIGHT = "containerGrossWeight";

    /** The mode of transport as UNECE Recommendation 19 code (GACC codes are mapped). */
    public static final String TRANSPORT_MODE = "transportMode";
    /** The vessel's IMO number. */
    public static final String VESSEL_IMO = "vesselImo";
    /** The vessel's name. */
    public static final String VESSEL_NAME = "vesselName";
    /** The voyage or flight number. */
    public static final String VOYAGE = "voyage";
    /** Port or airport of loading, UN/LOCODE. */
    public static final String PORT_OF_LOADING = "portOfLoading";
    /** Port or airport of discharge, UN/LOCODE. */
    public static final String PORT_OF_DISCHARGE = "portOfDischarge";
    /** Export country, ISO 3166. */
    public static final String EXPORT_COUNTRY = "exportCountry";
    /** Destination country, ISO 3166. */
    public static final String DESTINATION_COUNTRY = "destinationCountry";

    /** The date and time the goods were shipped on board. */
    public static final String SHIPPED_ON_BOARD = "shippedOnBoard";
    /** The export or import date of a declaration. */
    public static final String EXPORT_IMPORT_DATE = "exportImportDate";
    /** A transport event as {@code <event type>} with its time in the qualifier; key: the container number, if any. */
    public static final String EVENT = "event";
    /** The event's location, UN/LOCODE. */
    public static final String EVENT_LOCATION = "eventLocation";

    /** The amount paid to the payee, with currency. */
    public static final String PAID_AMOUNT = "paidAmount";
    /** The amount instructed by the payer, with currency. */
    public static final String INSTRUCTED_AMOUNT = "instructedAmount";
    /** Bank charges deducted, with currency. */
    public static final String CHARGES = "charges";
    /** The charge bearer code (SHA, OUR, BEN). */
    public static final String CHARGE_BEARER = "chargeBearer";
    /** The value date of a payment. */
    public static final String VALUE_DATE = "valueDate";
    /** An invoice a payment remits; value: the invoice number; qualifier: the remitted amount with currency after a space. */
    public static final String REMITTED_INVOICE = "remittedInvoice";
    /** The payment due date of an invoice. */
    public static final String DUE_DATE = "dueDate";

    /** The related-party indicator of a declaration (特殊关系确认). */
    public static final String RELATED_PARTY = "relatedParty";
    /** The price-influence indicator of a declaration (价格影响确认). */
    public static final String PRICE_INFLUENCE = "priceInfluence";

    // Facts of the ledger history rules and the risk indicators.

    /** The function of this issue of the document, a UNTDID 1225 code (1 cancellation, 4 change, 5 replace, 9 original). */
    public static final String PURPOSE_CODE = "purposeCode";
    /** The classifier of a transport event: actual (ACT), estimated (EST) or planned (PLN). */
    public static final String EVENT_CLASSIFIER = "eventClassifier";
    /** The country of the payer's address, ISO 3166 alpha-2. */
    public static final String PAYER_COUNTRY = "payerCountry";
    /** The country of the payer's bank, ISO 3166 alpha-2, as its BIC gives it (characters 5 and 6). */
    public static final String PAYER_BANK_COUNTRY = "payerBankCountry";
    /** The country of the buyer's (importer's, consignee's) address, ISO 3166 alpha-2. */
    public static final String BUYER_COUNTRY = "buyerCountry";

    private FactNames() {
    }
}
