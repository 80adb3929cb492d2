package org.tradecert.cli.certify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.api.Severity;
import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.HelpOption;
import org.tradecert.cli.Inputs;
import org.tradecert.cli.Passwords;
import org.tradecert.cli.Registries;
import org.tradecert.cli.Times;
import org.tradecert.cli.codelists.CodeListDirectories;
import org.tradecert.conformance.Certification;
import org.tradecert.conformance.CertificationException;
import org.tradecert.conformance.CertificationFiles;
import org.tradecert.conformance.CertificationRequest;
import org.tradecert.conformance.Certifier;
import org.tradecert.conformance.Role;
import org.tradecert.conformance.certificate.CertificateCore;
import org.tradecert.conformance.certificate.CertificateException;
import org.tradecert.conformance.certificate.CertificateSigner;
import org.tradecert.crypto.KeyException;
import org.tradecert.crypto.Keys;
import org.tradecert.registry.Pem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code tradecert certify}: runs a role's conformance suite over one participant's submissions
 * in this process, writes Cucumber's reports and tradecert's into the output folder, and signs
 * the conformance certificate when a key is given. The exit code is the verdict's: 0 conformant,
 * 1 non-conformant, 5 incomplete; 2, 3 and 4 for usage, configuration and input problems.
 */
@Command(name = "certify")
public final class CertifyCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Mixin
    private Passwords passwords;

    @Option(names = "--role", required = true, paramLabel = "ROLE", descriptionKey = "certify.option.role")
    private String role;

    @Option(names = "--participant", paramLabel = "ORG", descriptionKey = "certify.option.participant")
    private String participant;

    @Option(names = "--submissions", required = true, paramLabel = "PATH", descriptionKey = "certify.option.submissions")
    private Path submissions;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "certify.option.out")
    private Path out;

    @Option(names = "--key", paramLabel = "FILE", descriptionKey = "certify.option.key")
    private Path key;

    @Option(names = "--cert", paramLabel = "FILE", descriptionKey = "certify.option.cert")
    private Path cert;

    @Option(names = "--chain", paramLabel = "FILE", descriptionKey = "certify.option.chain")
    private Path chain;

    @Option(names = "--valid-days", paramLabel = "DAYS", defaultValue = "365", descriptionKey = "certify.option.validDays")
    private int validDays;

    @Option(names = "--issued-at", paramLabel = "TIME", descriptionKey = "certify.option.issuedAt")
    private String issuedAt;

    @Option(names = "--fail-on", paramLabel = "error|warning", defaultValue = "error", descriptionKey = "certify.option.failOn")
    private String failOn;

    @Option(names = "--registry", paramLabel = "FILE", descriptionKey = "certify.option.registry")
    private Path registryFile;

    @Option(names = "--codelists", paramLabel = "DIR", descriptionKey = "option.codelists")
    private Path codelists;

    @Override
    public Integer call() {
        Cli cli = cli();
        Role certified = Role.byId(role).orElseThrow(() -> new CliException(ExitCode.USAGE, cli.text("certify.badRole", role,
                String.join(", ", Arrays.stream(Role.values()).map(Role::id).toList()))));
        Severity threshold = threshold(cli);
        if ((key == null) != (cert == null)) {
            throw new CliException(ExitCode.USAGE, cli.text("certify.keyAndCert"));
        }
        if (validDays < 1 || validDays > 3660) {
            throw new CliException(ExitCode.USAGE, cli.text("certify.badValidDays", validDays));
        }
        Instant issued = (issuedAt == null ? Instant.now() : Times.parse(cli, "--issued-at", issuedAt)).truncatedTo(ChronoUnit.SECONDS);
        Signer signer = key == null ? null : signer(cli);

        CertificationRequest request = CertificationRequest.of(certified, submissions)
                .withParticipant(participant)
                .withThreshold(threshold)
                .withCodeLists(CodeListDirectories.registry(cli, codelists))
                .withCucumberReports(out.resolve(CertificationFiles.CUCUMBER))
                .withLocale(cli.locale());
        if (registryFile != null) {
            request = request.withRegistry(Registries.load(cli, Registries.locate(cli, registryFile, null)));
        }
        createFolder(cli);
        Certification certification;
        try {
            certification = new Certifier().certify(request);
        } catch (CertificationException e) {
            throw new CliException(exitCode(e.kind()), CertificationText.problems(cli, e.texts()), e);
        }

        Instant expires = issued.plus(Duration.ofDays(validDays));
        ObjectNode core = CertificateCore.of(certification, issued, expires);
        Path certificateFile = out.resolve(CertificationFiles.CERTIFICATE);
        try {
            Files.deleteIfExists(certificateFile);
            if (signer != null) {
                Files.write(certificateFile, CertificateSigner.sign(core, signer.key(), signer.chain()));
            }
            CertificationFiles.writeReport(out, certification, core, signer != null, submissions, cli.locale());
            CertificationFiles.writeFindings(out, certification, cli.locale());
        } catch (CertificateException e) {
            throw new CliException(ExitCode.CONFIGURATION, e.text().render(cli.locale()), e);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.cannotWrite", out, Inputs.reason(e)), e);
        }

        CertificationText.print(cli, certification, core);
        CertificationText.files(cli, out, signer != null ? certificateFile : null, expires);
        return Certifier.exitCode(certification.verdict());
    }

    private Severity threshold(Cli cli) {
        return switch (failOn.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            default -> throw new CliException(ExitCode.USAGE, cli.text("certify.badFailOn", failOn));
        };
    }

    private record Signer(PrivateKey key, List<X509Certificate> chain) {
    }

    /** The signing key and certificate chain, read before anything runs so a bad key costs no certification. */
    private Signer signer(Cli cli) {
        PrivateKey privateKey;
        try {
            privateKey = Keys.readPrivateKey(new String(ConfigurationFiles.read(cli, key), StandardCharsets.US_ASCII), passwords.password(cli));
        } catch (KeyException e) {
            throw new CliException(ExitCode.CONFIGURATION, cli.text("keys.unreadable", key, e.getMessage()), e);
        }
        try {
            List<X509Certificate> certificates = new ArrayList<>(Pem.certificates(new String(ConfigurationFiles.read(cli, cert), StandardCharsets.US_ASCII)));
            if (chain != null) {
                certificates.addAll(Pem.certificates(new String(ConfigurationFiles.read(cli, chain), StandardCharsets.US_ASCII)));
            }
            if (certificates.isEmpty()) {
                throw new CliException(ExitCode.CONFIGURATION, cli.text("certify.noCertificate", cert));
            }
            return new Signer(privateKey, certificates);
        } catch (GeneralSecurityException e) {
            throw new CliException(ExitCode.CONFIGURATION, cli.text("sign.badCertificate", cert, e.getMessage()), e);
        }
    }

    private void createFolder(Cli cli) {
        for (Path existing = out.toAbsolutePath(); existing != null; existing = existing.getParent()) {
            if (Files.exists(existing)) {
                if (!Files.isDirectory(existing)) {
                    throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("certify.outIsFile", existing));
                }
                break;
            }
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.cannotWrite", out, Inputs.reason(e)), e);
        }
    }

    static int exitCode(CertificationException.Kind kind) {
        return switch (kind) {
            case USAGE -> ExitCode.USAGE;
            case CONFIGURATION -> ExitCode.CONFIGURATION;
            case INPUT -> ExitCode.INPUT_OUTPUT;
        };
    }
}
