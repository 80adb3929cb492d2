package org.tradecert.cli.sandbox;

import org.tradecert.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tradecert sandbox}: a demo consortium with its CA, participants, registry and ledger. */
@Command(name = "sandbox", subcommands = {SandboxInitCommand.class, SandboxIssueCommand.class, SandboxRevokeCommand.class})
public final class SandboxCommand {

    @Mixin
    private HelpOption help;
}
