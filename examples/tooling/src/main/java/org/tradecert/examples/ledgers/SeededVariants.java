package org.tradecert.examples.ledgers;

import org.tradecert.api.Layer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.tradecert.examples.ledgers.DocumentEdit.all;
import static org.tradecert.examples.ledgers.DocumentEdit.replace;
import static org.tradecert.examples.ledgers.DocumentEdit.set;

/**
 * The seeded ledgers: the sea shipment with one change each. A change to a document keeps the
 * document consistent in itself (totals still add up, check digits still pass), so that only
 * the comparison with the other documents, or the ledger history, can catch it.
 */
public final class SeededVariants {

    /** The second ocean carrier that amends the bill of lading of Bohai Ocean Container Line. */
    static final ExtraParticipant SECOND_CARRIER = new ExtraParticipant("ocean-carrier", "300300HXCSHIP0000169", "LEI",
            new Variant.Text("Tianjin Haixing Container Shipping Co., Ltd.", "天津海星集装箱航运有限公司"), "CN");

    /** Packing list gross weight 5 % above the invoice, declaration and bill of lading: 36330 instead of 34600 KGM, each part × 1.05. */
    static final Variant GROSS_WEIGHT = new Variant("sea-x06-packing-list-gross-weight", Shipment.SEA,
            new Variant.Text("The packing list states a gross weight of 36330 KGM, 5 % above the 34600 KGM of the invoice, the "
                    + "declaration and the bill of lading, the documents X06 compares it with. Its items, packages and containers are scaled alike, so "
                    + "the packing list still adds up.",
                    "装箱单的毛重为 36330 千克，比 X06 用以比较的发票、报关单和提单的 34600 千克多 5%。其中的货项、包装和集装箱按同一比例放大，"
                            + "装箱单本身的合计仍然一致。"),
            Map.of("packing-list", all(List.of(
                    set("/pl:PackingList/pl:GrossWeightMeasure", "36330"),
                    set("/pl:PackingList/pl:TransportEquipment[ram:ID='BOHU1024615']/ram:GrossWeightMeasure", "15729"),
                    set("/pl:PackingList/pl:TransportEquipment[ram:ID='BOHU2047359']/ram:GrossWeightMeasure", "20601"),
                    set("/pl:PackingList/pl:Item[pl:LineID='1']//*[local-name()='GrossWeightMeasure']", "1995"),
                    set("/pl:PackingList/pl:Item[pl:LineID='2']//*[local-name()='GrossWeightMeasure']", "34335")))),
            null, "packing-list",
            new Variant.Expectation(List.of("X06"), List.of(), Layer.CROSS_DOCUMENT, 1, 1));

    /** One letter of a container number mistyped on the bill of lading; the ISO 6346 check digit still passes. */
    static final Variant CONTAINER_TYPO = new Variant("sea-x09-container-number-typo", Shipment.SEA,
            new Variant.Text("The bill of lading lists container BORU1024615 where every other document has BOHU1024615. One "
                    + "letter is mistyped, and the ISO 6346 check digit still passes, so only the comparison of the container "
                    + "sets catches it.",
                    "提单上的集装箱号为 BORU1024615，而其他单证均为 BOHU1024615。只错了一个字母，ISO 6346 校验位仍然正确，"
                            + "只有比对各单证的集装箱号集合才能发现。"),
            Map.of("sea-transport-document",
                    replace("//std:TransportEquipment/ram:ID | //std:ConsignmentItem/std:EquipmentID", "BOHU1024615", "BORU1024615")),
            null, "sea-transport-document",
            new Variant.Expectation(List.of("X09"), List.of(), Layer.CROSS_DOCUMENT, 1, 1));

    /**
     * Declared value 164864.00 USD, 30 % under the invoice total of 235520.00 USD. The item prices
     * fall with it (58.87 and 291.00 instead of 85.50 and 420.00), so the declaration still adds
     * up. Its item values then differ from the invoice lines too.
     */
    static final Variant DECLARED_VALUE = new Variant("sea-x02-declared-value-under-invoice", Shipment.SEA,
            new Variant.Text("The export declaration states a customs value of 164864.00 USD, 30 % under the CIF invoice total of "
                    + "235520.00 USD. Its item prices fall with it (58.87 and 291.00 USD instead of 85.50 and 420.00 USD), so the "
                    + "declaration still adds up, and its item values no longer match the invoice lines either.",
                    "出口报关单申报的完税价格为 164864.00 美元，比 CIF 发票总额 235520.00 美元低 30%。其商品单价随之降低"
                            + "（58.87 和 291.00 美元，而非 85.50 和 420.00 美元），报关单本身的合计仍然一致，但各商品项的金额也与发票行不再相符。"),
            Map.of("goods-declaration", all(List.of(
                    set("/gd:GoodsDeclaration/gd:DeclaredValueForCustomsAmount", "164864.00"),
                    set("/gd:GoodsDeclaration/gd:Item[gd:SequenceNumeric='1']/gd:UnitPriceAmount", "58.87"),
                    set("/gd:GoodsDeclaration/gd:Item[gd:SequenceNumeric='1']/gd:DeclaredValueAmount", "70644.00"),
                    set("/gd:GoodsDeclaration/gd:Item[gd:SequenceNumeric='2']/gd:UnitPriceAmount", "291.00"),
                    set("/gd:GoodsDeclaration/gd:Item[gd:SequenceNumeric='2']/gd:DeclaredValueAmount", "87300.00")))),
            null, "goods-declaration",
            new Variant.Expectation(List.of("X02", "X04"), List.of("P1", "P2", "P4", "P7"), Layer.CROSS_DOCUMENT, 1, 1));

