package org.tradecert.cli.codelists;

import picocli.CommandLine.Command;

/** {@code tradecert codelists}: the code-list packs the validator checks codes against. */
@Command(name = "codelists",
        mixinStandardHelpOptions = true,
        subcommands = {CodeListsListCommand.class, CodeListsImportCommand.class, CodeListsLookupCommand.class})
public final class CodeListsCommand {
}
