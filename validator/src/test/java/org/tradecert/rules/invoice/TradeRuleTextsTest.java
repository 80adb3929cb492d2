package org.tradecert.rules.invoice;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tradecert.api.Layer;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.declaration.DeclarationRules;
import org.tradecert.rules.payment.PaymentAdviceRules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue entries and the English and Chinese texts of the invoice, declaration and payment advice rules. */
class TradeRuleTextsTest {

    private static final Map<String, String> TYPE_OF_PREFIX = Map.of(
            "INV-", "commercial-invoice", "DECL-", "goods-declaration", "PAY-", "payment-advice");
    private static final Object[] ARGUMENTS = {"A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7"};

    @Test
    void enoughRulesPerType() {
        assertThat(InvoiceRules.all()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(DeclarationRules.all()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(PaymentAdviceRules.all()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyRuleInStandardCatalogue() {
        for (DocumentRule<?> rule : RuleHarness.tradeRules()) {
            assertThat(RuleCatalogue.standard().find(rule.definition().id())).as(rule.definition().id()).contains(rule.definition());
        }
    }

    @TestFactory
    Stream<DynamicTest> definitionsAndTexts() {
        return RuleHarness.tradeRules().stream().map(rule -> DynamicTest.dynamicTest(rule.definition().id(), () -> {
            RuleDefinition definition = rule.definition();
            String prefix = definition.id().substring(0, definition.id().indexOf('-') + 1);

            assertThat(definition.layer()).isEqualTo(Layer.DOCUMENT_RULES);
            assertThat(definition.documentTypes()).containsExactly(TYPE_OF_PREFIX.get(prefix));
            assertThat(definition.source()).isNotBlank();
            assertThat(rule.getClass().getField("DEFINITION").get(null)).isSameAs(definition);
            for (String key : List.of(definition.messageKey(), definition.descriptionKey())) {
                // English is the root bundle, which every language falls back to; Chinese has its own file.
                assertThat(Messages.has(key)).as("%s in English", key).isTrue();
                assertThat(Messages.hasOwn(Messages.CHINESE, key)).as("%s in Chinese", key).isTrue();
            }
            for (Locale locale : List.of(Messages.ENGLISH, Messages.CHINESE)) {
                for (String key : List.of(definition.messageKey(), definition.descriptionKey())) {
                    // An apostrophe that is not doubled would quote the rest of the text and leave placeholders unfilled.
                    assertThat(Messages.get(locale, key, ARGUMENTS)).as("%s in %s", key, locale).doesNotContainPattern("\\{[0-9]");
                }
            }
        }));
    }

    @Test
    void messagesUseTheirArguments() {
        for (DocumentRule<?> rule : RuleHarness.tradeRules()) {
            String english = Messages.get(Messages.ENGLISH, rule.definition().messageKey(), ARGUMENTS);
            String chinese = Messages.get(Messages.CHINESE, rule.definition().messageKey(), ARGUMENTS);

            // Both languages show the same values, so a reader of either can act on the finding.
            for (Object argument : ARGUMENTS) {
                assertThat(chinese.contains(argument.toString())).as("%s shows %s in Chinese as in English", rule.definition().id(), argument)
                        .isEqualTo(english.contains(argument.toString()));
            }
        }
    }

    @Test
    void ciiReasonInBothLanguages() {
        assertThat(Messages.has(LineAmountMatchesPrice.CII_REASON)).isTrue();
        assertThat(Messages.hasOwn(Messages.CHINESE, LineAmountMatchesPrice.CII_REASON)).isTrue();
    }
}
