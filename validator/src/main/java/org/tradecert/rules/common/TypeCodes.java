package org.tradecert.rules.common;

import org.tradecert.model.common.v1.ExchangedDocumentType;
import org.tradecert.rules.RuleContext;

import java.util.Set;

/**
 * The UNTDID 1001 document type code of a document, for rules that apply to some of the codes
 * of a document type only (a booking confirmation, not a booking request).
 */
public final class TypeCodes {

    private TypeCodes() {
    }

    public static String of(ExchangedDocumentType header) {
        return header == null ? null : header.getTypeCode();
    }

    /**
     * Returns whether the document has one of the type codes. When it has another, this marks the
     * rule not applicable, with the codes it applies to and the code of the document.
     */
    public static boolean require(ExchangedDocumentType header, Set<String> codes, RuleContext context) {
        String code = of(header);
        if (code != null && codes.contains(code)) {
            return true;
        }
        context.notApplicable(Outcomes.OTHER_TYPE_CODE, String.join(", ", codes.stream().sorted().toList()), code == null ? "—" : code);
        return false;
    }
}
