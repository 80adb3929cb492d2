package org.tradecert.crossdoc.history;

import org.junit.jupiter.api.Test;
import org.tradecert.ProjectPaths;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.LayerStatus;
import org.tradecert.api.Layer;
import org.tradecert.api.RuleOutcome;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.risk.RiskRules;
import org.tradecert.engine.Validator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The history rules and risk indicators run by the engine over the example ledgers: none fails or breaks, twice in a row. */
class ExampleLedgersTest {

    private static final Set<String> IDS = Stream.concat(HistoryRules.all().stream(), RiskRules.all().stream())
            .map(CrossDocumentRule::definition).map(definition -> definition.id()).collect(Collectors.toSet());

    private static List<DocumentResult> transactions(Validator validator, Path ledger) {
        List<DocumentResult> results = new ArrayList<>();
        validator.validatePaths(List.of(ledger), result -> {
            if (Validator.TRANSACTION_TYPE.equals(result.documentType())) {
                results.add(result);
            }
        });
        return results;
    }

    @Test
    void exampleLedgersPassOrAreNotApplicable() {
        Validator validator = Validator.builder().build();
        for (String name : List.of("sea-ok", "air-ok")) {
            Path ledger = ProjectPaths.examples().resolve("ledgers").resolve(name);
            for (int run = 0; run < 2; run++) {
                List<DocumentResult> results = transactions(validator, ledger);

                assertThat(results).as(name).isNotEmpty();
                for (DocumentResult result : results) {
                    assertThat(result.findings()).as(result.source()).noneMatch(finding -> IDS.contains(finding.ruleId()));
                    List<RuleOutcome> ours = result.rules().stream().filter(outcome -> IDS.contains(outcome.ruleId())).toList();
                    assertThat(ours).as(result.source()).hasSize(IDS.size());
                    assertThat(ours).as(result.source()).allMatch(outcome -> outcome.status() == RuleOutcome.Status.PASSED
                            || outcome.status() == RuleOutcome.Status.NOT_APPLICABLE);
                    assertThat(result.layer(Layer.CROSS_DOCUMENT).status()).isNotEqualTo(LayerStatus.ERROR);
                    assertThat(result.layer(Layer.RISK).status()).isNotEqualTo(LayerStatus.ERROR);
                }
            }
        }
    }
}
