package org.tradecert.cli.schema;

import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.HelpOption;
import org.tradecert.schema.diff.AllowList;
import org.tradecert.schema.governance.Texts;
import org.tradecert.schema.release.ReleaseCheck;
import org.tradecert.schema.source.SchemaLoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** {@code tradecert schema release-check}: the declared versions of the models against the changes since the last release. */
@Command(name = "release-check")
public final class SchemaReleaseCheckCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    enum Format { text, json }

    @Option(names = "--model", paramLabel = "DIR", defaultValue = "schemas/model", descriptionKey = "schema.build.option.model")
    private Path model;

    @Option(names = "--tree", paramLabel = "DIR", defaultValue = "schemas/src/main/resources/org/tradecert/schemas",
            descriptionKey = "schema.build.option.out")
    private Path tree;

    @Option(names = "--allowlist", paramLabel = "FILE", descriptionKey = "schema.diff.option.allowlist")
    private Path allowList;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "schema.governance.option.date")
    private LocalDate date;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "option.format.textJson")
    private Format format;

    @Override
    public Integer call() {
        Cli cli = cli();
        if (!Files.isDirectory(model)) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("schema.build.noModel", model.toAbsolutePath()));
        }
        try {
            AllowList allowed = allowList == null ? AllowList.empty() : AllowList.read(allowList);
            ReleaseCheck.Report report = ReleaseCheck.run(model, tree, allowed, date == null ? LocalDate.now() : date);
            if (format == Format.json) {
                cli.out().print(GovernanceOutput.json(report.findings(), "tradecert-release-check/1", report.failing()));
            } else {
                cli.out().print(GovernanceOutput.text(cli, report.findings()));
                long errors = report.findings().stream().filter(f -> f.error()).count();
                cli.out().println(report.failing() ? Texts.get(cli.locale(), "release.failed", errors)
                        : Texts.get(cli.locale(), "release.ok", countModules(), report.verdicts().size()));
            }
            return report.failing() ? ExitCode.NON_CONFORMANT : ExitCode.OK;
        } catch (SchemaLoadException e) {
            throw GovernanceOutput.loadFailure(cli, e);
        } catch (IOException e) {
            throw GovernanceOutput.ioFailure(cli, e);
        }
    }

    private long countModules() throws IOException {
        try (var files = Files.list(model)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).count();
        }
    }
}
