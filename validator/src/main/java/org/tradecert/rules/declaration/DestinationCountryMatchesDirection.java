package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.DeclarationItemType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

/**
 * The final destination country of each item fits the direction of the declaration: goods
 * imported into China end in China (CN), goods exported from China end abroad. Only goods
 * that move into or out of a special customs area without crossing the border (transport
 * modes 0, 1, 7, 8) are exported to CN.
 */
public final class DestinationCountryMatchesDirection extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-DESTINATION-COUNTRY", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 最终目的国（地区） is China for imports and the known country of final use for exports",
            "goods-declaration");

    public DestinationCountryMatchesDirection() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        Direction direction = Direction.of(declaration);
        if (direction == Direction.UNKNOWN) {
            return;
        }

        boolean crosses = Direction.crossesBorder(declaration);
        for (DeclarationItemType item : declaration.getItem()) {
            String country = item.getFinalDestinationCountryID();
            if (country == null) {
                continue;
            }
            boolean china = CountriesMatchDirection.CHINA.equals(country);
            boolean wrong = direction == Direction.IMPORT ? !china : crosses == china;
            if (wrong) {
                context.reportAt(item, "FinalDestinationCountryID", Items.sequence(item), country, Direction.typeCode(declaration),
                        declaration.getTransportModeCode());
            }
        }
    }
}
