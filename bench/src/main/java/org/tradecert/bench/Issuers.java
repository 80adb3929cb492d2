package org.tradecert.bench;

import org.tradecert.registry.Policy;

/**
 * The role that issues each example document, as in the example ledgers: the exporter its
 * invoices and packing lists, the customs broker the declarations, the bank the payment
 * advice, the forwarder the booking requests, the carrier (ocean carrier or airline) the
 * booking confirmations, transport documents and most transport events, the terminal its
 * gate-in events and customs its release events.
 *
 * <p>One exception gives the mix all three signature algorithms of the demo consortium: the
 * JSON twin of the sea booking request is signed by the importer (ECDSA P-256), whom the
 * policy allows to book and whom that request names.
 */
final class Issuers {

    private Issuers() {
    }

    /**
     * Returns the role that signs an example.
     *
     * @param shipment the example's folder, {@code sea} or {@code air}
     * @param fileName the example's file name, for example {@code booking-request.json}
     * @throws IllegalStateException if the policy does not let that role submit the document type
     */
    static String role(String shipment, String fileName, String documentType, Policy policy) {
        String carrier = "air".equals(shipment) ? "airline" : "ocean-carrier";
        String role = switch (documentType) {
            case "commercial-invoice", "packing-list" -> "exporter";
            case "goods-declaration" -> "customs-broker";
            case "payment-advice" -> "bank";
            case "sea-transport-document" -> "ocean-carrier";
            case "air-waybill" -> "airline";
            case "booking" -> bookingRole(shipment, fileName, carrier);
            case "transport-event" -> eventRole(fileName, carrier);
            default -> policy.documentTypes().getOrDefault(documentType, java.util.Set.of()).stream().sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no role may submit " + documentType + " (example " + fileName + ")"));
        };
        if (!policy.mayRoleSubmit(role, documentType)) {
            throw new IllegalStateException("the policy does not let " + role + " submit " + documentType + " (example "
                    + shipment + "/" + fileName + "); update Issuers");
        }
        return role;
    }

    private static String bookingRole(String shipment, String fileName, String carrier) {
        if (fileName.startsWith("booking-confirmation")) {
            return carrier;
        }
        return "sea".equals(shipment) && fileName.endsWith(".json") ? "importer" : "freight-forwarder";
    }

    private static String eventRole(String fileName, String carrier) {
        if (fileName.contains("customs")) {
            return "customs";
        }
        return fileName.contains("gate-in") ? "terminal-operator" : carrier;
    }
}
