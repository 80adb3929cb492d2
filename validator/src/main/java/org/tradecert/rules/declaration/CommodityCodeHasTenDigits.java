package org.tradecert.rules.declaration;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.common.v1.TradeProductType;
import org.tradecert.model.goodsdeclaration.v1.DeclarationItemType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.regex.Pattern;

/**
 * Every declared item carries the full 10-digit China customs commodity code (商品编号: the
 * 8-digit tariff number and 2 supplementary digits) with list identifier HS. The standard
 * accepts 6- and 8-digit HS codes elsewhere, but duty rates, licences and statistics of a
 * declaration are set at 10 digits.
 */
public final class CommodityCodeHasTenDigits extends DocumentRule<GoodsDeclarationType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("DECL-COMMODITY-CODE", Layer.DOCUMENT_RULES, Severity.ERROR,
            "GACC declaration filling rules: 商品编号 is the 10-digit code of the Customs Import and Export Tariff and its statistical supplement",
            "goods-declaration");

    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");
    private static final String HS_LIST = "HS";

    public CommodityCodeHasTenDigits() {
        super(DEFINITION, GoodsDeclarationType.class);
    }

    @Override
    public void check(GoodsDeclarationType declaration, RuleContext context) {
        for (DeclarationItemType item : declaration.getItem()) {
            TradeProductType product = item.getProduct();
            if (product == null) {
                continue;
            }
            String code = product.getClassCode() == null ? "" : product.getClassCode().getValue();
            String list = product.getClassCode() == null ? "" : product.getClassCode().getListID();
            if (code == null || !TEN_DIGITS.matcher(code).matches() || !HS_LIST.equals(list)) {
                context.reportAt(product, "ClassCode", Items.sequence(item), code == null ? "" : code, list == null ? "" : list);
            }
        }
    }
}
