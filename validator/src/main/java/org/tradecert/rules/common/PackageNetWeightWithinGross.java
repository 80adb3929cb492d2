package org.tradecert.rules.common;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.LogisticsPackageType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.ModelWalk;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.List;
import java.util.Optional;

/**
 * The net weight of packaged goods does not exceed the gross weight of the packages they are in,
 * because the gross weight is the net weight plus the packaging.
 */
public final class PackageNetWeightWithinGross extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-PACKAGE-NET-ABOVE-GROSS", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UN/CEFACT CCL Logistics_ Package. Gross Weight. Measure (packaging included) and Net Weight. Measure (packaging excluded)");

    public PackageNetWeightWithinGross() {
        super(DEFINITION, Object.class);
    }

    @Override
    public void check(Object document, RuleContext context) {
        List<LogisticsPackageType> packages = ModelWalk.findAll(document, LogisticsPackageType.class).stream()
                .filter(item -> item.getGrossWeightMeasure() != null && item.getNetWeightMeasure() != null)
                .toList();
        if (packages.isEmpty()) {
            context.notApplicable(Outcomes.ABSENT, "NetWeightMeasure");
            return;
        }
        for (LogisticsPackageType item : packages) {
            Optional<Integer> order = Measures.compare(item.getNetWeightMeasure(), item.getGrossWeightMeasure(), Measures.Kind.MASS);
            if (order.isPresent() && order.get() > 0) {
                context.reportAt(item, "NetWeightMeasure", Measures.show(item.getNetWeightMeasure()),
                        Measures.show(item.getGrossWeightMeasure()), item.getTypeCode());
            }
        }
    }
}
