package org.tradecert.cli;

import org.tradecert.cli.codelists.CodeListsCommand;
import org.tradecert.cli.envelope.EnvelopeCommand;
import org.tradecert.cli.envelope.SignCommand;
import org.tradecert.cli.envelope.SubmitCommand;
import org.tradecert.cli.keys.KeysCommand;
import org.tradecert.cli.ledger.LedgerCommand;
import org.tradecert.cli.rules.RulesCommand;
import org.tradecert.cli.sandbox.SandboxCommand;
import org.tradecert.cli.schema.SchemaCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** The {@code tradecert} command: the subcommands and the options every subcommand takes. */
@Command(name = "tradecert",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {ValidateCommand.class, RulesCommand.class, SchemaCommand.class, ConvertCommand.class, CodeListsCommand.class, SandboxCommand.class, KeysCommand.class,
                SignCommand.class, SubmitCommand.class, LedgerCommand.class, EnvelopeCommand.class,
                org.tradecert.cli.crosscheck.CrosscheckCommand.class})
public final class TradecertCommand implements Callable<Integer> {

    private final Cli cli;

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "en|zh-CN", descriptionKey = "option.lang")
    private String lang;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, descriptionKey = "option.verbose")
    private boolean verbose;

    public TradecertCommand(Cli cli) {
        this.cli = cli;
    }

    public Cli cli() {
        return cli;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(cli.out());
        return ExitCode.USAGE;
    }
}
