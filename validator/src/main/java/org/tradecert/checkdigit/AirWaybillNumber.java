package org.tradecert.checkdigit;

/**
 * The check digit of an air waybill number: a three-digit airline prefix and an eight-digit
 * serial number, written {@code 020-12345675} or as eleven digits. The last digit of the serial
 * number is the first seven digits of the serial number, read as one number, mod 7.
 */
public final class AirWaybillNumber {

    private static final int PREFIX_LENGTH = 3;
    private static final int SERIAL_LENGTH = 8;

    private AirWaybillNumber() {
    }

    /** Returns whether {@code awbNumber} is {@code NNN-NNNNNNNN} or eleven digits with a correct check digit. */
    public static boolean isValid(String awbNumber) {
        String digits = digitsOf(awbNumber, PREFIX_LENGTH + SERIAL_LENGTH);
        if (digits == null) {
            return false;
        }
        return digits.charAt(digits.length() - 1) == computeCheckDigit(digits);
    }

    /**
     * Computes the check digit of a number without its last digit, such as {@code 020-1234567}
     * or {@code 0201234567}.
     *
     * @throws IllegalArgumentException if the input is not {@code NNN-NNNNNNN} or ten digits
     */
    public static char checkCharacter(String withoutCheck) {
        String digits = digitsOf(withoutCheck, PREFIX_LENGTH + SERIAL_LENGTH - 1);
        if (digits == null) {
            throw new IllegalArgumentException("expected an airline prefix and the first seven digits of the serial number,"
                    + " such as 020-1234567, but got: " + withoutCheck);
        }
        return computeCheckDigit(digits);
    }

    /** Returns the digits without the hyphen after the prefix, or null if the text has another layout. */
    private static String digitsOf(String text, int digitCount) {
        if (text == null) {
            return null;
        }
        String digits = text;
        if (text.length() == digitCount + 1 && text.charAt(PREFIX_LENGTH) == '-') {
            digits = text.substring(0, PREFIX_LENGTH) + text.substring(PREFIX_LENGTH + 1);
        }
        if (digits.length() != digitCount || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return digits;
    }

    private static char computeCheckDigit(String digits) {
        int serialStart = PREFIX_LENGTH;
        int firstSeven = Integer.parseInt(digits.substring(serialStart, serialStart + SERIAL_LENGTH - 1));
        return (char) ('0' + firstSeven % 7);
    }
}
