package org.tradecert.hostile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.ProjectPaths;
import org.tradecert.api.DocumentResult;
import org.tradecert.engine.Validator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradecert.hostile.Outcomes.CONFORMANT;
import static org.tradecert.hostile.Outcomes.assertNoLeak;
import static org.tradecert.hostile.Outcomes.assertOutcome;
import static org.tradecert.hostile.Outcomes.validateAll;

/**
 * Runs every hostile input of the XML, JSON and file-handling items, interleaved with the valid
 * example documents, through one run of the engine. Each input gets one result, in input order:
 * each hostile input its own outcome, and each valid example no finding at all. No connection
 * reaches the canary, and no content of the secret file reaches a result.
 */
class HostileMixedRunTest {

    @TempDir
    Path temp;

    @Test
    void hostileAndValidInputsInOneRun() throws Exception {
        try (Canary canary = Canary.start()) {
            Consortium consortium = Consortium.create(temp.resolve("consortium"));
            List<HostileInputs.Case> hostile = new HostileInputs(temp.resolve("inputs"), canary).all(consortium);
            List<Path> valid = new ArrayList<>(ProjectPaths.files(ProjectPaths.examples().resolve("documents/valid"), ".xml", ".json"));
            assertThat(valid).as("valid examples").hasSizeGreaterThan(40);

            List<Path> paths = new ArrayList<>();
            List<HostileInputs.Case> expected = new ArrayList<>();
            int next = 0;
            for (HostileInputs.Case item : hostile) {
                paths.add(item.input());
                expected.add(item);
                if (next < valid.size()) {
                    paths.add(valid.get(next++));
                    expected.add(null);
                }
            }
            while (next < valid.size()) {
                paths.add(valid.get(next++));
                expected.add(null);
            }

            List<DocumentResult> results = validateAll(Validator.builder().registry(consortium.registry()).build(), paths);

            assertThat(results).as("one result per input").hasSameSizeAs(paths);
            for (int i = 0; i < paths.size(); i++) {
                DocumentResult result = results.get(i);
                assertThat(result.index()).isEqualTo(i);
                assertThat(result.source()).as("result " + i + " in input order").startsWith(paths.get(i).toString());
                if (expected.get(i) == null) {
                    assertOutcome(result, CONFORMANT);
                } else {
                    assertOutcome(result, expected.get(i).exitCode(), expected.get(i).ruleIds().toArray(String[]::new));
                }
                assertNoLeak(result, HostileInputs.SECRET);
            }
            assertThat(canary.connections()).as("connections to the loopback canary").isZero();
        }
    }
}
