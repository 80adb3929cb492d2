package org.tradecert.crossdoc.history;

import org.tradecert.crossdoc.FactNames;

import java.util.List;
import java.util.Map;

/**
 * The facts an amendment (a version that supersedes another) may not change, per document
 * type. They are the facts that make the document what it is: change them and it is another
 * document, which the issuer issues under a new number. A booking is left out, because a
 * booking is amended freely until the goods are shipped.
 */
public final class AmendmentPolicy {

    /**
     * One fixed fact.
     *
     * @param fact                the fact name (see {@link FactNames})
     * @param withQualifier       whether the qualifier counts too, as the currency of an amount does and the party name beside an identifier does not
     * @param onceShippedOnBoard  whether the fact is fixed only after the version being amended states a shipped-on-board date
     */
    public record FixedFact(String fact, boolean withQualifier, boolean onceShippedOnBoard) {
    }

    private static final Map<String, List<FixedFact>> FIXED = Map.of(
            "commercial-invoice", List.of(
                    always(FactNames.SELLER_ID), always(FactNames.BUYER_ID), always(FactNames.CURRENCY)),
            "packing-list", List.of(
                    always(FactNames.SELLER_ID), always(FactNames.BUYER_ID)),
            "goods-declaration", List.of(
                    always(FactNames.SELLER_ID)),
            "sea-transport-document", List.of(
                    onBoard(FactNames.SELLER_ID), onBoard(FactNames.CONTAINER), onBoard(FactNames.PORT_OF_LOADING),
                    onBoard(FactNames.SHIPPED_ON_BOARD), onBoard(FactNames.VESSEL_IMO)),
            "air-waybill", List.of(
                    always(FactNames.SELLER_ID), always(FactNames.PORT_OF_LOADING)),
            "payment-advice", List.of(
                    always(FactNames.PAYER_ID), always(FactNames.PAYEE_ID), new FixedFact(FactNames.PAID_AMOUNT, true, false),
                    always(FactNames.VALUE_DATE)),
            "transport-event", List.of(
                    always(FactNames.EVENT), always(FactNames.CONTAINER)));

    private AmendmentPolicy() {
    }

    /** Returns the fixed facts of a document type, none for a type whose amendments may change anything. */
    public static List<FixedFact> forType(String documentType) {
        return FIXED.getOrDefault(documentType, List.of());
    }

    private static FixedFact always(String fact) {
        return new FixedFact(fact, false, false);
    }

    private static FixedFact onBoard(String fact) {
        return new FixedFact(fact, false, true);
    }
}
