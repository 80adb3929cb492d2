package org.tradecert.cli.sandbox;

import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.HelpOption;
import org.tradecert.cli.Inputs;
import org.tradecert.cli.Passwords;
import org.tradecert.cli.Times;
import org.tradecert.crypto.KeyException;
import org.tradecert.registry.Pem;
import org.tradecert.sandbox.SandboxConsortium;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;

/** {@code tradecert sandbox revoke DIR --cert C}: the sandbox CA revokes a certificate and publishes a new CRL in the registry. */
@Command(name = "revoke")
public final class SandboxRevokeCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Mixin
    private Passwords passwords;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "sandbox.param.dir")
    private Path dir;

    @Option(names = "--cert", required = true, paramLabel = "FILE", descriptionKey = "sandbox.revoke.option.cert")
    private Path cert;

    @Option(names = "--date", paramLabel = "TIME", descriptionKey = "sandbox.revoke.option.date")
    private String date;

    @Override
    public Integer call() {
        Cli cli = cli();
        Instant when = date == null ? Instant.now() : Times.parse(cli, "--date", date);
        try {
            X509Certificate certificate = Pem.certificate(new String(Inputs.read(cli, cert), StandardCharsets.US_ASCII));
            SandboxConsortium.revoke(dir, certificate, when, passwords.password(cli));
            cli.out().println(cli.text("sandbox.revoked", org.tradecert.registry.Pem.subject(certificate),
                    certificate.getSerialNumber().toString(16), when));
            return ExitCode.OK;
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.error", e.getMessage()), e);
        } catch (GeneralSecurityException | KeyException e) {
            throw new CliException(ExitCode.CONFIGURATION, cli.text("sandbox.failed", e.getMessage()), e);
        }
    }
}
