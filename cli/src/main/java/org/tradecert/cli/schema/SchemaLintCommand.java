package org.tradecert.cli.schema;

import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.HelpOption;
import org.tradecert.schema.governance.GovernanceFinding;
import org.tradecert.schema.governance.Texts;
import org.tradecert.schema.lint.Lint;
import org.tradecert.schema.source.ReleaseEntry;
import org.tradecert.schema.source.ReleaseLocator;
import org.tradecert.schema.source.SchemaLoadException;
import org.tradecert.schema.source.SchemaRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code tradecert schema lint [RELEASE...]}: naming and design rules on models and generated schemas; exit 1 on any finding. */
@Command(name = "lint")
public final class SchemaLintCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    enum Format { text, json }

    @Parameters(arity = "0..*", paramLabel = "RELEASE", descriptionKey = "schema.lint.param.release")
    private List<String> operands = new ArrayList<>();

    @Option(names = "--tree", paramLabel = "DIR", descriptionKey = "schema.governance.option.tree")
    private Path tree;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "option.format.textJson")
    private Format format;

    @Override
    public Integer call() {
        Cli cli = cli();
        try {
            List<GovernanceFinding> findings = new ArrayList<>();
            int releases = 0;
            // In a checkout of the standard, lint what the committee edits (the model files and the
            // generated schema tree), not the copy built into this tool.
            Path repositoryTree = Path.of("schemas/src/main/resources/org/tradecert/schemas");
            if (operands.isEmpty() && tree == null && java.nio.file.Files.isDirectory(Path.of("schemas/model"))) {
                operands = List.of("schemas/model");
                tree = java.nio.file.Files.isDirectory(repositoryTree) ? repositoryTree : null;
            }
            if (operands.isEmpty()) {
                SchemaRepository repository = ReleaseLocator.repository(tree);
                for (ReleaseEntry entry : repository.entries()) {
                    findings.addAll(Lint.check(repository.load(entry.module(), entry.version())));
                    releases++;
                }
            }
            for (String operand : operands) {
                ReleaseLocator.Selection selection = ReleaseLocator.open(operand, tree, null);
                for (ReleaseEntry entry : selection.releases()) {
                    findings.addAll(Lint.check(selection.repository().load(entry.module(), entry.version())));
                    releases++;
                }
            }
            boolean failing = !findings.isEmpty();
            if (format == Format.json) {
                cli.out().print(GovernanceOutput.json(findings, "tradecert-schema-lint/1", failing));
            } else {
                cli.out().print(GovernanceOutput.text(cli, findings));
                cli.out().println(failing ? Texts.get(cli.locale(), "lint.failed", findings.size(), releases)
                        : Texts.get(cli.locale(), "lint.ok", releases, Lint.rules().size()));
            }
            return failing ? ExitCode.NON_CONFORMANT : ExitCode.OK;
        } catch (SchemaLoadException e) {
            throw GovernanceOutput.loadFailure(cli, e);
        } catch (IOException e) {
            throw GovernanceOutput.ioFailure(cli, e);
        }
    }
}
