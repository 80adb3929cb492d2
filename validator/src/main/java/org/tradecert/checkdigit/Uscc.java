package org.tradecert.checkdigit;

/**
 * The check characters of a Unified Social Credit Code of China (统一社会信用代码, GB 32100-2015):
 * eighteen characters from {@code 0-9 A-H J-N P-R T-U W-Y} (31 symbols, without I, O, S, V and Z),
 * valued 0 to 30 in that order.
 *
 * <p>The eighteenth character is 31 − (Σ value_i × 3^(i−1) mod 31) for i = 1 … 17, where 31
 * becomes 0. Positions 9 to 17 hold the organisation code of GB 11714 with its own check
 * character, which {@link #organisationCodeValid(String)} checks.
 */
public final class Uscc {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int LENGTH = 18;
    private static final int MODULUS = 31;

    /** Weights 3^(i−1) mod 31 of positions 1 to 17. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Weights of the eight body characters of a GB 11714 organisation code. */
    private static final int[] ORGANISATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int ORGANISATION_CODE_START = 8;

    private Uscc() {
    }

    /** Returns whether {@code uscc} is eighteen characters of the USCC alphabet with a correct check character. */
    public static boolean isValid(String uscc) {
        if (uscc == null || uscc.length() != LENGTH || !inAlphabet(uscc)) {
            return false;
        }
        return uscc.charAt(LENGTH - 1) == computeCheckCharacter(uscc);
    }

    /**
     * Computes the check character of the first seventeen characters, such as {@code 91350100M000100Y4}.
     *
     * @throws IllegalArgumentException if the input is not seventeen characters of the USCC alphabet
     */
    public static char checkCharacter(String withoutCheck) {
        if (withoutCheck == null || withoutCheck.length() != LENGTH - 1 || !inAlphabet(withoutCheck)) {
            throw new IllegalArgumentException("expected the first seventeen characters of a USCC (0-9 and A-Y without"
                    + " I, O, S, V), such as 91350100M000100Y4, but got: " + withoutCheck);
        }
        return computeCheckCharacter(withoutCheck);
    }

    /**
     * Returns whether positions 9 to 17 of a valid USCC are a GB 11714 organisation code with a
     * correct check character: 11 − (Σ value_i × weight_i mod 11) over the first eight, with
     * weights 3, 7, 9, 10, 5, 8, 4, 2, where 10 becomes {@code X} and 11 becomes {@code 0}.
     * Only the eighteenth character decides whether a USCC is valid, so report a failure here as
     * a warning. Returns false for any string that is not a valid USCC.
     */
    public static boolean organisationCodeValid(String uscc) {
        if (!isValid(uscc)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < ORGANISATION_CODE_WEIGHTS.length; i++) {
            sum += Character.digit(uscc.charAt(ORGANISATION_CODE_START + i), 36) * ORGANISATION_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        char expected = switch (check) {
            case 10 -> 'X';
            case 11 -> '0';
            default -> (char) ('0' + check);
        };
        return uscc.charAt(ORGANISATION_CODE_START + ORGANISATION_CODE_WEIGHTS.length) == expected;
    }

    private static boolean inAlphabet(String text) {
        return text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    private static char computeCheckCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int check = MODULUS - sum % MODULUS;
        return ALPHABET.charAt(check == MODULUS ? 0 : check);
    }
}
