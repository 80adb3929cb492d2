package org.tradecert.examples.ledgers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tradecert.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One {@code tradecert validate} run over a ledger in this JVM, with the findings of its JSON report. */
record LedgerRun(int exitCode, List<ReportedFinding> findings, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A finding as the JSON report gives it.
     *
     * @param submissions the submission id of the finding's location and of each piece of evidence
     */
    record ReportedFinding(String ruleId, String layer, String severity, String source, List<String> submissions, int evidence) {
    }

    /** Validates the ledger with the given threshold and reads the findings back from the JSON report. */
    static LedgerRun validate(Path ledger, Path workDir, String failOn) {
        Path report = workDir.resolve("report-" + failOn + ".json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"validate", ledger.toString(), "--lang", "en", "--fail-on", failOn, "--format", "json=" + report},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            JsonNode tree = JSON.readTree(Files.readAllBytes(report));
            List<ReportedFinding> findings = new ArrayList<>();
            for (JsonNode result : tree.path("results")) {
                for (JsonNode finding : result.path("findings")) {
                    List<String> submissions = new ArrayList<>();
                    submissions.add(finding.path("location").path("submissionId").asText(null));
                    for (JsonNode evidence : finding.path("evidence")) {
                        submissions.add(evidence.path("location").path("submissionId").asText(null));
                    }
                    findings.add(new ReportedFinding(finding.path("ruleId").asText(), finding.path("layer").asText(),
                            finding.path("severity").asText(), result.path("source").asText(), submissions, finding.path("evidence").size()));
                }
            }
            return new LedgerRun(code, findings, err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the JSON report of " + ledger + " cannot be read: " + err.toString(StandardCharsets.UTF_8), e);
        }
    }

    List<String> ruleIds() {
        return findings.stream().map(ReportedFinding::ruleId).distinct().sorted().toList();
    }
}
