package org.tradecert.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives further document numbers from an example's own number, so that every generated
 * submission is a new document (organisation, type, number and version 1) and the ledger's
 * history records no two versions 1 of one document.
 *
 * <p>Variant {@code k} adds {@code k} to the number formed by the last six digits, read across
 * separators like an odometer, so only digits change and the format stays: a customs entry
 * number keeps its customs office and year, an event number its location code. An air waybill
 * number varies its seven-digit serial instead and gets the serial's mod 7 check digit.
 */
final class DocumentNumbers {

    /** How many distinct numbers one example number yields. */
    static final int VARIANTS = 1_000_000;

    private static final int ODOMETER_DIGITS = 6;
    private static final Pattern AIR_WAYBILL = Pattern.compile("(\\d{3})-(\\d{7})(\\d)");

    private DocumentNumbers() {
    }

    /**
     * Returns variant {@code k} of a document number; variant 0 is the number itself.
     *
     * @throws IllegalArgumentException if {@code k} is outside [0, {@value #VARIANTS}) or the
     *                                  number has fewer than six digits
     */
    static String variant(String documentType, String number, int k) {
        if (k < 0 || k >= VARIANTS) {
            throw new IllegalArgumentException("variant " + k + " of document number " + number + " does not exist: each number has "
                    + VARIANTS + " variants; generate fewer submissions or add example documents");
        }
        Matcher airWaybill = AIR_WAYBILL.matcher(number);
        if ("air-waybill".equals(documentType) && airWaybill.matches()) {
            String serial = advance(airWaybill.group(2), k);
            long checkDigit = Long.parseLong(serial) % 7;
            return airWaybill.group(1) + "-" + serial + checkDigit;
        }
        return advance(number, k);
    }

    /** Adds {@code k} to the value of the last six digits of {@code number}, modulo 10^6, leaving every other character in place. */
    private static String advance(String number, int k) {
        char[] characters = number.toCharArray();
        int[] positions = new int[ODOMETER_DIGITS];
        int found = 0;
        for (int i = characters.length - 1; i >= 0 && found < ODOMETER_DIGITS; i--) {
            if (Character.isDigit(characters[i])) {
                positions[found++] = i;
            }
        }
        if (found < ODOMETER_DIGITS) {
            throw new IllegalArgumentException("document number " + number + " has fewer than " + ODOMETER_DIGITS
                    + " digits, so no variants can be made");
        }

        int value = 0;
        for (int digit = ODOMETER_DIGITS - 1; digit >= 0; digit--) {
            value = value * 10 + (characters[positions[digit]] - '0');
        }
        int advanced = (value + k) % VARIANTS;
        for (int digit = 0; digit < ODOMETER_DIGITS; digit++) {
            characters[positions[digit]] = (char) ('0' + advanced % 10);
            advanced /= 10;
        }
        return new String(characters);
    }
}
