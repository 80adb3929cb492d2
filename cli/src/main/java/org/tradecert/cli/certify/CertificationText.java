package org.tradecert.cli.certify;

import com.fasterxml.jackson.databind.JsonNode;
import org.tradecert.api.Finding;
import org.tradecert.api.Severity;
import org.tradecert.cli.Cli;
import org.tradecert.cli.TextTable;
import org.tradecert.conformance.Certification;
import org.tradecert.conformance.CertificationFiles;
import org.tradecert.conformance.FindingMessages;
import org.tradecert.conformance.RuleResult;
import org.tradecert.conformance.ScenarioNames;
import org.tradecert.conformance.ScenarioResult;
import org.tradecert.conformance.ScenarioStatus;
import org.tradecert.conformance.Text;
import org.tradecert.report.ControlCharacters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The text a certification prints. It names who was certified against what, gives one line per
 * scenario with its result, the reason of a scenario that is not applicable or broke and the
 * findings of a failed one, and ends with the verdict and the files written.
 */
final class CertificationText {

    /** Display width of the result column, enough for NOT_APPLICABLE. */
    static final int STATUS_WIDTH = 15;

    /** Findings shown per failed rule; the reports hold them all. */
    private static final int MAX_FINDINGS_SHOWN = 5;

    private CertificationText() {
    }

    static void print(Cli cli, Certification certification, JsonNode core) {
        PrintWriter out = cli.out();
        JsonNode participant = core.path("participant");
        out.println(cli.text("certify.heading", name(cli, participant), participant.path("scheme").asText(),
                participant.path("organisation").asText(), Text.of("role." + participant.path("role").asText()).render(cli.locale())));
        JsonNode suite = core.path("suite");
        out.println(cli.text("certify.suite", suite.path("id").asText(), suite.path("version").asText(), suite.path("digest").asText()));
        JsonNode pack = core.path("rulePack");
        out.println(cli.text("certify.rulePack", pack.path("name").asText(), pack.path("version").asText(), pack.path("digest").asText()));
        long subjects = certification.covered().stream().filter(covered -> covered.subject()).count();
        out.println(cli.text("certify.covered", subjects, certification.covered().size() - subjects,
                certification.digestAlgorithm().jwsName(), certification.merkleRoot()));
        out.println();

        for (ScenarioResult scenario : certification.scenarios()) {
            out.println("  " + pad(status(cli, scenario.status()), STATUS_WIDTH) + " " + pad(scenario.id(), 7) + " "
                    + ScenarioNames.name(scenario, cli.locale()));
            if (scenario.status() == ScenarioStatus.FAILED) {
                failures(cli, scenario, certification.threshold());
            } else if (scenario.reason() != null) {
                out.println("                          " + ControlCharacters.escape(scenario.reason().render(cli.locale())));
            }
        }
        out.println();
        out.println(cli.text("certify.verdict", cli.text("certify.verdict." + certification.verdict().name()),
                certification.count(ScenarioStatus.PASSED), certification.count(ScenarioStatus.FAILED),
                certification.count(ScenarioStatus.NOT_APPLICABLE), certification.count(ScenarioStatus.ERROR)));
    }

    private static void failures(Cli cli, ScenarioResult scenario, Severity threshold) {
        for (RuleResult rule : scenario.rules()) {
            if (rule.status() != ScenarioStatus.FAILED) {
                continue;
            }
            List<Finding> failing = rule.findings().stream().filter(finding -> finding.severity().atLeast(threshold)).toList();
            int shown = 0;
            for (Finding finding : failing) {
                if (shown++ == MAX_FINDINGS_SHOWN) {
                    cli.out().println("                            " + cli.text("certify.moreFindings", failing.size() - MAX_FINDINGS_SHOWN));
                    break;
                }
                cli.out().println("                          " + rule.ruleId() + "  " + FindingMessages.location(finding));
                cli.out().println("                            " + FindingMessages.message(finding, cli.locale()));
            }
        }
    }

    /** The files written and where the certificate is, or why there is none. */
    static void files(Cli cli, Path out, Path certificate, Instant expires) {
        if (certificate != null) {
            cli.out().println(cli.text("certify.certificate", certificate, expires));
        } else {
            cli.out().println(cli.text("certify.unsigned"));
        }
        List<String> reports = new ArrayList<>();
        reports.add(out.resolve(CertificationFiles.REPORT).toString());
        reports.add(out.resolve(CertificationFiles.SARIF).toString());
        reports.add(out.resolve(CertificationFiles.HTML).toString());
        CertificationFiles.cucumberReports(out).forEach(path -> reports.add(path.toString()));
        cli.out().println(cli.text("certify.reports", String.join(", ", reports)));
    }

    /** Text padded with spaces to a display width, counting an East Asian wide character as two columns. */
    static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - TextTable.width(text)));
    }

    static String status(Cli cli, ScenarioStatus status) {
        return Text.of("status." + status.label()).render(cli.locale());
    }

    /** The problems of a certification that could not run, one per line. */
    static String problems(Cli cli, List<Text> texts) {
        StringBuilder message = new StringBuilder();
        for (Text text : texts) {
            if (message.length() > 0) {
                message.append(System.lineSeparator());
            }
            message.append(ControlCharacters.escape(text.render(cli.locale())));
        }
        return message.toString();
    }

    static String name(Cli cli, JsonNode participant) {
        JsonNode name = participant.path("name");
        String text = cli.locale().getLanguage().equals("zh") ? name.path("zh").asText("") : name.path("en").asText("");
        return text.isEmpty() ? participant.path("organisation").asText() : ControlCharacters.escape(text);
    }
}
