package org.tradecert.rules.common;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.udt.v1.QuantityType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A count of packages, pieces, containers or originals is a whole number and not negative:
 * half a carton cannot be loaded or counted at the gate. Quantities of goods, which may be
 * fractional (12.5 kilograms of powder), are not counts and are not checked here.
 */
public final class CountIsWholeNumber extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-COUNT-WHOLE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UN/CEFACT CCL Logistics_ Package. Item. Quantity and Supply Chain_ Consignment. Package. Quantity (numbers of packages); "
                    + "WCO Data Model 146 (total number of packages)");

    /** The quantity properties of the model that count things. */
    private static final Set<String> COUNTS = Set.of("PackageQuantity", "ItemQuantity", "PieceQuantity", "EquipmentQuantity",
            "OriginalIssuedQuantity");

    public CountIsWholeNumber() {
        super(DEFINITION, Object.class);
    }

    @Override
    public void check(Object document, RuleContext context) {
        List<ModelProperties.Property<QuantityType>> counts = ModelProperties.all(document, QuantityType.class).stream()
                .filter(quantity -> COUNTS.contains(quantity.xmlName()) && quantity.value().getValue() != null)
                .toList();
        if (counts.isEmpty()) {
            context.notApplicable(Outcomes.ABSENT, "PackageQuantity");
            return;
        }
        for (ModelProperties.Property<QuantityType> count : counts) {
            BigDecimal value = count.value().getValue();
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
                context.report(count.value(), count.xmlName(), value.toPlainString());
            }
        }
    }
}
