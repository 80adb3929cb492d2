package org.tradecert.crossdoc.risk;

import org.junit.jupiter.api.Test;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.CrossDocumentRules;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.RuleRun;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleDefinition;

import java.util.ArrayList;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The indicators as the catalogue lists them: registered, warnings of layer 10, with texts in English (the root bundles) and Chinese. */
class RiskRulesTest {

    @Test
    void everyIndicatorIsRegistered() {
        assertThat(CrossDocumentRules.all()).containsAll(RiskRules.all());
        for (CrossDocumentRule rule : RiskRules.all()) {
            assertThat(RuleCatalogue.standard().find(rule.definition().id())).as(rule.definition().id()).isPresent();
        }
    }

    @Test
    void everyIndicatorIsAWarningOfLayerTen() {
        for (CrossDocumentRule rule : RiskRules.all()) {
            RuleDefinition definition = rule.definition();
            assertThat(definition.layer()).as(definition.id()).isEqualTo(Layer.RISK);
            assertThat(definition.severity()).as(definition.id()).isEqualTo(Severity.WARNING);
            assertThat(definition.id()).matches("RISK-P(0[1-9]|10)-[A-Z-]+");
        }
    }

    @Test
    void indicatorsCoverP1ToP10() {
        List<String> numbers = RiskRules.all().stream().map(rule -> rule.definition().id().substring(5, 8)).distinct().sorted().toList();

        assertThat(numbers).containsExactly("P01", "P02", "P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10");
    }

    @Test
    void historyRunsBeforeRelatedParty() {
        List<CrossDocumentRule> rules = RiskRules.all();

        assertThat(rules.indexOf(rules.stream().filter(PriceHistoryDeparture.class::isInstance).findFirst().orElseThrow()))
                .isLessThan(rules.indexOf(rules.stream().filter(RelatedPartyPrice.class::isInstance).findFirst().orElseThrow()));
    }

    @Test
    void consistentShipmentsRaiseNothing() {
        List<CrossDocumentRule> indicators = RiskRules.create(Shipments.TABLE, Shipments.THRESHOLDS);
        indicators.forEach(CrossDocumentRule::startRun);

        for (TradeTransaction transaction : Shipments.consistent()) {
            for (CrossDocumentRule indicator : indicators) {
                assertThat(RuleRun.of(indicator, transaction).findings())
                        .as(indicator.definition().id()).isEmpty();
            }
        }
    }

    @Test
    void underInvoicingRaisesWarningsOnly() {
        List<CrossDocumentRule> indicators = RiskRules.create(Shipments.TABLE, Shipments.THRESHOLDS);
        indicators.forEach(CrossDocumentRule::startRun);
        TradeTransaction transaction = Shipments.transaction("sea", Shipments.underInvoicedSea());

        List<Finding> findings = new ArrayList<>();
        for (CrossDocumentRule indicator : indicators) {
            findings.addAll(RuleRun.of(indicator, transaction).findings());
        }

        assertThat(findings).extracting(Finding::ruleId).containsOnly("RISK-P01-UNIT-VALUE", "RISK-P02-MIRROR-GAP",
                "RISK-P07-VALUE-DENSITY");
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.WARNING);
    }

    @Test
    void everyTextExistsInBothLanguages() {
        for (CrossDocumentRule rule : RiskRules.all()) {
            for (String key : List.of(rule.definition().messageKey(), rule.definition().descriptionKey())) {
                assertThat(Messages.has(key)).as(key).isTrue();
                assertThat(Messages.hasOwn(Messages.CHINESE, key)).as(key).isTrue();
            }
        }
        for (String key : List.of("outcome.no-reference", "outcome.no-quantity-in-unit", "outcome.no-exchange-rate", "outcome.short-history",
                "outcome.no-matching-lines", "outcome.no-payment-for-invoice", "outcome.not-related", "outcome.price-influence-declared")) {
            assertThat(Messages.has(key)).as(key).isTrue();
            assertThat(Messages.hasOwn(Messages.CHINESE, key)).as(key).isTrue();
        }
    }

    @Test
    void messagesFillEveryArgument() {
        String english = Messages.get(Messages.ENGLISH, UnitValueOutlier.DEFINITION.messageKey(),
                "020220260001234567", "1", "850440", "17.1", "USD/H87", "67.7", "107", "85.1", "0");
        String chinese = Messages.get(Messages.CHINESE, UnitValueOutlier.DEFINITION.messageKey(),
                "020220260001234567", "1", "850440", "17.1", "USD/H87", "67.7", "107", "85.1", "0");

        assertThat(english).contains("850440", "17.1 USD/piece", "67.7", "at or below the lowest reference value").doesNotContain("{");
        assertThat(chinese).contains("850440", "17.1 USD/件", "不高于参考值中的最低值").doesNotContain("{");
    }

    @Test
    void messagesNameThePercentileBetweenTheExtremes() {
        String middle = Messages.get(Messages.ENGLISH, UnitValueOutlier.DEFINITION.messageKey(),
                "020220260001234567", "1", "850440", "17.1", "USD/KGM", "67.7", "107", "85.1", "12");
        String top = Messages.get(Messages.CHINESE, UnitValueOutlier.DEFINITION.messageKey(),
                "020220260001234567", "1", "850440", "170", "USD/KGM", "67.7", "107", "85.1", "100");

        assertThat(middle).contains("17.1 USD/kg", "about percentile 12");
        assertThat(top).contains("170 USD/千克", "不低于参考值中的最高值");
    }

    @Test
    void valueDensityCountsOneLine() {
        String english = Messages.get(Messages.ENGLISH, ValueDensity.DEFINITION.messageKey(),
                "8504", "25.33", "USD/KGM", "28.94", "80.43", "50.10", "0", "1");

        assertThat(english).contains("(1 line)").doesNotContain("lines");
    }

    @Test
    void showLikeKeepsTheDecimalsOfTheMedian() {
        BigDecimal median = new BigDecimal("85.145");

        assertThat(Decimals.showLike(new BigDecimal("67.7324"), median)).isEqualTo("67.73");
        assertThat(Decimals.showLike(new BigDecimal("107.073"), median)).isEqualTo("107.07");
        assertThat(Decimals.showLike(median, median)).isEqualTo("85.15");
        assertThat(Decimals.showLike(new BigDecimal("1.714285714"), new BigDecimal("4.295"))).isEqualTo("1.714");
        assertThat(Decimals.showLike(new BigDecimal("168"), new BigDecimal("406.9"))).isEqualTo("168.0");
        assertThat(Decimals.showLike(new BigDecimal("0.0123456"), new BigDecimal("0.0125"))).isEqualTo("0.01235");
    }
}
