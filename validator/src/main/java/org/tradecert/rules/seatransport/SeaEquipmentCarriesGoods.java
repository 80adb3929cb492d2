package org.tradecert.rules.seatransport;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.TransportEquipmentType;
import org.tradecert.model.seatransportdocument.v1.SeaTransportDocumentType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every container listed on a sea transport document carries goods of one of its consignment
 * items. A container that no item is loaded in is either a typing error or an empty box that does
 * not belong on the document.
 */
public final class SeaEquipmentCarriesGoods extends DocumentRule<SeaTransportDocumentType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("SEA-EQUIPMENT-UNUSED", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA eBL 3.0 (every utilized transport equipment carries cargo items of the document)", "sea-transport-document");

    public SeaEquipmentCarriesGoods() {
        super(DEFINITION, SeaTransportDocumentType.class);
    }

    @Override
    public void check(SeaTransportDocumentType document, RuleContext context) {
        Set<String> used = document.getConsignmentItem().stream().flatMap(item -> item.getEquipmentID().stream()).collect(Collectors.toSet());
        for (TransportEquipmentType container : document.getTransportEquipment()) {
            if (container.getID() != null && !used.contains(container.getID())) {
                context.reportAt(container, "ID", container.getID());
            }
        }
    }
}
