package org.tradecert.rules.seatransport;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.TransportEquipmentType;
import org.tradecert.model.seatransportdocument.v1.SeaConsignmentItemType;
import org.tradecert.model.seatransportdocument.v1.SeaTransportDocumentType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every container a consignment item is carried in is one of the containers listed under the
 * document's transport equipment, with its seals and weights.
 */
public final class SeaItemEquipmentListed extends DocumentRule<SeaTransportDocumentType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("SEA-ITEM-EQUIPMENT-LISTED", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA eBL 3.0 (cargoItems equipmentReference refers to a utilized transport equipment); "
                    + "tradecert sea-transport-document model, EquipmentID",
            "sea-transport-document");

    public SeaItemEquipmentListed() {
        super(DEFINITION, SeaTransportDocumentType.class);
    }

    @Override
    public void check(SeaTransportDocumentType document, RuleContext context) {
        Set<String> listed = document.getTransportEquipment().stream().map(TransportEquipmentType::getID).collect(Collectors.toSet());
        for (SeaConsignmentItemType item : document.getConsignmentItem()) {
            for (String container : item.getEquipmentID()) {
                if (!listed.contains(container)) {
                    context.reportAt(item, "EquipmentID", container, item.getDescription(), String.join(", ", listed.stream().sorted().toList()));
                }
            }
        }
    }
}
