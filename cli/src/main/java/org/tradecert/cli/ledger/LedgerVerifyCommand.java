package org.tradecert.cli.ledger;

import org.tradecert.api.Finding;
import org.tradecert.api.Severity;
import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.FindingText;
import org.tradecert.cli.HelpOption;
import org.tradecert.cli.Registries;
import org.tradecert.ledger.BlockSource;
import org.tradecert.ledger.LedgerVerifier;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.schema.catalog.SchemaCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code tradecert ledger verify}: hash chain, Merkle roots, operator signatures and every submission on the ledger. */
@Command(name = "verify")
public final class LedgerVerifyCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "DIR|EXPORT", descriptionKey = "ledger.param.ledger")
    private Path path;

    @Option(names = "--registry", paramLabel = "FILE", descriptionKey = "ledger.option.registry")
    private Path registryFile;

    @Override
    public Integer call() throws IOException {
        Cli cli = cli();
        try (BlockSource source = Ledgers.open(cli, path)) {
            NetworkRegistry registry = Registries.forLedger(cli, registryFile, source.registry(), source.label());
            LedgerVerifier.Report report = new LedgerVerifier(registry, SchemaCatalog.bundled()).verify(source, null);
            List<Finding> findings = report.findings();

            FindingText.print(cli.out(), findings, cli.locale());
            boolean failing = FindingText.failing(findings, Severity.ERROR);
            cli.out().println(cli.text(failing ? "ledger.verify.failed" : "ledger.verify.passed", source.label(), report.blocks(),
                    report.submissions(), findings.size(), registry.digest().substring(0, 16)));
            return failing ? ExitCode.NON_CONFORMANT : ExitCode.OK;
        }
    }
}
