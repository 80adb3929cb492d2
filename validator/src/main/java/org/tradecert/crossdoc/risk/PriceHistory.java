package org.tradecert.crossdoc.risk;

import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.Cancellations;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The price series of one run: for each seller, buyer, HS subheading, unit and currency, the
 * most recent unit prices of earlier transactions. A new price is compared with its series by
 * the modified z-score {@code 0.6745 * |price - median| / MAD} (Iglewicz and Hoaglin), robust
 * to the odd outlier in the series, with the spread floored at a share of the median so that
 * a series of equal prices does not flag every change. Memory is bounded: a window of prices
 * per series and a capacity of series, forgetting the least recently seen.
 */
final class PriceHistory {

    /** A price that departs from its series, with the series' statistics. */
    record Departure(GoodsItem item, String series, BigDecimal price, String currency, String unit, int earlier, BigDecimal median,
                     BigDecimal mad, BigDecimal score) {
    }

    /** The assessment of one transaction: its departures and how many prices had a series long enough to compare with. */
    record Assessment(TradeTransaction transaction, List<Departure> departures, int compared) {
    }

    private static final BigDecimal CONSISTENCY = new BigDecimal("0.6745");

    private final RiskThresholds thresholds;
    private final RunState<State> state;

    private static final class State {
        final Map<String, Deque<BigDecimal>> series;
        Assessment last;

        State(int capacity) {
            this.series = new LeastRecentlyUsed<>(capacity);
        }
    }

    PriceHistory(RiskThresholds thresholds) {
        this.thresholds = thresholds;
        this.state = new RunState<>(() -> new State(thresholds.summaryCapacity()));
    }

    void reset() {
        state.reset();
    }

    /** Compares the transaction's prices with their series, then adds them to the series; the result is kept for {@link #assessmentOf}. */
    Assessment assessAndRecord(TradeTransaction transaction) {
        Assessment assessment = assess(transaction, true);
        state.current().last = assessment;
        return assessment;
    }

    /** Returns the assessment {@link #assessAndRecord} made of this transaction, else makes one without recording the prices. */
    Assessment assessmentOf(TradeTransaction transaction) {
        Assessment last = state.current().last;
        return last != null && last.transaction() == transaction ? last : assess(transaction, false);
    }

    private Assessment assess(TradeTransaction transaction, boolean record) {
        List<DocumentFacts> live = Cancellations.live(transaction);
        String seller = party(live, FactNames.SELLER_ID);
        String buyer = party(live, FactNames.BUYER_ID);
        List<Departure> departures = new ArrayList<>();
        int compared = 0;

        for (GoodsItem item : GoodsItem.declaredOrInvoiced(transaction)) {
            BigDecimal price = item.unitPrice().orElse(null);
            if (price == null || item.hs6() == null || item.quantity() == null || item.currency() == null) {
                continue;
            }
            String unit = item.quantity().qualifier();
            String key = String.join("|", seller, buyer, item.hs6(), String.valueOf(unit), item.currency());
            Map<String, Deque<BigDecimal>> all = state.current().series;
            Deque<BigDecimal> series = record ? all.computeIfAbsent(key, any -> new ArrayDeque<>()) : all.getOrDefault(key, new ArrayDeque<>());

            if (series.size() >= thresholds.historyMinimum()) {
                compared++;
                Departure departure = departure(item, key, price, unit, series);
                if (departure != null) {
                    departures.add(departure);
                }
            }
            if (record) {
                series.addLast(price);
                while (series.size() > thresholds.historyWindow()) {
                    series.removeFirst();
                }
            }
        }
        return new Assessment(transaction, departures, compared);
    }

    private Departure departure(GoodsItem item, String key, BigDecimal price, String unit, Deque<BigDecimal> series) {
        List<BigDecimal> sorted = new ArrayList<>(series);
        sorted.sort(null);
        BigDecimal median = ReferenceStatisticsImporter.quantile(sorted, 2);
        List<BigDecimal> deviations = new ArrayList<>();
        for (BigDecimal value : sorted) {
            deviations.add(value.subtract(median).abs());
        }
        deviations.sort(null);
        BigDecimal mad = ReferenceStatisticsImporter.quantile(deviations, 2);
        BigDecimal floor = median.multiply(thresholds.historyMadFloorPercent()).divide(Decimals.HUNDRED, MathContext.DECIMAL64);
        BigDecimal spread = mad.max(floor);
        if (spread.signum() == 0) {
            return null;
        }
        BigDecimal score = CONSISTENCY.multiply(price.subtract(median).abs()).divide(spread, MathContext.DECIMAL64);
        return score.compareTo(thresholds.historyScore()) > 0
                ? new Departure(item, key, price, item.currency(), unit, series.size(), median, mad, score)
                : null;
    }

    /** Returns the first identifier of a party from the invoice, else the declaration, else any document, or {@code ?}. */
    private static String party(List<DocumentFacts> documents, String name) {
        for (String type : List.of("commercial-invoice", "goods-declaration")) {
            for (DocumentFacts document : documents) {
                if (document.documentType().equals(type) && document.has(name)) {
                    return document.first(name).value();
                }
            }
        }
        for (DocumentFacts document : documents) {
            Fact fact = document.first(name);
            if (fact != null) {
                return fact.value();
            }
        }
        return "?";
    }
}
