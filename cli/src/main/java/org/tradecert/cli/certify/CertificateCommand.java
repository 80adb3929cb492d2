package org.tradecert.cli.certify;

import org.tradecert.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tradecert certificate}: works with conformance certificates. */
@Command(name = "certificate", subcommands = {CertificateVerifyCommand.class})
public final class CertificateCommand {

    @Mixin
    private HelpOption help;
}
