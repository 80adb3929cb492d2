package org.tradecert.cli.ledger;

import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.ledger.BlockSource;
import org.tradecert.ledger.LedgerException;
import org.tradecert.ledger.LedgerExport;
import org.tradecert.ledger.SandboxLedger;

import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a ledger given on the command line: a sandbox ledger folder or an export file. */
public final class Ledgers {

    private Ledgers() {
    }

    public static BlockSource open(Cli cli, Path path) {
        try {
            if (Files.isDirectory(path)) {
                if (!SandboxLedger.isLedger(path) && SandboxLedger.isLedger(path.resolve("ledger"))) {
                    return SandboxLedger.open(path.resolve("ledger"));
                }
                return SandboxLedger.open(path);
            }
            if (Files.isRegularFile(path)) {
                return LedgerExport.open(path);
            }
        } catch (LedgerException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, e.getMessage(), e);
        }
        throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.notFound", path));
    }
}
