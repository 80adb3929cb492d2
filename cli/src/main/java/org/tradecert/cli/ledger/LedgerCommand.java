package org.tradecert.cli.ledger;

import org.tradecert.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tradecert ledger}: checks and exports the sandbox ledger. */
@Command(name = "ledger", subcommands = {LedgerInitCommand.class, LedgerVerifyCommand.class, LedgerExportCommand.class})
public final class LedgerCommand {

    @Mixin
    private HelpOption help;
}
