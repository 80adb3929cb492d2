package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.goodsdeclaration.v1.DeclarationItemType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.util.List;

/**
 * The items are numbered 1, 2, 3 and so on in the order they appear, without gaps or
 * repeats. Customs release, licences and later amendments refer to goods by item number
 * (项号), so the numbers must be the positions of the items. Only the first item out of
 * sequence is reported, because every item after a gap would repeat the same fault.
 */
public final class ItemSequenceContinuous extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-ITEM-SEQUENCE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 项号 (item number) counted from 1 in the order of the items", "goods-declaration");

    public ItemSequenceContinuous() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        List<DeclarationItemType> items = declaration.getItem();
        for (int index = 0; index < items.size(); index++) {
            DeclarationItemType item = items.get(index);
            BigDecimal expected = BigDecimal.valueOf(index + 1L);
            if (item.getSequenceNumeric() == null || item.getSequenceNumeric().compareTo(expected) != 0) {
                context.mismatch(item, "SequenceNumeric", expected.toPlainString(), Items.sequence(item), items.size());
                return;
            }
        }
    }
}
