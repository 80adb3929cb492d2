package org.tradecert.cli.codelists;

import org.tradecert.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tradecert codelists}: the code-list packs the validator checks codes against. */
@Command(name = "codelists",
        subcommands = {CodeListsListCommand.class, CodeListsImportCommand.class, CodeListsLookupCommand.class})
public final class CodeListsCommand {

    @Mixin
    private HelpOption help;
}
