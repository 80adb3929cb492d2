package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An import declaration is lodged within 14 days of the import date (进口日期), the day the
 * means of transport declared its arrival, counted as day one. Customs charges a late
 * declaration fee (滞报金) from the fifteenth day, 14 days after the import date, so a
 * declaration on or after that day is a warning. A declaration before the import date is an
 * advance declaration (提前申报) and allowed.
 */
public final class ImportDeclaredWithinDeadline extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-IMPORT-DEADLINE", Layer.DOCUMENT_RULES, Severity.WARNING,
            "Customs Law of the PRC, article 24 (imports are declared within 14 days of the entry declaration of the means of transport)",
            "goods-declaration");

    static final int DAYS = 14;

    public ImportDeclaredWithinDeadline() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        if (Direction.of(declaration) != Direction.IMPORT) {
            return;
        }
        if (declaration.getExportImportDate() == null || declaration.getExchangedDocument() == null
                || declaration.getExchangedDocument().getIssueDateTime() == null) {
            context.notApplicable("outcome.absent", "ExportImportDate");
            return;
        }

        LocalDate declared = declaration.getExchangedDocument().getIssueDateTime().toLocalDate();
        LocalDate imported = declaration.getExportImportDate();
        long days = ChronoUnit.DAYS.between(imported, declared);
        if (days >= DAYS) {
            context.reportAt(declaration.getExchangedDocument(), "IssueDateTime", declared.toString(), imported.toString(), days, DAYS);
        }
    }
}