    /** The invoice classifies the switching power supplies under 853710, while the other documents use 850440. */
    static final Variant HS_SUBHEADING = new Variant("sea-x16-hs-subheading-differs", Shipment.SEA,
            new Variant.Text("The commercial invoice classifies line 1, the switching power supplies, under HS subheading 853710; "
                    + "the booking, the packing list, the bill of lading and the declaration (8504409999) classify them under 850440.",
                    "商业发票将第 1 行开关电源归入 HS 子目 853710，而订舱、装箱单、提单和报关单（8504409999）均归入 850440。"),
            Map.of("commercial-invoice", set("/ci:CommercialInvoice/ci:IncludedLineItem[ci:LineID='1']/ci:Product/ram:ClassCode", "853710")),
            null, "commercial-invoice",
            new Variant.Expectation(List.of("X16"), List.of(), Layer.CROSS_DOCUMENT, 1, 1));

    /** The buyer's invoice is paid by another Rotterdam company, from the buyer's bank. */
    static final Variant THIRD_PARTY_PAYER = new Variant("sea-x20-third-party-payer", Shipment.SEA,
            new Variant.Text("The payment advice names Rijnmond Handelsmaatschappij B.V. (LEI 724500RIJNMONDHDL093) as payer, a third "
                    + "party, while the invoice's buyer is Van der Berg Industrial Supplies B.V. (LEI 724500VDBERG0IND0189). The "
                    + "amount, currency, bank and country are unchanged.",
                    "付款通知的付款人为第三方 Rijnmond Handelsmaatschappij B.V.（LEI 724500RIJNMONDHDL093），而发票的买方为 "
                            + "Van der Berg Industrial Supplies B.V.（LEI 724500VDBERG0IND0189）。金额、币种、银行和国家均未改变。"),
            Map.of("payment-advice", all(List.of(
                    set("/pa:PaymentAdvice/pa:PayerTradeParty/ram:GlobalID", "724500RIJNMONDHDL093"),
                    set("/pa:PaymentAdvice/pa:PayerTradeParty/ram:Name", "Rijnmond Handelsmaatschappij B.V."),
                    set("/pa:PaymentAdvice/pa:PayerTradeParty/ram:PostalTradeAddress/ram:LineOne", "Wilhelminakade 91"),
                    set("/pa:PaymentAdvice/pa:PayerTradeParty/ram:PostalTradeAddress/ram:PostcodeCode", "3072 AP")))),
            null, "payment-advice",
            new Variant.Expectation(List.of("X20"), List.of(), Layer.CROSS_DOCUMENT, 0, 1));

    /** The exporter's invoice envelope anchored a second time, eight minutes after the first. */
    static final Variant REPLAY = new Variant("sea-replayed-submission", Shipment.SEA,
            new Variant.Text("The exporter's signed envelope of the commercial invoice is anchored a second time, unchanged, eight "
                    + "minutes after the first: the same submission id and nonce reach the ledger twice.",
                    "出口商已签名的商业发票信封在首次上链八分钟后被原样再次上链：同一提交编号和随机数两次进入账本。"),
            Map.of(), new Variant.Replay("commercial-invoice", Instant.parse("2026-10-08T01:10:00Z")), "commercial-invoice",
            new Variant.Expectation(List.of("REPLAY-SUBMISSION-ID", "REPLAY-NONCE"), List.of(), Layer.AUTHORISATION, 1, 1));

    /** A second ocean carrier submits version 2 of Bohai's bill of lading, changing only the notify party's name. */
    static final Variant AMENDED_BY_OTHER = new Variant("sea-bl-amended-by-other-organisation", Shipment.SEA,
            new Variant.Text("Tianjin Haixing Container Shipping Co., Ltd., another ocean carrier of the network, submits version 2 "
                    + "of the bill of lading BOHL26TXG004251 of Bohai Ocean Container Line, superseding it. Only the notify party's "
                    + "name changes; a new version must come from the organisation that submitted the first.",
                    "网络中的另一家船公司天津海星集装箱航运有限公司提交了渤海远洋集装箱航运有限公司提单 BOHL26TXG004251 的第 2 版，"
                            + "以取代原版本。新版本只改动了通知方名称；但新版本必须由提交首个版本的组织提交。"),
            Map.of(), new Variant.Amendment("sea-transport-document", SECOND_CARRIER,
                    set("/std:SeaTransportDocument/std:NotifyTradeParty/ram:Name", "Van der Berg Industrial Supplies B.V., Import Department"),
                    Instant.parse("2026-10-11T12:00:00Z"), Instant.parse("2026-10-11T12:02:00Z")),
            "sea-transport-document",
            new Variant.Expectation(List.of("SUPERSEDE-ORG"), List.of(), Layer.AUTHORISATION, 1, 1));

