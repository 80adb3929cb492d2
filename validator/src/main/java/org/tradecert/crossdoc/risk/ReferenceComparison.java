package org.tradecert.crossdoc.risk;

import org.tradecert.api.Evidence;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.Cancellations;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares the goods items of a transaction with the reference statistics of their HS
 * subheading: the unit value (amount per unit) or the unit weight (net kilograms per unit),
 * for every unit the table has a statistic in. The unit-value, mirror, related-party and
 * weight indicators share it, so they judge an item the same way.
 */
final class ReferenceComparison {

    /**
     * An item outside the fences of a statistic.
     *
     * @param observed the item's unit value or unit weight, in the statistic's currency and unit
     */
    record Outlier(GoodsItem item, ReferenceStatistic statistic, BigDecimal observed, ReferenceStatistic.Range fences,
                   BigDecimal percentile) {
    }

    /**
     * The result of a comparison. When nothing could be compared, {@code reasonKey} and
     * {@code reasonArguments} give the reason as an outcome message.
     */
    record Result(List<Outlier> outliers, int compared, String reasonKey, List<String> reasonArguments) {
    }

    private final ReferenceStatistics table;
    private final BigDecimal multiplier;

    ReferenceComparison(ReferenceStatistics table, BigDecimal multiplier) {
        this.table = table;
        this.multiplier = multiplier;
    }

    ReferenceStatistics table() {
        return table;
    }

