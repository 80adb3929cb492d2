package org.tradecert.conformance.glue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of document the suites select by, in the words the suites use. A kind is a document
 * type, narrowed where needed by the document's UNTDID 1001 code: a booking request is a booking
 * with code 335, a confirmation one with code 770, a house air waybill an air waybill with 703.
 */
public enum DocumentKind {
    COMMERCIAL_INVOICES("commercial invoices", "commercial-invoice", null),
    PACKING_LISTS("packing lists", "packing-list", null),
    BOOKING_REQUESTS("booking requests", "booking", "335"),
    BOOKING_CONFIRMATIONS("booking confirmations", "booking", "770"),
    BOOKINGS("bookings", "booking", null),
    GOODS_DECLARATIONS("goods declarations", "goods-declaration", null),
    SEA_TRANSPORT_DOCUMENTS("sea transport documents", "sea-transport-document", null),
    HOUSE_AIR_WAYBILLS("house air waybills", "air-waybill", "703"),
    AIR_WAYBILLS("air waybills", "air-waybill", null),
    TRANSPORT_EVENTS("transport events", "transport-event", null),
    PAYMENT_ADVICES("payment advices", "payment-advice", null);

    /** A regular expression for one kind; longer words first, so "house air waybills" is not read as "air waybills". */
    public static final String PATTERN = "commercial invoices|packing lists|booking requests|booking confirmations|bookings"
            + "|goods declarations|sea transport documents|house air waybills|air waybills|transport events|payment advices";

    private final String words;
    private final String documentType;
    private final String documentCode;

    DocumentKind(String words, String documentType, String documentCode) {
        this.words = words;
        this.documentType = documentType;
        this.documentCode = documentCode;
    }

    public String words() {
        return words;
    }

    /** Whether a submission of this type and UNTDID 1001 code (null when unknown) is of this kind. */
    public boolean matches(String type, String code) {
        return documentType.equals(type) && (documentCode == null || documentCode.equals(code));
    }

    public static Optional<DocumentKind> byWords(String words) {
        return Arrays.stream(values()).filter(kind -> kind.words.equals(words)).findFirst();
    }
}
