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
    /** Package type code as written; qualifier: the code list, {@code Rec21} or {@code GACCPackageType}; key: the line of the package, if any. */
    public static final String PACKAGE_TYPE = "packageType";
    /** A container number (ISO 6346). */
    public static final String CONTAINER = "container";
    /** A seal number; key: the container number. */
    public static final String SEAL = "seal";
    /** Gross weight per container, with unit; key: the container number. */
    public static final String CONTAINER_GROSS_WEIGHT = "containerGrossWeight";

    /**
     * The mode of transport as a UNECE Recommendation 19 code, as written in a movement or
     * consignment; the China customs code of a declaration is {@link #CUSTOMS_TRANSPORT_MODE}.
     */
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
    /**
     * A transport event as {@code <event type>} with its time in the qualifier; key: the
     * container number. An event about several containers gives one fact per container, and
     * an event about none one fact without key.
     */
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

    /** The UNTDID 1001 document name code of the document itself (380, 271, 830, 705, 740...). */
    public static final String DOCUMENT_TYPE_CODE = "documentTypeCode";
    /** The UNTDID 1225 purpose of this issue of the document (9 original, 5 replacement, 4 change, 1 cancellation). */
    public static final String PURPOSE_CODE = "purposeCode";
    /** The issue date of the contract the document names. */
    public static final String CONTRACT_DATE = "contractDate";
    /** The buyer's order number. */
    public static final String ORDER_NUMBER = "orderNumber";
    /** The issue date of the buyer's order. */
    public static final String ORDER_DATE = "orderDate";
    /** A letter of credit number the document names. */
    public static final String LETTER_OF_CREDIT = "letterOfCredit";
    /** The payment terms in words, such as {@code T/T 30 days after bill of lading date}. */
    public static final String PAYMENT_TERMS = "paymentTerms";
    /** The issue date of the insurance document an invoice names. */
    public static final String INSURANCE_DATE = "insuranceDate";

    /** The freight forwarder's identifier as {@code scheme:value}. */
    public static final String FORWARDER_ID = "forwarderId";
    /** The payee's account: the IBAN, or the proprietary account number. */
    public static final String PAYEE_ACCOUNT = "payeeAccount";
    /** The BIC of the payee's bank. */
    public static final String PAYEE_BANK = "payeeBank";
    /** The BIC of the payer's bank. */
    public static final String PAYER_BANK = "payerBank";
    /** The country of the payer's postal address, ISO 3166. */
    public static final String PAYER_COUNTRY = "payerCountry";
    /** Whether a bill of lading is made out to order, {@code true} or {@code false}. */
    public static final String TO_ORDER = "toOrder";

    /** The China customs transport mode (运输方式), GACC code as written. */
    public static final String CUSTOMS_TRANSPORT_MODE = "customsTransportMode";
    /** The place where the carrier takes charge of the goods, UN/LOCODE. */
    public static final String PLACE_OF_RECEIPT = "placeOfReceipt";
    /** The place where the carrier hands the goods over, UN/LOCODE. */
    public static final String PLACE_OF_DELIVERY = "placeOfDelivery";
    /** A place where a leg of the carriage loads or unloads, UN/LOCODE; key: the leg number. */
    public static final String ROUTE_LOCATION = "routeLocation";
    /** The scheduled departure time of the main carriage or of a flight; key: the leg number for an air waybill. */
    public static final String DEPARTURE_TIME = "departureTime";
    /** The scheduled arrival time of the main carriage or of a flight; key: the leg number for an air waybill. */
    public static final String ARRIVAL_TIME = "arrivalTime";
    /** The trading country of a declaration (贸易国), ISO 3166. */
    public static final String TRADE_COUNTRY = "tradeCountry";
    /** Whether a bill of lading says the goods are shipped on board, {@code true} or {@code false}. */
    public static final String SHIPPED_BILL = "shippedBill";

    /** Total gross volume, with unit. */
    public static final String GROSS_VOLUME = "grossVolume";
    /** The chargeable weight of an air waybill, with unit. */
    public static final String CHARGEABLE_WEIGHT = "chargeableWeight";
    /** Number of packages in one container; key: the container number. */
    public static final String CONTAINER_PACKAGE_COUNT = "containerPackageCount";
    /** A line's gross weight, with unit; key: the line id. */
    public static final String LINE_GROSS_WEIGHT = "lineGrossWeight";
    /** A line's number of packages; key: the line id. */
    public static final String LINE_PACKAGE_COUNT = "linePackageCount";
    /** A declaration item's quantity in the legal unit (法定数量); key: the item number. */
    public static final String LINE_LEGAL_QUANTITY = "lineLegalQuantity";
    /** The quantity a line's price applies to, with unit; key: the line id. */
    public static final String LINE_PRICE_BASIS = "linePriceBasis";
    /** A declaration item's final destination country; key: the item number. */
    public static final String LINE_DESTINATION = "lineDestination";
    /** A package's gross weight, with unit; key: the line id, {@code #} and the package's position in the line. */
    public static final String PACKAGE_GROSS_WEIGHT = "packageGrossWeight";
    /** A package's net weight, with unit; key as {@link #PACKAGE_GROSS_WEIGHT}. */
    public static final String PACKAGE_NET_WEIGHT = "packageNetWeight";

    /** The classifier of a transport event: ACT actual, EST estimated, PLN planned. */
    public static final String EVENT_CLASSIFIER = "eventClassifier";
    /** The reason code of a transport event, such as a customs hold reason. */
    public static final String EVENT_REASON = "eventReason";
    /** The number of pieces a transport event reports. */
    public static final String EVENT_PIECE_COUNT = "eventPieceCount";
    /** The gross weight a transport event reports, with unit. */
    public static final String EVENT_GROSS_WEIGHT = "eventGrossWeight";

    /** The end-to-end identifier of a payment. */
    public static final String END_TO_END_ID = "endToEndId";
    /** The invoice amount a payment advice states for a remitted invoice, with currency; key: the invoice number. */
    public static final String REMITTED_INVOICE_AMOUNT = "remittedInvoiceAmount";

    /** The royalty-payment indicator of a declaration (支付特许权使用费确认). */
    public static final String ROYALTY_PAYMENT = "royaltyPayment";

    /** The country of the payer's bank, ISO 3166 alpha-2, as its BIC gives it (characters 5 and 6). */
    public static final String PAYER_BANK_COUNTRY = "payerBankCountry";
    /** The country of the buyer's (importer's, consignee's) address, ISO 3166 alpha-2. */
    public static final String BUYER_COUNTRY = "buyerCountry";

    private FactNames() {
    }
}
