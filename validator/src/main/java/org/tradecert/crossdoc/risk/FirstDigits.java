package org.tradecert.crossdoc.risk;

import org.tradecert.api.Evidence;
import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.Cancellations;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/**
 * P9: the first digits of a seller's invoice line amounts follow Benford's law, as amounts
 * that come from real quantities and prices do. The test is Nigrini's: the mean absolute
 * deviation of the observed first-digit proportions from Benford's {@code log10(1 + 1/d)};
 * above 0.015 the digits do not conform, which suggests made-up amounts.
 *
 * <p>Per seller the rule counts first digits over the run, in a summary bounded in sellers
 * and cleared by {@link #startRun}. Once a seller has enough amounts the proportions are
 * judged after every transaction, and a seller that does not conform is reported once per run.
 */
public final class FirstDigits extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("RISK-P09-FIRST-DIGITS", Layer.RISK, Severity.WARNING,
            "Benford's law of first digits; Nigrini, Benford's Law (Wiley, 2012): mean absolute deviation limits", "commercial-invoice");

    /** Benford's proportions of the first digits 1 to 9, log10(1 + 1/d), to six decimals. */
    static final BigDecimal[] BENFORD = {
            new BigDecimal("0.301030"), new BigDecimal("0.176091"), new BigDecimal("0.124939"),
            new BigDecimal("0.096910"), new BigDecimal("0.079181"), new BigDecimal("0.066947"),
            new BigDecimal("0.057992"), new BigDecimal("0.051153"), new BigDecimal("0.045757")};

    /** A seller's first-digit counts in the run so far. */
    private static final class Digits {
        final long[] counts = new long[9];
        long total;
        boolean reported;
    }

    private final RiskThresholds thresholds;
    private final RunState<Map<String, Digits>> sellers;

    public FirstDigits(RiskThresholds thresholds) {
        super(DEFINITION);
        this.thresholds = thresholds;
        this.sellers = new RunState<>(() -> new LeastRecentlyUsed<>(thresholds.summaryCapacity()));
    }

    @Override
    public void startRun() {
        sellers.reset();
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        boolean anyAmount = false;
        for (DocumentFacts invoice : Cancellations.live(transaction)) {
            if (!invoice.documentType().equals("commercial-invoice") || !invoice.has(FactNames.LINE_AMOUNT)) {
                continue;
            }
            anyAmount = true;
            Fact sellerFact = invoice.first(FactNames.SELLER_ID);
            String seller = sellerFact != null ? sellerFact.value() : invoice.organisation();
            Digits digits = sellers.current().computeIfAbsent(seller, any -> new Digits());
            for (Fact amount : invoice.all(FactNames.LINE_AMOUNT)) {
                int digit = firstDigit(Decimals.parse(amount.value()));
                if (digit > 0) {
                    digits.counts[digit - 1]++;
                    digits.total++;
                }
            }

            if (!digits.reported && digits.total >= thresholds.benfordMinimum()) {
                BigDecimal deviation = meanAbsoluteDeviation(digits);
                if (deviation.compareTo(thresholds.benfordMadLimit()) > 0) {
                    digits.reported = true;
                    Evidence observed = new Evidence("firstDigits", describe(digits), "trade-transaction", seller, null);
                    context.report(List.of(observed), seller, digits.total, Decimals.show(deviation), thresholds.benfordMadLimit().toPlainString());
                }
            }
        }

        if (!anyAmount) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.LINE_AMOUNT);
        }
    }

    /** Returns the first significant digit of a positive amount, or 0 for none. */
    static int firstDigit(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            return 0;
        }
        return amount.unscaledValue().toString().charAt(0) - '0';
    }

    /** Computes the mean over the nine digits of |observed proportion - Benford proportion|. */
    private static BigDecimal meanAbsoluteDeviation(Digits digits) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.valueOf(digits.total);
        for (int d = 0; d < 9; d++) {
            BigDecimal observed = BigDecimal.valueOf(digits.counts[d]).divide(total, MathContext.DECIMAL64);
            sum = sum.add(observed.subtract(BENFORD[d]).abs());
        }
        return sum.divide(BigDecimal.valueOf(9), MathContext.DECIMAL64);
    }

    private static String describe(Digits digits) {
        StringBuilder text = new StringBuilder("n=").append(digits.total);
        for (int d = 0; d < 9; d++) {
            text.append(' ').append(d + 1).append(':').append(digits.counts[d]);
        }
        return text.toString();
    }
}
