package org.tradecert.rules.common;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tradecert.ProjectPaths;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerStatus;
import org.tradecert.api.RuleOutcome;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The valid example shipments, XML and JSON, give no finding from any transport or shared rule, and every such rule ran on them. */
class ValidExamplesPassTransportRulesTest {

    @TestFactory
    Stream<DynamicTest> validExamplesHaveNoTransportFinding() {
        List<Path> files = ProjectPaths.files(ProjectPaths.examples().resolve("documents/valid"), ".xml", ".json");
        assertThat(files).as("valid examples").hasSizeGreaterThanOrEqualTo(2 * 8);
        Set<String> ids = RuleHarness.transportRuleIds();
        return files.stream().map(file -> DynamicTest.dynamicTest(ProjectPaths.examples().relativize(file).toString(), () -> {
            DocumentResult result = RuleHarness.validate(file);

            assertThat(result.layer(Layer.DOCUMENT_RULES).status()).as("document rules layer").isEqualTo(LayerStatus.VALID);
            assertThat(RuleHarness.transportFindings(result)).as("findings of the transport and shared rules").isEmpty();
            assertThat(result.rules().stream().filter(outcome -> ids.contains(outcome.ruleId())).map(RuleOutcome::status))
                    .as("outcomes of the transport and shared rules")
                    .isNotEmpty()
                    .allMatch(status -> status == RuleOutcome.Status.PASSED || status == RuleOutcome.Status.NOT_APPLICABLE);
        }));
    }
}
