package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.TransportEquipmentType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.invoice.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * The number of packages of the declaration equals the sum of the packages loaded in its
 * containers when every container states its package count. A container shared with other
 * consignments (less than container load) may hold more, so a difference is a warning.
 */
public final class EquipmentPackagesMatchDeclaration extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-EQUIPMENT-PACKAGES", Layer.DOCUMENT_RULES, Severity.WARNING,
            "GACC declaration filling rules: 件数 and 集装箱号; WCO Data Model package quantity per transport equipment",
            "goods-declaration");

    public EquipmentPackagesMatchDeclaration() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        List<TransportEquipmentType> containers = declaration.getTransportEquipment();
        if (containers.isEmpty() || declaration.getPackageQuantity() == null || declaration.getPackageQuantity().getValue() == null) {
            context.notApplicable("outcome.absent", "TransportEquipment");
            return;
        }

        BigDecimal sum = BigDecimal.ZERO;
        for (TransportEquipmentType container : containers) {
            if (container.getPackageQuantity() == null || container.getPackageQuantity().getValue() == null) {
                context.notApplicable("outcome.absent", "PackageQuantity");
                return;
            }
            sum = sum.add(container.getPackageQuantity().getValue());
        }

        BigDecimal stated = declaration.getPackageQuantity().getValue();
        if (sum.compareTo(stated) != 0) {
            context.mismatch(declaration, "PackageQuantity", Money.plain(sum), Money.plain(stated), containers.size());
        }
    }
}
