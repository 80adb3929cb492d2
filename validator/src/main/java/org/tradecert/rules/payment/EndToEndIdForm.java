package org.tradecert.rules.payment;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.paymentadvice.v1.PaymentAdviceType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.regex.Pattern;

/**
 * The end-to-end identification has the form that survives the whole payment chain: 1 to 35
 * characters (ISO 20022 Max35Text) from the SWIFT FIN X character set (letters, digits,
 * space and / - ? : ( ) . , ' +), neither starting nor ending with a slash and without two
 * slashes in a row. A longer reference or another character is cut or replaced on the way,
 * and the payee can no longer match the payment to its invoice.
 */
public final class EndToEndIdForm extends DocumentRule<PaymentAdviceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PAY-END-TO-END-ID", Layer.DOCUMENT_RULES, Severity.ERROR,
            "ISO 20022 EndToEndIdentification (Max35Text); SWIFT CBPR+ restricted FIN X character set", "payment-advice");

    static final int MAX_LENGTH = 35;
    private static final Pattern FIN_X = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]+");

    public EndToEndIdForm() {
        super(DEFINITION, PaymentAdviceType.class);
    }

    @Override
    public void check(PaymentAdviceType advice, RuleContext context) {
        String id = advice.getEndToEndID();
        if (id == null) {
            context.notApplicable("outcome.absent", "EndToEndID");
            return;
        }

        boolean valid = id.length() <= MAX_LENGTH && FIN_X.matcher(id).matches()
                && !id.startsWith("/") && !id.endsWith("/") && !id.contains("//");
        if (!valid) {
            context.reportAt(advice, "EndToEndID", id, id.length(), MAX_LENGTH);
        }
    }
}
