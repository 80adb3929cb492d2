package org.tradecert.cli.certify;

import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.Inputs;

import java.nio.file.Path;

/**
 * Reads the files that configure a certification or a verification: signing key, certificate
 * chain, trust anchors and revocation lists. A missing or unreadable one is a configuration
 * error (exit code 3), like a missing network registry. Exit code 4 stays for the submissions
 * and the output folder.
 */
final class ConfigurationFiles {

    private ConfigurationFiles() {
    }

    static byte[] read(Cli cli, Path file) {
        try {
            return Inputs.read(cli, file);
        } catch (CliException e) {
            throw new CliException(ExitCode.CONFIGURATION, e.getMessage(), e);
        }
    }
}
