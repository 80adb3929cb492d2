package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.time.LocalDate;

/**
 * An export declaration is lodged before the goods leave: its export date (出口日期), when
 * stated, is not before the declaration date. Exporters declare after the goods reach the
 * customs-controlled area and before loading, so an export date earlier than the
 * declaration means one of the two dates is wrong. Dates are compared in the time zone the
 * declaration states.
 */
public final class ExportDateNotBeforeDeclaration extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-EXPORT-DATE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "Customs Law of the PRC, article 24 (exports are declared before loading); GACC filling rules for 出口日期 and 申报日期",
            "goods-declaration");

    public ExportDateNotBeforeDeclaration() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        if (Direction.of(declaration) != Direction.EXPORT) {
            return;
        }
        if (declaration.getExportImportDate() == null || declaration.getExchangedDocument() == null
                || declaration.getExchangedDocument().getIssueDateTime() == null) {
            context.notApplicable("outcome.absent", "ExportImportDate");
            return;
        }

        LocalDate declared = declaration.getExchangedDocument().getIssueDateTime().toLocalDate();
        LocalDate exported = declaration.getExportImportDate();
        if (exported.isBefore(declared)) {
            context.reportAt(declaration, "ExportImportDate", exported.toString(), declared.toString());
        }
    }
}
