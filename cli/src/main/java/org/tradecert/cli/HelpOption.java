package org.tradecert.cli;

import picocli.CommandLine.Option;

/**
 * The {@code -h, --help} option of a subcommand. Subcommands do not take the standard
 * {@code -V, --version} option, because several of them have a {@code --version} of their own
 * (the release of a document type or code list); the version of the tool is on the root command.
 */
public final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "mixinStandardHelpOptions.help")
    private boolean help;
}
