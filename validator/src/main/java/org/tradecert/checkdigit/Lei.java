package org.tradecert.checkdigit;

/**
 * The check digits of a Legal Entity Identifier (ISO 17442): eighteen characters from
 * {@code 0-9 A-Z} and two check digits under ISO 7064 MOD 97-10. Reading every letter as its
 * base-36 value (A = 10 … Z = 35) gives a decimal number that is 1 mod 97 when the LEI is valid.
 * Only the checksum is checked, not whether the LEI is registered with GLEIF.
 */
public final class Lei {

    private static final int LENGTH = 20;

    private Lei() {
    }

    /** Returns whether {@code lei} is twenty capital letters and digits, ending in two digits, and 1 mod 97. */
    public static boolean isValid(String lei) {
        if (lei == null || lei.length() != LENGTH || !isAlphanumeric(lei.substring(0, LENGTH - 2))) {
            return false;
        }
        if (!isAsciiDigit(lei.charAt(LENGTH - 2)) || !isAsciiDigit(lei.charAt(LENGTH - 1))) {
            return false;
        }
        return mod97(lei) == 1;
    }

    /**
     * Computes the two check digits of the first eighteen characters: 98 − (value × 100 mod 97).
     *
     * @throws IllegalArgumentException if the input is not eighteen capital letters and digits
     */
    public static String checkDigits(String withoutCheck) {
        if (withoutCheck == null || withoutCheck.length() != LENGTH - 2 || !isAlphanumeric(withoutCheck)) {
            throw new IllegalArgumentException("expected the first eighteen characters of an LEI (0-9, A-Z), such as"
                    + " 5493001KJTIIGC8Y1R, but got: " + withoutCheck);
        }
        int check = 98 - mod97(withoutCheck + "00");
        return String.format("%02d", check);
    }

    private static boolean isAlphanumeric(String text) {
        return text.chars().allMatch(c -> isAsciiDigit((char) c) || (c >= 'A' && c <= 'Z'));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Computes, digit by digit, the remainder mod 97 of the number formed by the base-36 values of the characters. */
    private static int mod97(String text) {
        int remainder = 0;
        for (int i = 0; i < text.length(); i++) {
            int value = Character.digit(text.charAt(i), 36);
            remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
        }
        return remainder;
    }
}