    /**
     * Reports each goods item of the transaction outside the fences of its subheading's
     * statistics of one kind, over all trade, as P1 (unit value) and P10 (unit weight) do. The
     * message arguments are the document, line, subheading, observed value, measure, lower and
     * upper fence, median and percentile.
     */
    void reportOutliers(TradeTransaction transaction, CrossContext context, ReferenceStatistic.Kind kind) {
        List<GoodsItem> items = GoodsItem.declaredOrInvoiced(transaction);
        if (items.isEmpty()) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.LINE_HS);
            return;
        }

        Result result = compare(items, ExchangeRates.of(Cancellations.live(transaction)), kind, null, null);
        for (Outlier outlier : result.outliers()) {
            BigDecimal median = outlier.statistic().median();
            context.report(evidence(outlier), outlier.item().document().documentId(), outlier.item().key(), outlier.item().hs6(),
                    Decimals.showLike(outlier.observed(), median), outlier.statistic().measure(),
                    Decimals.showLike(outlier.fences().lower(), median), Decimals.showLike(outlier.fences().upper(), median),
                    Decimals.showLike(median, median), outlier.percentile());
        }
        if (result.compared() == 0) {
            context.notApplicable(result.reasonKey(), result.reasonArguments().toArray());
        }
    }

    /**
     * Compares every item with every statistic of its subheading, kind and flow.
     *
     * @param flow     {@code null} for all trade, or {@code import} / {@code export} with the reporter
     * @param reporter the reporting country of the flow, or null
     */
    Result compare(List<GoodsItem> items, ExchangeRates rates, ReferenceStatistic.Kind kind, String flow, String reporter) {
        List<Outlier> outliers = new ArrayList<>();
        int compared = 0;
        TreeSet<String> unknown = new TreeSet<>();
        TreeSet<String> noQuantity = new TreeSet<>();
        TreeSet<String> noRate = new TreeSet<>();

        for (GoodsItem item : items) {
            String hs6 = item.hs6();
            List<ReferenceStatistic> statistics = hs6 == null ? List.of() : table.find(hs6, kind, flow, reporter);
            if (statistics.isEmpty()) {
                unknown.add(hs6 == null ? "?" : hs6);
                continue;
            }
            for (ReferenceStatistic statistic : statistics) {
                Optional<BigDecimal> observed = observe(item, statistic, rates, noQuantity, noRate);
                if (observed.isEmpty()) {
                    continue;
                }
                compared++;
                ReferenceStatistic.Range fences = statistic.fences(multiplier);
                if (!fences.contains(observed.get())) {
                    outliers.add(new Outlier(item, statistic, observed.get(), fences, statistic.estimatedPercentile(observed.get())));
                }
            }
        }

        if (compared > 0) {
            return new Result(outliers, compared, null, List.of());
        }
        if (!noRate.isEmpty()) {
            return new Result(outliers, 0, "outcome.no-exchange-rate", List.of(String.join(", ", noRate)));
        }
        if (!noQuantity.isEmpty()) {
            return new Result(outliers, 0, "outcome.no-quantity-in-unit", List.of(String.join(", ", noQuantity)));
        }
        return new Result(outliers, 0, "outcome.no-reference", List.of(String.join(", ", unknown), table.coordinates()));
    }

    /** The item's unit value or unit weight in the statistic's terms; empty, with the reason noted, when it cannot be had. */
    private static Optional<BigDecimal> observe(GoodsItem item, ReferenceStatistic statistic, ExchangeRates rates,
                                                TreeSet<String> noQuantity, TreeSet<String> noRate) {
        Optional<BigDecimal> goods = item.amountOfGoodsIn(statistic.unit());
        if (goods.isEmpty()) {
            noQuantity.add(item.hs6() + " " + statistic.unit());
            return Optional.empty();
        }
        BigDecimal numerator;
        if (statistic.kind() == ReferenceStatistic.Kind.UNIT_VALUE) {
            Optional<BigDecimal> amount = rates.convert(item.amountValue(), item.currency(), statistic.currency());
            if (amount.isEmpty()) {
                noRate.add(item.currency() + "/" + statistic.currency());
                return Optional.empty();
            }
            numerator = amount.get();
        } else {
            if (Rec20Units.isMass(statistic.unit())) {
                return Optional.empty();
            }
            Optional<BigDecimal> kilograms = item.netKilograms();
            if (kilograms.isEmpty()) {
                noQuantity.add(item.hs6() + " KGM");
                return Optional.empty();
            }
            numerator = kilograms.get();
        }
        return Optional.of(numerator.divide(goods.get(), MathContext.DECIMAL64));
    }

    /** Lists the evidence of an outlier: the item's figures and the statistic, with the table it comes from. */
    List<Evidence> evidence(Outlier outlier) {
        GoodsItem item = outlier.item();
        List<Evidence> evidence = new ArrayList<>();
        Fact amountFact = outlier.statistic().kind() == ReferenceStatistic.Kind.UNIT_VALUE ? item.amountFact() : item.netWeight();
        evidence.add(item.document().evidence(outlier.statistic().kind() == ReferenceStatistic.Kind.UNIT_VALUE ? FactNames.LINE_AMOUNT : FactNames.LINE_NET_WEIGHT,
                amountFact));
        Fact goodsFact = item.goodsFactFor(outlier.statistic().unit());
        if (goodsFact != null && goodsFact != amountFact) {
            evidence.add(item.document().evidence(goodsFact == item.netWeight() ? FactNames.LINE_NET_WEIGHT : FactNames.LINE_QUANTITY, goodsFact));
        }
        if (item.hs() != null) {
            // The HS fact's qualifier is the code list id ("HS"), which reads as a unit after the code, so the evidence gives the code alone.
            Evidence hs = item.document().evidence(FactNames.LINE_HS, item.hs());
            evidence.add(new Evidence(hs.label(), item.hs().value(), hs.documentType(), hs.documentId(), hs.location()));
        }
        evidence.add(reference(table, outlier.statistic()));
        return evidence;
    }

    /** Turns a statistic into evidence, naming the table by its coordinates and digest. */
    static Evidence reference(ReferenceStatistics table, ReferenceStatistic statistic) {
        return new Evidence("reference", statistic.describe(), "reference-statistics",
                table.coordinates() + " sha-256:" + table.digest(), null);
    }
}
