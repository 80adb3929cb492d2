package org.tradecert.rules.invoice;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The International Bank Account Number check of ISO 13616. An IBAN has two letters of the
 * country, two check digits and up to 30 letters and digits of the national account number,
 * 15 to 34 characters in all. Moving the first four characters to the end and reading letters
 * as 10 to 35 gives a number whose remainder modulo 97 is 1. Spaces, which the printed form
 * puts after every four characters, are ignored.
 */
public final class Iban {

    private static final Pattern FORM = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final BigInteger MODULUS = BigInteger.valueOf(97);

    private Iban() {
    }

    /** True when the value is an IBAN of valid form with valid check digits. */
    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        String iban = value.replace(" ", "").toUpperCase(Locale.ROOT);
        // NOTE: the length each country prescribes (27 for Italy, 18 for the Netherlands) is not checked, for want of the IBAN registry.
        if (!FORM.matcher(iban).matches()) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        return new BigInteger(digits.toString()).mod(MODULUS).intValue() == 1;
    }
}
