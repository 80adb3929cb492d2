package org.tradecert.crossdoc.history;

import org.junit.jupiter.api.Test;
import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.CrossDocumentRules;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The history rules as the catalogue lists them: registered, in layer 8, with texts in English (the root bundles) and Chinese. */
class HistoryRulesTest {

    @Test
    void everyRuleIsRegistered() {
        assertThat(CrossDocumentRules.all()).containsAll(HistoryRules.all());
        for (CrossDocumentRule rule : HistoryRules.all()) {
            assertThat(RuleCatalogue.standard().find(rule.definition().id())).as(rule.definition().id()).isPresent();
        }
    }

    @Test
    void everyRuleIsAnErrorOfLayerEight() {
        for (CrossDocumentRule rule : HistoryRules.all()) {
            RuleDefinition definition = rule.definition();
            assertThat(definition.layer()).as(definition.id()).isEqualTo(Layer.CROSS_DOCUMENT);
            assertThat(definition.severity()).as(definition.id()).isEqualTo(Severity.ERROR);
            assertThat(definition.id()).startsWith("XDOC-HIST-");
        }
    }

    @Test
    void everyTextExistsInBothLanguages() {
        for (CrossDocumentRule rule : HistoryRules.all()) {
            for (String key : List.of(rule.definition().messageKey(), rule.definition().descriptionKey())) {
                assertThat(Messages.has(key)).as(key).isTrue();
                assertThat(Messages.hasOwn(Messages.CHINESE, key)).as(key).isTrue();
            }
        }
        for (String key : List.of("outcome.no-cancellation", "outcome.no-amendment")) {
            assertThat(Messages.has(key)).as(key).isTrue();
            assertThat(Messages.hasOwn(Messages.CHINESE, key)).as(key).isTrue();
        }
    }

    @Test
    void messagesFormatWithTheirArguments() {
        String english = Messages.get(Messages.ENGLISH, TransportEventOrder.DEFINITION.messageKey(),
                "DISC", "2026-10-11T12:00:00+08:00", "CNTXG", "LOAD", "2026-10-11T13:05:00+08:00", "CNTXG", "BOHU1024615");
        String chinese = Messages.get(Messages.CHINESE, TransportEventOrder.DEFINITION.messageKey(),
                "DISC", "2026-10-11T12:00:00+08:00", "CNTXG", "LOAD", "2026-10-11T13:05:00+08:00", "CNTXG", "BOHU1024615");

        assertThat(english).contains("DISC", "BOHU1024615", "LOAD").doesNotContain("{");
        assertThat(chinese).contains("DISC", "BOHU1024615", "事件").doesNotContain("{");
    }
}