    /**
     * The whole transaction at 40 % of the demo prices, consistently: invoice, declaration,
     * payment and bookings agree, so only the price indicators see it.
     */
    static final Variant UNDER_INVOICED = new Variant("sea-under-invoiced", Shipment.SEA,
            new Variant.Text("Every document of the sea shipment prices the goods at 40 % of the demo prices: 34.20 USD per power "
                    + "supply and 168.00 USD per motor, invoice and declared value 98360.00 USD, payment to match. The documents "
                    + "agree with each other, so no cross-document rule fails; the unit values are far below the reference "
                    + "values of their HS subheadings, which the price indicators report as warnings.",
                    "海运货物的所有单证均按演示价格的 40% 计价：开关电源每台 34.20 美元，电动机每台 168.00 美元，发票金额和申报价格均为 "
                            + "98360.00 美元，付款与之相符。各单证彼此一致，因此没有跨单证规则失败；但单位价值远低于其 HS 子目的参考值，"
                            + "价格风险指标以警告报告。"),
            Map.of(
                    "booking-request", set("/bkg:TransportBooking/bkg:DeclaredValueForCustomsAmount", "98360.00"),
                    "booking-confirmation", set("/bkg:TransportBooking/bkg:DeclaredValueForCustomsAmount", "98360.00"),
                    "commercial-invoice", all(List.of(
                            set("/ci:CommercialInvoice/ci:IncludedLineItem[ci:LineID='1']/ci:NetPriceAmount", "34.20"),
                            set("/ci:CommercialInvoice/ci:IncludedLineItem[ci:LineID='1']/ci:LineTotalAmount", "41040.00"),
                            set("/ci:CommercialInvoice/ci:IncludedLineItem[ci:LineID='2']/ci:NetPriceAmount", "168.00"),
                            set("/ci:CommercialInvoice/ci:IncludedLineItem[ci:LineID='2']/ci:LineTotalAmount", "50400.00"),
                            set("/ci:CommercialInvoice/ci:InsuranceValueAmount", "108196.00"),
                            set("/ci:CommercialInvoice/ci:MonetarySummation/ci:LineTotalAmount", "91440.00"),
                            set("/ci:CommercialInvoice/ci:MonetarySummation/ci:GrandTotalAmount", "98360.00"),
                            set("/ci:CommercialInvoice/ci:MonetarySummation/ci:DuePayableAmount", "98360.00"))),
                    "goods-declaration", all(List.of(
                            set("/gd:GoodsDeclaration/gd:DeclaredValueForCustomsAmount", "98360.00"),
                            set("/gd:GoodsDeclaration/gd:Item[gd:SequenceNumeric='1']/gd:UnitPriceAmount", "34.20"),
                            set("/gd:GoodsDeclaration/gd:Item[gd:SequenceNumeric='1']/gd:DeclaredValueAmount", "41040.00"),
                            set("/gd:GoodsDeclaration/gd:Item[gd:SequenceNumeric='2']/gd:UnitPriceAmount", "168.00"),
                            set("/gd:GoodsDeclaration/gd:Item[gd:SequenceNumeric='2']/gd:DeclaredValueAmount", "50400.00"))),
                    "payment-advice", all(List.of(
                            set("/pa:PaymentAdvice/pa:InstructedAmount", "98360.00"),
                            set("/pa:PaymentAdvice/pa:PaidAmount", "98335.00"),
                            set("/pa:PaymentAdvice/pa:RemittedInvoice/pa:InvoiceAmount", "98360.00"),
                            set("/pa:PaymentAdvice/pa:RemittedInvoice/pa:RemittedAmount", "98360.00")))),
            // P1 judges the declared unit values, so the declaration is the submission its findings name.
            null, "goods-declaration",
            new Variant.Expectation(List.of("P1"), List.of("P2", "P6", "P7"), Layer.RISK, 0, 1));

    /** Every seeded ledger, in the order of the documentation. */
    public static final List<Variant> ALL = List.of(GROSS_WEIGHT, CONTAINER_TYPO, DECLARED_VALUE, HS_SUBHEADING, THIRD_PARTY_PAYER,
            REPLAY, AMENDED_BY_OTHER, UNDER_INVOICED);

    private SeededVariants() {
    }

    public static Variant named(String name) {
        return ALL.stream().filter(variant -> variant.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seeded ledger " + name + "; the seeded ledgers are "
                        + ALL.stream().map(Variant::name).toList()));
    }
}
