package org.tradecert.checkdigit;

/**
 * The check digit of an IMO ship identification number: seven digits, optionally written with
 * the prefix {@code IMO } as in {@code IMO 9074729}. The seventh digit is the sum of the first
 * six weighted 7, 6, 5, 4, 3, 2, taken mod 10.
 */
public final class ImoNumber {

    private static final String PREFIX = "IMO ";
    private static final int LENGTH = 7;

    private ImoNumber() {
    }

    /** Returns whether {@code imoNumber} is seven digits, optionally after {@code "IMO "}, with a correct check digit. */
    public static boolean isValid(String imoNumber) {
        if (imoNumber == null) {
            return false;
        }
        String digits = imoNumber.startsWith(PREFIX) ? imoNumber.substring(PREFIX.length()) : imoNumber;
        if (digits.length() != LENGTH || !allDigits(digits)) {
            return false;
        }
        return digits.charAt(LENGTH - 1) == computeCheckDigit(digits);
    }

    /**
     * Computes the check digit of the first six digits, such as {@code 907472}.
     *
     * @throws IllegalArgumentException if the input is not six digits
     */
    public static char checkCharacter(String withoutCheck) {
        if (withoutCheck == null || withoutCheck.length() != LENGTH - 1 || !allDigits(withoutCheck)) {
            throw new IllegalArgumentException("expected the first six digits of an IMO number, such as 907472, but got: " + withoutCheck);
        }
        return computeCheckDigit(withoutCheck);
    }

    private static boolean allDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static char computeCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (digits.charAt(i) - '0') * (LENGTH - i);
        }
        return (char) ('0' + sum % 10);
    }
}
