package org.tradecert.rules.packing;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.TransportEquipmentType;
import org.tradecert.model.packinglist.v1.PackingListItemType;
import org.tradecert.model.packinglist.v1.PackingListType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every container an item of a packing list is loaded in is one of the containers the packing
 * list lists, so that each package can be found in a container whose seal and weights are given.
 */
public final class ItemEquipmentListed extends DocumentRule<PackingListType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("PACKING-ITEM-EQUIPMENT-LISTED", Layer.DOCUMENT_RULES, Severity.ERROR,
            "tradecert packing-list model (Item EquipmentID: a container given in the transport equipment of the packing list)",
            "packing-list");

    public ItemEquipmentListed() {
        super(DEFINITION, PackingListType.class);
    }

    @Override
    public void check(PackingListType list, RuleContext context) {
        boolean referenced = list.getItem().stream().anyMatch(item -> !item.getEquipmentID().isEmpty());
        if (!referenced) {
            context.notApplicable(Outcomes.ABSENT, "Item/EquipmentID");
            return;
        }
        Set<String> listed = list.getTransportEquipment().stream().map(TransportEquipmentType::getID).collect(Collectors.toSet());
        for (PackingListItemType item : list.getItem()) {
            for (String container : item.getEquipmentID()) {
                if (!listed.contains(container)) {
                    context.reportAt(item, "EquipmentID", container, item.getLineID(), String.join(", ", listed.stream().sorted().toList()));
                }
            }
        }
    }
}
