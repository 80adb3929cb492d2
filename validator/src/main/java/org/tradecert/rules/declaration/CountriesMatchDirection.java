package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

/**
 * The countries of dispatch and arrival fit the direction of the declaration: an export
 * leaves China, so its export country (启运国) is CN and its import country (运抵国) is not;
 * an import arrives in China, so its import country is CN and its export country is not.
 * For goods moving into or out of a special customs area without crossing the border
 * (transport modes 0, 1, 7, 8) both countries are CN.
 */
public final class CountriesMatchDirection extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-COUNTRY-DIRECTION", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 启运国（地区） and 运抵国（地区）; goods without actual border crossing are declared with China",
            "goods-declaration");

    static final String CHINA = "CN";

    public CountriesMatchDirection() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        Direction direction = Direction.of(declaration);
        if (direction == Direction.UNKNOWN) {
            return;
        }

        boolean crosses = Direction.crossesBorder(declaration);
        String chinaSide = direction == Direction.EXPORT ? "ExportCountryID" : "ImportCountryID";
        String foreignSide = direction == Direction.EXPORT ? "ImportCountryID" : "ExportCountryID";
        String chinaValue = direction == Direction.EXPORT ? declaration.getExportCountryID() : declaration.getImportCountryID();
        String foreignValue = direction == Direction.EXPORT ? declaration.getImportCountryID() : declaration.getExportCountryID();

        boolean chinaSideWrong = chinaValue != null && !CHINA.equals(chinaValue);
        boolean foreignSideWrong = foreignValue != null && crosses == CHINA.equals(foreignValue);
        if (chinaSideWrong) {
            context.reportAt(declaration, chinaSide, chinaSide, chinaValue, Direction.typeCode(declaration), declaration.getTransportModeCode());
        }
        if (foreignSideWrong) {
            context.reportAt(declaration, foreignSide, foreignSide, foreignValue, Direction.typeCode(declaration), declaration.getTransportModeCode());
        }
    }
}
