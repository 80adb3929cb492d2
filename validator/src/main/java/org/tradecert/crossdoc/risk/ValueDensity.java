package org.tradecert.crossdoc.risk;

import org.tradecert.api.Evidence;
import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.Cancellations;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * P7: the value per kilogram of the goods of each HS heading (or, where the table has no
 * heading, chapter) lies within the fences of the reference statistics for it. Electronics
 * declared at the price of scrap, or scrap at the price of electronics, show up here even
 * when the quantity unit of the lines hides it.
 */
public final class ValueDensity extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("RISK-P07-VALUE-DENSITY", Layer.RISK, Severity.WARNING,
            "customs targeting practice; JRC fair prices from outlier-free trade data (for OLAF): value per kilogram");

    private final ReferenceStatistics table;
    private final RiskThresholds thresholds;

    public ValueDensity(ReferenceStatistics table, RiskThresholds thresholds) {
        super(DEFINITION);
        this.table = table;
        this.thresholds = thresholds;
    }

    /** The items of one heading or chapter, summed in the statistic's currency. */
    private static final class Group {
        final ReferenceStatistic statistic;
        final List<GoodsItem> items = new ArrayList<>();
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal kilograms = BigDecimal.ZERO;

        Group(ReferenceStatistic statistic) {
            this.statistic = statistic;
        }
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<GoodsItem> items = GoodsItem.declaredOrInvoiced(transaction);
        if (items.isEmpty()) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.LINE_HS);
            return;
        }

        ExchangeRates rates = ExchangeRates.of(Cancellations.live(transaction));
        Map<ReferenceStatistic, Group> groups = new LinkedHashMap<>();
        TreeSet<String> unknown = new TreeSet<>();
        for (GoodsItem item : items) {
            ReferenceStatistic statistic = statistic(item);
            Optional<BigDecimal> kilograms = item.netKilograms();
            Optional<BigDecimal> value = statistic == null ? Optional.empty() : rates.convert(item.amountValue(), item.currency(), statistic.currency());
            if (statistic == null || kilograms.isEmpty() || value.isEmpty()) {
                unknown.add(java.util.Objects.toString(item.hsDigits(4), "?"));
                continue;
            }
            Group group = groups.computeIfAbsent(statistic, Group::new);
            group.items.add(item);
            group.value = group.value.add(value.get());
            group.kilograms = group.kilograms.add(Rec20Units.convert(kilograms.get(), "KGM", statistic.unit()).orElseThrow());
        }
        if (groups.isEmpty()) {
            context.notApplicable("outcome.no-reference", String.join(", ", unknown), table.coordinates());
            return;
        }

        for (Group group : groups.values()) {
            BigDecimal density = group.value.divide(group.kilograms, MathContext.DECIMAL64);
            ReferenceStatistic.Range fences = group.statistic.fences(thresholds.fenceMultiplier());
            if (!fences.contains(density)) {
                BigDecimal median = group.statistic.median();
                context.report(evidence(group), group.statistic.hs(), Decimals.showLike(density, median), group.statistic.measure(),
                        Decimals.showLike(fences.lower(), median), Decimals.showLike(fences.upper(), median), Decimals.showLike(median, median),
                        group.statistic.estimatedPercentile(density), group.items.size());
            }
        }
    }

    /** Finds the value-per-mass statistic of the item's heading, else of its chapter, or null when the table has neither. */
    private ReferenceStatistic statistic(GoodsItem item) {
        for (int digits : new int[] {4, 2}) {
            String hs = item.hsDigits(digits);
            if (hs == null) {
                continue;
            }
            for (ReferenceStatistic statistic : table.find(hs, ReferenceStatistic.Kind.UNIT_VALUE, null, null)) {
                if (Rec20Units.isMass(statistic.unit())) {
                    return statistic;
                }
            }
        }
        return null;
    }

    private List<Evidence> evidence(Group group) {
        List<Evidence> evidence = new ArrayList<>();
        for (GoodsItem item : group.items) {
            evidence.add(item.document().evidence(FactNames.LINE_AMOUNT, item.amountFact()));
            evidence.add(item.document().evidence(FactNames.LINE_NET_WEIGHT, item.netWeight() != null ? item.netWeight() : item.quantity()));
        }
        evidence.add(ReferenceComparison.reference(table, group.statistic));
        return evidence;
    }
}
