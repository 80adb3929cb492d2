package org.tradecert.checkdigit;

/**
 * The check digit of an ISO 6346 container number such as {@code CSQU3054383}: a three-letter
 * owner code, the equipment category ({@code U} freight container, {@code J} detachable
 * equipment, {@code Z} trailer or chassis), a six-digit serial number and the check digit.
 *
 * <p>Each of the first ten characters has a value: digits their own, letters from A = 10 upwards,
 * skipping the multiples of 11 (so B = 12, L = 23, V = 34). The values are weighted by 2^i
 * (i = 0 … 9), summed, and taken mod 11 and then mod 10, so a remainder of 10 gives 0.
 */
public final class Iso6346 {

    private static final int LENGTH = 11;

    private Iso6346() {
    }

    /** Returns whether {@code containerNumber} is eleven characters in the ISO 6346 layout with a correct check digit. */
    public static boolean isValid(String containerNumber) {
        if (containerNumber == null || containerNumber.length() != LENGTH || !hasLayout(containerNumber.substring(0, LENGTH - 1))) {
            return false;
        }
        return containerNumber.charAt(LENGTH - 1) == computeCheckDigit(containerNumber);
    }

    /**
     * Computes the check digit of the first ten characters, such as {@code CSQU305438}.
     *
     * @throws IllegalArgumentException if the input is not three capital letters, a category
     *     letter U, J or Z, and six digits
     */
    public static char checkCharacter(String withoutCheck) {
        if (withoutCheck == null || withoutCheck.length() != LENGTH - 1 || !hasLayout(withoutCheck)) {
            throw new IllegalArgumentException("expected an owner code, a category letter U, J or Z and six digits,"
                    + " such as CSQU305438, but got: " + withoutCheck);
        }
        return computeCheckDigit(withoutCheck);
    }

    private static boolean hasLayout(String tenCharacters) {
        for (int i = 0; i < 3; i++) {
            char c = tenCharacters.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        char category = tenCharacters.charAt(3);
        if (category != 'U' && category != 'J' && category != 'Z') {
            return false;
        }
        for (int i = 4; i < 10; i++) {
            char c = tenCharacters.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static char computeCheckDigit(String number) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += characterValue(number.charAt(i)) << i;
        }
        return (char) ('0' + sum % 11 % 10);
    }

    /** Returns the value of a character: a digit is worth itself, and letters count up from A = 10, skipping 11, 22 and 33. */
    private static int characterValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int value = 10 + (c - 'A');
        if (c >= 'B') {
            value++;
        }
        if (c >= 'L') {
            value++;
        }
        if (c >= 'V') {
            value++;
        }
        return value;
    }
}
