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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * P8: some declarations confirm a special relationship between buyer and seller (特殊关系确认
 * yes) but deny that it influenced the price (价格影响确认 no). Such a declaration is escalated
 * when its price is an outlier against the reference statistics (P1) or against the
 * relationship's own price series (P3). Under the WTO Valuation Agreement (article 1.2) the transaction value of related
 * parties is accepted only if the relationship did not influence the price; an outlying
 * price contradicts that confirmation.
 */
public final class RelatedPartyPrice extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("RISK-P08-RELATED-PARTY", Layer.RISK, Severity.WARNING,
            "WTO Customs Valuation Agreement article 1.2; GACC declaration confirmations 特殊关系确认 and 价格影响确认", "goods-declaration");

    private static final Set<String> YES = Set.of("TRUE", "1", "Y", "YES", "是");
    private static final Set<String> NO = Set.of("FALSE", "0", "N", "NO", "否");

    private final ReferenceComparison comparison;
    private final PriceHistory history;

    RelatedPartyPrice(ReferenceStatistics table, RiskThresholds thresholds, PriceHistory history) {
        super(DEFINITION);
        this.comparison = new ReferenceComparison(table, thresholds.fenceMultiplier());
        this.history = history;
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        DocumentFacts declaration = Cancellations.live(transaction).stream()
                .filter(document -> document.documentType().equals("goods-declaration")).findFirst().orElse(null);
        if (declaration == null) {
            context.notApplicable("outcome.crossdoc.missing-document", "goods-declaration");
            return;
        }
        Fact related = declaration.first(FactNames.RELATED_PARTY);
        Fact influence = declaration.first(FactNames.PRICE_INFLUENCE);
        if (related == null) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.RELATED_PARTY);
            return;
        }
        if (!YES.contains(related.value().strip().toUpperCase(Locale.ROOT))) {
            context.notApplicable("outcome.not-related");
            return;
        }
        if (influence != null && YES.contains(influence.value().strip().toUpperCase(Locale.ROOT))) {
            context.notApplicable("outcome.price-influence-declared");
            return;
        }
        if (influence != null && !NO.contains(influence.value().strip().toUpperCase(Locale.ROOT))) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.PRICE_INFLUENCE);
            return;
        }

        List<Evidence> evidence = new ArrayList<>();
        evidence.add(declaration.evidence(FactNames.RELATED_PARTY, related));
        evidence.add(declaration.evidence(FactNames.PRICE_INFLUENCE, influence));
        List<String> indicators = new ArrayList<>();

        ReferenceComparison.Result market = comparison.compare(GoodsItem.declaredOrInvoiced(transaction),
                ExchangeRates.of(Cancellations.live(transaction)), ReferenceStatistic.Kind.UNIT_VALUE, null, null);
        if (!market.outliers().isEmpty()) {
            indicators.add(UnitValueOutlier.DEFINITION.id());
            evidence.addAll(comparison.evidence(market.outliers().get(0)));
        }
        PriceHistory.Assessment series = history.assessmentOf(transaction);
        if (!series.departures().isEmpty()) {
            indicators.add(PriceHistoryDeparture.DEFINITION.id());
            GoodsItem item = series.departures().get(0).item();
            evidence.add(item.document().evidence(FactNames.LINE_AMOUNT, item.amountFact()));
        }

        if (!indicators.isEmpty()) {
            context.report(evidence, declaration.documentId(), String.join(", ", indicators));
        }
    }
}
