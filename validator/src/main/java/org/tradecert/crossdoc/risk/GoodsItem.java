package org.tradecert.crossdoc.risk;

import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.Cancellations;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One line of goods as the indicators see it: a declaration item or an invoice line, with its
 * HS code, amount, quantity and net weight as facts, so every figure can be shown as evidence.
 *
 * @param key the line or item id that ties the facts together
 */
record GoodsItem(DocumentFacts document, String key, Fact hs, Fact amount, Fact price, Fact quantity, Fact netWeight) {

    /** Collects the items of a document, one per line id that any line fact names, in document order. */
    static List<GoodsItem> of(DocumentFacts document) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : List.of(FactNames.LINE_HS, FactNames.LINE_AMOUNT, FactNames.LINE_QUANTITY)) {
            for (Fact fact : document.all(name)) {
                keys.add(fact.key() == null ? "" : fact.key());
            }
        }
        List<GoodsItem> items = new ArrayList<>();
        for (String key : keys) {
            items.add(new GoodsItem(document, key, line(document, FactNames.LINE_HS, key), line(document, FactNames.LINE_AMOUNT, key),
                    line(document, FactNames.LINE_PRICE, key), line(document, FactNames.LINE_QUANTITY, key),
                    line(document, FactNames.LINE_NET_WEIGHT, key)));
        }
        return items;
    }

    /**
     * Returns the items the goods are judged by: those of the current goods declaration, which
     * is what customs values, else those of the commercial invoice, else none.
     */
    static List<GoodsItem> declaredOrInvoiced(TradeTransaction transaction) {
        for (String type : List.of("goods-declaration", "commercial-invoice")) {
            for (DocumentFacts document : Cancellations.live(transaction)) {
                if (document.documentType().equals(type) && document.has(FactNames.LINE_HS)) {
                    return of(document);
                }
            }
        }
        return List.of();
    }

    private static Fact line(DocumentFacts document, String name, String key) {
        for (Fact fact : document.all(name)) {
            if (key.equals(fact.key() == null ? "" : fact.key())) {
                return fact;
            }
        }
        return null;
    }

    /** Indexes items by key, for joining a declaration's items with an invoice's lines. */
    static Map<String, GoodsItem> byKey(List<GoodsItem> items) {
        Map<String, GoodsItem> byKey = new LinkedHashMap<>();
        for (GoodsItem item : items) {
            byKey.put(item.key(), item);
        }
        return byKey;
    }

    /** Returns the first six digits of the HS code, or null when the code is shorter or absent. */
    String hs6() {
        return hsDigits(6);
    }

    /** Returns the first {@code length} digits of the HS code, or null. */
    String hsDigits(int length) {
        if (hs == null) {
            return null;
        }
        String digits = hs.value().replace(".", "").replace(" ", "");
        if (digits.length() < length) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return null;
            }
        }
        return digits.substring(0, length);
    }

    /** Returns the currency of the line's amount. */
    String currency() {
        Fact money = amount != null ? amount : price;
        return money == null ? null : money.qualifier();
    }

    /** Returns the line amount, or price times quantity when only the price is given, or null when neither can be read. */
    BigDecimal amountValue() {
        BigDecimal stated = amount == null ? null : Decimals.parse(amount.value());
        if (stated != null) {
            return stated;
        }
        BigDecimal unitPrice = price == null ? null : Decimals.parse(price.value());
        BigDecimal count = quantity == null ? null : Decimals.parse(quantity.value());
        return unitPrice == null || count == null ? null : unitPrice.multiply(count);
    }

    /** Returns the fact the amount comes from, for evidence. */
    Fact amountFact() {
        return amount != null ? amount : price;
    }

    /**
     * Measures the goods in a unit, converting by Recommendation 20. A unit of mass takes the net
     * weight, or the quantity when that is itself a weight; other units take the quantity. The
     * result is empty when the line states nothing convertible to the unit.
     */
    Optional<BigDecimal> amountOfGoodsIn(String unit) {
        if (Rec20Units.isMass(unit) && netWeight != null) {
            Optional<BigDecimal> weight = Rec20Units.convert(Decimals.parse(netWeight.value()), netWeight.qualifier(), unit);
            if (weight.isPresent()) {
                return positive(weight.get());
            }
        }
        if (quantity == null) {
            return Optional.empty();
        }
        return Rec20Units.convert(Decimals.parse(quantity.value()), quantity.qualifier(), unit).flatMap(GoodsItem::positive);
    }

    /** Returns the fact the quantity in a unit comes from, for evidence. */
    Fact goodsFactFor(String unit) {
        return Rec20Units.isMass(unit) && netWeight != null ? netWeight : quantity;
    }

    /** Returns the net weight in kilograms, if the line states a weight. */
    Optional<BigDecimal> netKilograms() {
        if (netWeight != null) {
            Optional<BigDecimal> weight = Rec20Units.convert(Decimals.parse(netWeight.value()), netWeight.qualifier(), "KGM");
            if (weight.isPresent()) {
                return positive(weight.get());
            }
        }
        if (quantity != null && Rec20Units.isMass(quantity.qualifier())) {
            return Rec20Units.convert(Decimals.parse(quantity.value()), quantity.qualifier(), "KGM").flatMap(GoodsItem::positive);
        }
        return Optional.empty();
    }

    /** Computes the price per one unit of the line's own quantity unit, or nothing without an amount or a positive quantity. */
    Optional<BigDecimal> unitPrice() {
        BigDecimal total = amountValue();
        BigDecimal count = quantity == null ? null : Decimals.parse(quantity.value());
        if (total == null || count == null || count.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(total.divide(count, MathContext.DECIMAL64));
    }

    private static Optional<BigDecimal> positive(BigDecimal value) {
        return value.signum() > 0 ? Optional.of(value) : Optional.empty();
    }
}
