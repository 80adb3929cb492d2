package org.tradecert.cli.ledger;

import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.HelpOption;
import org.tradecert.cli.Inputs;
import org.tradecert.ledger.BlockSource;
import org.tradecert.ledger.LedgerException;
import org.tradecert.ledger.LedgerExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;

/** {@code tradecert ledger export}: the whole ledger as one portable file that verify and validate read. */
@Command(name = "export")
public final class LedgerExportCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "ledger.param.ledgerDir")
    private Path path;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "ledger.export.option.out")
    private Path out;

    @Override
    public Integer call() {
        Cli cli = cli();
        try (BlockSource source = Ledgers.open(cli, path)) {
            long blocks = LedgerExport.write(source, out);
            cli.out().println(cli.text("ledger.export.done", source.label(), blocks, out));
            return ExitCode.OK;
        } catch (LedgerException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.cannotWrite", out, Inputs.reason(e)), e);
        }
    }
}
