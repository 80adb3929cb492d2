package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.LogisticsLocationType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

/**
 * The Chinese port of the declaration is in China: on an export the loading location (离境
 * 口岸, where the goods leave China), on an import the unloading location (where the goods
 * are unloaded in China). The country is the first two letters of the location's UN/LOCODE,
 * or its country identifier when it has no UN/LOCODE.
 */
public final class ChinesePortMatchesDirection extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-CHINA-PORT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 离境口岸 and 入境口岸 are Chinese ports; UN/LOCODE country prefix (UNECE Recommendation 16)",
            "goods-declaration");

    public ChinesePortMatchesDirection() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        Direction direction = Direction.of(declaration);
        if (direction == Direction.UNKNOWN) {
            return;
        }

        String property = direction == Direction.EXPORT ? "LoadingLocation" : "UnloadingLocation";
        LogisticsLocationType location = direction == Direction.EXPORT ? declaration.getLoadingLocation() : declaration.getUnloadingLocation();
        String country = country(location);
        if (country == null) {
            context.notApplicable("outcome.absent", property);
            return;
        }
        if (!CountriesMatchDirection.CHINA.equals(country)) {
            String id = location.getID() == null ? "" : location.getID();
            context.reportAt(declaration, property, property, id, country, Direction.typeCode(declaration));
        }
    }

    /** Returns the country of a location: the country part of its UN/LOCODE, else its country identifier, else null. */
    static String country(LogisticsLocationType location) {
        if (location == null) {
            return null;
        }
        String id = location.getID();
        if (id != null && id.length() == 5) {
            return id.substring(0, 2);
        }
        return location.getCountryID();
    }
}
