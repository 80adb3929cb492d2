package org.tradecert.rules.common;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.LogisticsLocationType;
import org.tradecert.model.common.v1.TransportMovementType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.ModelWalk;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/**
 * A voyage or flight unloads at another place than the one where it loads. A movement whose port
 * or airport of loading is also its port or airport of discharge carries nothing anywhere, so the
 * same UN/LOCODE in both usually means one was copied into the other.
 */
public final class MovementLocationsDiffer extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-MOVEMENT-SAME-PLACE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UN/CEFACT MMT RDM Logistics_ Transport Movement (loading and unloading locations); "
                    + "UCP 600 article 20 (a)(iii), shipment from the port of loading to the port of discharge");

    public MovementLocationsDiffer() {
        super(DEFINITION, Object.class);
    }

    @Override
    public void check(Object document, RuleContext context) {
        List<TransportMovementType> movements = ModelWalk.findAll(document, TransportMovementType.class).stream()
                .filter(movement -> code(movement.getLoadingLocation()) != null && code(movement.getUnloadingLocation()) != null)
                .toList();
        if (movements.isEmpty()) {
            context.notApplicable(Outcomes.ABSENT, "UnloadingLocation");
            return;
        }
        for (TransportMovementType movement : movements) {
            String loading = code(movement.getLoadingLocation());
            if (loading.equals(code(movement.getUnloadingLocation()))) {
                context.reportAt(movement.getUnloadingLocation(), "ID", loading, movement.getID() == null ? "—" : movement.getID());
            }
        }
    }

    private static String code(LogisticsLocationType location) {
        return location == null ? null : location.getID();
    }
}
