package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.TransportMovementType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.List;
import java.util.Optional;

/**
 * The China customs transport mode and the Recommendation 19 mode of the border movement
 * describe the same mode, as the GACC transport mode pack maps them. Waterway (2) is maritime
 * or inland water transport (1, 8), air (5) is air transport (4), and so on. The two code
 * lists number modes differently, which makes a mismatch easy to write and hard to see.
 */
public final class TransportModeMatchesMovement extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-TRANSPORT-MODE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC 运输方式 code list mapped to UNECE Recommendation 19 (GACC transport mode pack, attribute rec19)", "goods-declaration");

    static final String LIST = "GACCTransportMode";

    public TransportModeMatchesMovement() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        TransportMovementType movement = declaration.getBorderTransportMovement();
        if (movement == null || movement.getModeCode() == null) {
            context.notApplicable("outcome.absent", "BorderTransportMovement");
            return;
        }

        String mode = declaration.getTransportModeCode();
        Optional<List<String>> rec19 = PackMappings.mapped(context, LIST, mode, "rec19");
        if (rec19.isPresent() && !rec19.get().contains(movement.getModeCode())) {
            context.mismatch(movement, "ModeCode", String.join(", ", rec19.get()), movement.getModeCode(), mode);
        }
    }
}
