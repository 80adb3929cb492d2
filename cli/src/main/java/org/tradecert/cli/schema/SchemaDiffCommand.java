package org.tradecert.cli.schema;

import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.HelpOption;
import org.tradecert.schema.diff.AllowList;
import org.tradecert.schema.diff.DiffGate;
import org.tradecert.schema.diff.DiffResult;
import org.tradecert.schema.diff.DiffRun;
import org.tradecert.schema.diff.DiffWriter;
import org.tradecert.schema.diff.Mode;
import org.tradecert.schema.source.ReleaseLocator;
import org.tradecert.schema.source.SchemaLoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code tradecert schema diff OLD NEW}: every change between two releases with its catalogue
 * kind, class, place in both syntaxes and the version increment it needs; exit 1 when a change
 * needs more than the release's version number gives (or reaches {@code --fail-on}).
 */
@Command(name = "diff")
public final class SchemaDiffCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    enum Threshold { error, warning, info }

    enum Format { text, json, sarif, markdown, allowlist }

    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "schema.diff.param.old")
    private String oldOperand;

    @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "schema.diff.param.new")
    private String newOperand;

    @Option(names = "--tree", paramLabel = "DIR", descriptionKey = "schema.governance.option.tree")
    private Path tree;

    @Option(names = "--type", paramLabel = "TYPE", descriptionKey = "schema.diff.option.type")
    private String type;

    @Option(names = "--mode", defaultValue = "producer", paramLabel = "producer|consumer|full", descriptionKey = "schema.diff.option.mode")
    private Mode mode;

    @Option(names = "--transitive", descriptionKey = "schema.diff.option.transitive")
    private boolean transitive;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "error|warning|info", descriptionKey = "schema.diff.option.failOn")
    private Threshold failOn;

    @Option(names = "--allowlist", paramLabel = "FILE", descriptionKey = "schema.diff.option.allowlist")
    private Path allowList;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "schema.governance.option.date")
    private LocalDate date;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|sarif|markdown|allowlist", descriptionKey = "schema.diff.option.format")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "schema.governance.option.out")
    private Path out;

    @Override
    public Integer call() {
        Cli cli = cli();
        try {
            AllowList allowed = allowList == null ? AllowList.empty() : AllowList.read(allowList);
            ReleaseLocator.Selection before = ReleaseLocator.open(oldOperand, tree, type);
            ReleaseLocator.Selection after = ReleaseLocator.open(newOperand, tree, type);
            List<DiffResult> results = DiffRun.run(before, after, transitive);
            DiffGate.Verdict verdict = DiffGate.judge(results, mode, transitive, allowed, date == null ? LocalDate.now() : date);
            GovernanceOutput.emit(cli, out, new DiffWriter(cli.locale()).write(verdict, DiffWriter.Format.valueOf(format.name().toUpperCase())));
            return verdict.failing(DiffGate.Severity.valueOf(failOn.name().toUpperCase())) ? ExitCode.NON_CONFORMANT : ExitCode.OK;
        } catch (SchemaLoadException e) {
            throw GovernanceOutput.loadFailure(cli, e);
        } catch (IOException e) {
            throw GovernanceOutput.ioFailure(cli, e);
        }
    }
}
