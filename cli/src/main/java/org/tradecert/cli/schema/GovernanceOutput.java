package org.tradecert.cli.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.schema.generate.JsonText;
import org.tradecert.schema.governance.GovernanceFinding;
import org.tradecert.schema.governance.Texts;
import org.tradecert.schema.source.SchemaLoadException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Output and error handling shared by the governance commands (diff, release-check, lint, docs). */
final class GovernanceOutput {

    private GovernanceOutput() {
    }

    /** Writes to the file, or to standard output when there is none. */
    static void emit(Cli cli, Path out, String text) {
        if (out == null) {
            cli.out().print(text);
            cli.out().flush();
            return;
        }
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.error", e.getMessage()), e);
        }
    }

    static CliException loadFailure(Cli cli, SchemaLoadException e) {
        return new CliException(ExitCode.CONFIGURATION, e.text().in(cli.locale()), e);
    }

    static CliException ioFailure(Cli cli, IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return new CliException(ExitCode.INPUT_OUTPUT, cli.text("governance.noSuchFile", missing.getFile()), e);
        }
        return new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.error", e.getMessage()), e);
    }

    static String text(Cli cli, List<GovernanceFinding> findings) {
        StringBuilder out = new StringBuilder();
        for (GovernanceFinding finding : findings) {
            out.append(Texts.get(cli.locale(), finding.error() ? "severity.ERROR" : "severity.WARNING").toUpperCase(java.util.Locale.ROOT))
                    .append(' ').append(finding.ruleId()).append("  ").append(finding.module()).append(' ').append(finding.version())
                    .append('\n').append("    ").append(finding.text().in(cli.locale())).append('\n');
            for (String detail : finding.details()) {
                out.append("      - ").append(detail).append('\n');
            }
        }
        return out.toString();
    }

    static String json(List<GovernanceFinding> findings, String format, boolean failing) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", format);
        root.put("failing", failing);
        ArrayNode list = root.putArray("findings");
        for (GovernanceFinding finding : findings) {
            ObjectNode node = list.addObject();
            node.put("rule", finding.ruleId());
            node.put("severity", finding.error() ? "error" : "warning");
            node.put("module", finding.module());
            node.put("version", finding.version());
            node.put("place", finding.place());
            node.put("message", finding.text().in(Texts.ENGLISH));
            node.put("messageZh", finding.text().in(Texts.CHINESE));
            ArrayNode details = node.putArray("details");
            finding.details().forEach(details::add);
        }
        return JsonText.write(root);
    }
}
