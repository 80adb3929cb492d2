package org.tradecert.cli.sandbox;

import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.HelpOption;
import org.tradecert.cli.Passwords;
import org.tradecert.cli.Times;
import org.tradecert.crypto.KeyException;
import org.tradecert.sandbox.SandboxConsortium;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;

/**
 * {@code tradecert sandbox issue DIR --role R}: the sandbox CA issues a further certificate for a
 * participant's key with the validity given, and registers it; for trying out expired certificates.
 */
@Command(name = "issue")
public final class SandboxIssueCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Mixin
    private Passwords passwords;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "sandbox.param.dir")
    private Path dir;

    @Option(names = "--role", required = true, paramLabel = "ROLE", descriptionKey = "sandbox.issue.option.role")
    private String role;

    @Option(names = "--not-before", required = true, paramLabel = "TIME", descriptionKey = "sandbox.issue.option.notBefore")
    private String notBefore;

    @Option(names = "--not-after", required = true, paramLabel = "TIME", descriptionKey = "sandbox.issue.option.notAfter")
    private String notAfter;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "sandbox.issue.option.out")
    private Path out;

    @Override
    public Integer call() {
        Cli cli = cli();
        try {
            X509Certificate certificate = SandboxConsortium.issue(dir, role, Times.parse(cli, "--not-before", notBefore),
                    Times.parse(cli, "--not-after", notAfter), out, passwords.password(cli));
            cli.out().println(cli.text("sandbox.issued", out, org.tradecert.registry.Pem.subject(certificate),
                    certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant()));
            return ExitCode.OK;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CliException(ExitCode.USAGE, cli.text("sandbox.noRole", role, dir), e);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.error", e.getMessage()), e);
        } catch (GeneralSecurityException | KeyException e) {
            throw new CliException(ExitCode.CONFIGURATION, cli.text("sandbox.failed", e.getMessage()), e);
        }
    }
}
