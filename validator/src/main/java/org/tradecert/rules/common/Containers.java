package org.tradecert.rules.common;

import org.tradecert.model.common.v1.TransportEquipmentType;

import java.util.regex.Pattern;

/** Tests of whether a piece of transport equipment is a freight container in the sense of ISO 6346. */
final class Containers {

    /** Owner code, category U, J or Z, six-digit serial number and check digit. */
    static final Pattern NUMBER_LAYOUT = Pattern.compile("[A-Z]{3}[UJZ][0-9]{6}[0-9]");

    private Containers() {
    }

    /**
     * True when the equipment states an ISO 6346 size and type code or its number has the
     * ISO 6346 layout. Other equipment, such as an air cargo unit load device, is not a container.
     */
    static boolean isContainer(TransportEquipmentType equipment) {
        return equipment.getCharacteristicCode() != null || hasNumberLayout(equipment.getID());
    }

    static boolean hasNumberLayout(String number) {
        return number != null && NUMBER_LAYOUT.matcher(number).matches();
    }
}
