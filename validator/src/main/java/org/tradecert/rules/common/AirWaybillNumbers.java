package org.tradecert.rules.common;

import org.tradecert.model.common.v1.ExchangedDocumentType;
import org.tradecert.model.common.v1.ReferencedDocumentType;
import org.tradecert.rules.ModelWalk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The air waybill numbers a document carries: its own number when it is an airline's air waybill
 * and the number of every referenced air waybill. A house waybill (UNTDID 1001 code 703) is
 * numbered by the forwarder and has no check digit, so it is not among them.
 */
final class AirWaybillNumbers {

    /** UNTDID 1001 codes of air waybills numbered by an airline: 740 air waybill, 741 master air waybill. */
    static final Set<String> AIRLINE_WAYBILL_TYPES = Set.of("740", "741");

    /** Three-digit airline prefix and eight-digit serial number, with or without the hyphen. */
    static final Pattern LAYOUT = Pattern.compile("[0-9]{3}-?[0-9]{8}");

    /**
     * One air waybill number with where it was written.
     *
     * @param owner    the exchanged or referenced document that carries the number
     * @param property its XML property name, {@code ID} or {@code IssuerAssignedID}
     */
    record Occurrence(Object owner, String property, String number) {
    }

    private AirWaybillNumbers() {
    }

    static List<Occurrence> all(Object root) {
        List<Occurrence> found = new ArrayList<>();
        for (ExchangedDocumentType header : ModelWalk.findAll(root, ExchangedDocumentType.class)) {
            if (header.getTypeCode() != null && AIRLINE_WAYBILL_TYPES.contains(header.getTypeCode()) && header.getID() != null) {
                found.add(new Occurrence(header, "ID", header.getID()));
            }
        }
        for (ReferencedDocumentType reference : ModelWalk.findAll(root, ReferencedDocumentType.class)) {
            if (reference.getTypeCode() != null && AIRLINE_WAYBILL_TYPES.contains(reference.getTypeCode()) && reference.getIssuerAssignedID() != null) {
                found.add(new Occurrence(reference, "IssuerAssignedID", reference.getIssuerAssignedID()));
            }
        }
        return found;
    }
}
