package org.tradecert.rules.common;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.TransportMovementType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.ModelWalk;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The means of transport of a movement is of the kind its mode names: a ship identified by its
 * IMO number does not fly, and an aircraft identified by its registration mark does not sail.
 * Modes 0 (not specified), 6 (multimodal) and 9 (not applicable) fit any means.
 */
public final class TransportMeansFitsMode extends DocumentRule<Object> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMON-MEANS-MODE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UNECE Recommendation 19 (modes of transport); "
                    + "IMO ship identification numbers for sea-going ships (SOLAS chapter XI-1, regulation 3); "
                    + "ICAO Annex 7 (aircraft registration marks)");

    /** Per identification scheme, the Recommendation 19 modes that contradict it. */
    private static final Map<String, Set<String>> CONTRADICTING_MODES = Map.of(
            "IMO", Set.of("2", "3", "4", "5", "7"),
            "ICAO", Set.of("1", "2", "3", "7", "8"));

    public TransportMeansFitsMode() {
        super(DEFINITION, Object.class);
    }

    @Override
    public void check(Object document, RuleContext context) {
        List<TransportMovementType> movements = ModelWalk.findAll(document, TransportMovementType.class).stream()
                .filter(movement -> movement.getModeCode() != null && movement.getUsedTransportMeans() != null
                        && movement.getUsedTransportMeans().getID() != null && movement.getUsedTransportMeans().getID().getSchemeID() != null)
                .toList();
        if (movements.isEmpty()) {
            context.notApplicable(Outcomes.ABSENT, "UsedTransportMeans");
            return;
        }
        for (TransportMovementType movement : movements) {
            String scheme = movement.getUsedTransportMeans().getID().getSchemeID();
            if (CONTRADICTING_MODES.getOrDefault(scheme, Set.of()).contains(movement.getModeCode())) {
                context.reportAt(movement, "ModeCode", movement.getModeCode(), scheme, movement.getUsedTransportMeans().getID().getValue());
            }
        }
    }
}
