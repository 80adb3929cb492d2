package org.tradecert.examples.ledgers;

import java.util.List;

/**
 * One of the two demo shipments and the order its documents reach the ledger: each step names
 * the example document, its type, the role of the participant that signs it and the earlier
 * documents its envelope references. The order and the references are those of
 * {@code examples/ledgers/regenerate.sh}, which builds {@code sea-ok} and {@code air-ok}.
 */
public enum Shipment {

    SEA("sea", List.of(
            new Step("booking-request", "booking", "freight-forwarder"),
            new Step("booking-confirmation", "booking", "ocean-carrier", "booking-request"),
            new Step("commercial-invoice", "commercial-invoice", "exporter"),
            new Step("packing-list", "packing-list", "exporter", "commercial-invoice"),
            new Step("goods-declaration", "goods-declaration", "customs-broker", "commercial-invoice", "packing-list"),
            new Step("transport-event-01-gate-in-BOHU1024615", "transport-event", "terminal-operator", "booking-confirmation"),
            new Step("transport-event-02-gate-in-BOHU2047359", "transport-event", "terminal-operator", "booking-confirmation"),
            new Step("transport-event-03-customs-release", "transport-event", "customs", "goods-declaration"),
            new Step("transport-event-04-load-BOHU1024615", "transport-event", "ocean-carrier", "booking-confirmation"),
            new Step("transport-event-05-load-BOHU2047359", "transport-event", "ocean-carrier", "booking-confirmation"),
            new Step("sea-transport-document", "sea-transport-document", "ocean-carrier", "booking-confirmation"),
            new Step("transport-event-06-departure", "transport-event", "ocean-carrier", "sea-transport-document"),
            new Step("payment-advice", "payment-advice", "bank", "commercial-invoice"),
            new Step("transport-event-07-arrival", "transport-event", "ocean-carrier", "sea-transport-document"),
            new Step("transport-event-08-discharge-BOHU1024615", "transport-event", "ocean-carrier", "sea-transport-document"),
            new Step("transport-event-09-discharge-BOHU2047359", "transport-event", "ocean-carrier", "sea-transport-document"))),

    AIR("air", List.of(
            new Step("booking-request", "booking", "freight-forwarder"),
            new Step("booking-confirmation", "booking", "airline", "booking-request"),
            new Step("commercial-invoice", "commercial-invoice", "exporter"),
            new Step("packing-list", "packing-list", "exporter", "commercial-invoice"),
            new Step("goods-declaration", "goods-declaration", "customs-broker", "commercial-invoice", "packing-list"),
            new Step("transport-event-01-received-from-shipper", "transport-event", "airline", "booking-confirmation"),
            new Step("transport-event-02-customs-release", "transport-event", "customs", "goods-declaration"),
            new Step("air-waybill", "air-waybill", "airline", "booking-confirmation"),
            new Step("transport-event-03-manifested", "transport-event", "airline", "air-waybill"),
            new Step("transport-event-04-departure", "transport-event", "airline", "air-waybill"),
            new Step("transport-event-05-arrival", "transport-event", "airline", "air-waybill"),
            new Step("transport-event-06-received-from-flight", "transport-event", "airline", "air-waybill"),
            new Step("payment-advice", "payment-advice", "bank", "commercial-invoice")));

    /**
     * One submission of the shipment.
     *
     * @param document   the file name under {@code examples/documents/valid/<shipment>/}, without extension
     * @param type       the document type the envelope states
     * @param role       the consortium participant that signs it
     * @param references the earlier steps whose envelopes this envelope references
     */
    public record Step(String document, String type, String role, List<String> references) {

        Step(String document, String type, String role, String... references) {
            this(document, type, role, List.of(references));
        }
    }

    private final String folder;
    private final List<Step> steps;

    Shipment(String folder, List<Step> steps) {
        this.folder = folder;
        this.steps = steps;
    }

    /** Returns the folder of the shipment's documents under {@code examples/documents/valid/}. */
    public String folder() {
        return folder;
    }

    public List<Step> steps() {
        return steps;
    }
}
