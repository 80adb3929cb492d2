package org.tradecert.cli.keys;

import org.tradecert.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tradecert keys}: signing keys and certificate signing requests. */
@Command(name = "keys", subcommands = {KeysGenerateCommand.class, KeysCsrCommand.class})
public final class KeysCommand {

    @Mixin
    private HelpOption help;
}
