package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.regex.Pattern;

/**
 * The declaration number is the 18-digit customs number (海关编号): the 4-digit code of the
 * customs office that accepted the declaration, the 4-digit year of acceptance, an
 * import-export flag (1 import, 0 export) and a 9-digit serial number. The office must be
 * the declaration office and the flag must fit the document type. The year may be the
 * declaration year or the next one, because a declaration lodged late on 31 December can be
 * accepted on 1 January.
 */
public final class DeclarationNumberForm extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-NUMBER", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 海关编号, 18 digits (customs office 4, year 4, import-export flag 1, serial number 9)",
            "goods-declaration");

    private static final Pattern EIGHTEEN_DIGITS = Pattern.compile("[0-9]{18}");

    public DeclarationNumberForm() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        if (declaration.getExchangedDocument() == null || declaration.getExchangedDocument().getID() == null) {
            context.notApplicable("outcome.absent", "ID");
            return;
        }

        String number = declaration.getExchangedDocument().getID();
        String expected = expectedPattern(declaration);
        if (!EIGHTEEN_DIGITS.matcher(number).matches() || !fits(number, declaration)) {
            context.mismatch(declaration.getExchangedDocument(), "ID", expected, number);
        }
    }

    /** Checks that office, year and flag of an 18-digit number agree with the rest of the declaration. */
    private static boolean fits(String number, GoodsDeclarationType declaration) {
        String office = declaration.getDeclarationOfficeCode();
        if (office != null && !number.startsWith(office)) {
            return false;
        }
        if (declaration.getExchangedDocument().getIssueDateTime() != null) {
            int declared = declaration.getExchangedDocument().getIssueDateTime().getYear();
            int year = Integer.parseInt(number.substring(4, 8));
            if (year != declared && year != declared + 1) {
                return false;
            }
        }
        char flag = number.charAt(8);
        Direction direction = Direction.of(declaration);
        return !(direction == Direction.EXPORT && flag != '0') && !(direction == Direction.IMPORT && flag != '1');
    }

    /** Returns the form the number should have, for the message: {@code 0202 2026 0 #########} without spaces. */
    private static String expectedPattern(GoodsDeclarationType declaration) {
        String office = declaration.getDeclarationOfficeCode() == null ? "####" : declaration.getDeclarationOfficeCode();
        String year = declaration.getExchangedDocument().getIssueDateTime() == null ? "####"
                : String.valueOf(declaration.getExchangedDocument().getIssueDateTime().getYear());
        String flag = switch (Direction.of(declaration)) {
            case EXPORT -> "0";
            case IMPORT -> "1";
            case UNKNOWN -> "#";
        };
        return office + year + flag + "#########";
    }
}
