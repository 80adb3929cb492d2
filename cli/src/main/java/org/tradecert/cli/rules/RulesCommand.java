package org.tradecert.cli.rules;

import org.tradecert.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tradecert rules}: the rule catalogue, every check with its id, layer, severity and texts. */
@Command(name = "rules", subcommands = {RulesListCommand.class, RulesExplainCommand.class, RulesTestCommand.class})
public final class RulesCommand {

    @Mixin
    private HelpOption help;
}
