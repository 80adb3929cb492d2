package org.tradecert.cli.envelope;

import org.tradecert.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tradecert envelope}: looks into submission envelopes. */
@Command(name = "envelope", subcommands = {EnvelopeInspectCommand.class})
public final class EnvelopeCommand {

    @Mixin
    private HelpOption help;
}
