package org.tradecert.cli.certify;

import com.fasterxml.jackson.databind.JsonNode;
import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.HelpOption;
import org.tradecert.cli.Inputs;
import org.tradecert.cli.Registries;
import org.tradecert.cli.Times;
import org.tradecert.cli.codelists.CodeListDirectories;
import org.tradecert.conformance.Text;
import org.tradecert.conformance.certificate.CertificateVerifier;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.Pem;
import org.tradecert.report.ControlCharacters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tradecert certificate verify CERT}: checks a conformance certificate offline and, given
 * the submissions, re-runs the suite to confirm the same result. Exit 0 when every check holds,
 * 1 when one fails (the certificate or a submission changed, the signer is not trusted, the
 * certificate expired), 5 when the signer could not be checked against any trust anchor.
 */
@Command(name = "verify")
public final class CertificateVerifyCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "CERT", descriptionKey = "certificate.verify.param.cert")
    private Path file;

    @Option(names = "--submissions", paramLabel = "PATH", descriptionKey = "certificate.verify.option.submissions")
    private Path submissions;

    @Option(names = "--registry", paramLabel = "FILE", descriptionKey = "certificate.verify.option.registry")
    private Path registryFile;

    @Option(names = "--trust", paramLabel = "FILE", descriptionKey = "certificate.verify.option.trust")
    private List<Path> trust = new ArrayList<>();

    @Option(names = "--crl", paramLabel = "FILE", descriptionKey = "certificate.verify.option.crl")
    private List<Path> crlFiles = new ArrayList<>();

    @Option(names = "--at", paramLabel = "TIME", descriptionKey = "certificate.verify.option.at")
    private String at;

    @Option(names = "--codelists", paramLabel = "DIR", descriptionKey = "option.codelists")
    private Path codelists;

    @Override
    public Integer call() {
        Cli cli = cli();
        byte[] bytes = Inputs.read(cli, file);
        NetworkRegistry registry = registryFile == null ? null : Registries.load(cli, Registries.locate(cli, registryFile, null));
        List<X509Certificate> anchors = new ArrayList<>();
        for (Path anchor : trust) {
            try {
                anchors.addAll(Pem.certificates(new String(ConfigurationFiles.read(cli, anchor), StandardCharsets.US_ASCII)));
            } catch (GeneralSecurityException e) {
                throw new CliException(ExitCode.CONFIGURATION, cli.text("sign.badCertificate", anchor, e.getMessage()), e);
            }
        }
        List<X509CRL> crls = new ArrayList<>();
        for (Path crl : crlFiles) {
            try {
                crls.add(Pem.crl(new String(ConfigurationFiles.read(cli, crl), StandardCharsets.US_ASCII)));
            } catch (GeneralSecurityException e) {
                throw new CliException(ExitCode.CONFIGURATION, cli.text("certificate.verify.badCrl", crl, e.getMessage()), e);
            }
        }
        Instant time = at == null ? Instant.now() : Times.parse(cli, "--at", at);
        CertificateVerifier.Options options = new CertificateVerifier.Options(registry, anchors, crls, time, submissions,
                submissions == null ? null : CodeListDirectories.registry(cli, codelists));

        CertificateVerifier.Report report = new CertificateVerifier().verify(bytes, options);

        PrintWriter out = cli.out();
        out.println(cli.text("certificate.verify.heading", file));
        if (report.certificate() != null) {
            summary(cli, report.certificate().core());
        }
        for (CertificateVerifier.Check check : report.checks()) {
            String status = cli.text("certificate.verify.status." + check.status().name());
            String name = cli.text("certificate.verify.check." + check.name());
            List<Text> details = check.details();
            out.println("  " + CertificationText.pad(status, 11) + " " + CertificationText.pad(name, 8) + " "
                    + (details.isEmpty() ? "" : render(cli, details.get(0))));
            for (Text detail : details.subList(Math.min(1, details.size()), details.size())) {
                out.println(" ".repeat(23) + render(cli, detail));
            }
        }
        if (report.failed()) {
            out.println(cli.text("certificate.verify.failed"));
            return ExitCode.NON_CONFORMANT;
        }
        if (report.untrusted()) {
            out.println(cli.text("certificate.verify.incomplete"));
            return ExitCode.INCOMPLETE;
        }
        out.println(cli.text("certificate.verify.passed"));
        return ExitCode.OK;
    }

    private static void summary(Cli cli, JsonNode core) {
        JsonNode participant = core.path("participant");
        JsonNode suite = core.path("suite");
        int passed = 0;
        int failed = 0;
        int notApplicable = 0;
        int errors = 0;
        for (JsonNode scenario : core.path("scenarios")) {
            switch (scenario.path("result").asText()) {
                case "PASSED" -> passed++;
                case "FAILED" -> failed++;
                case "NOT_APPLICABLE" -> notApplicable++;
                default -> errors++;
            }
        }
        PrintWriter out = cli.out();
        out.println(cli.text("certificate.verify.participant", CertificationText.name(cli, participant), participant.path("scheme").asText(),
                participant.path("organisation").asText(), Text.of("role." + participant.path("role").asText()).render(cli.locale())));
        out.println(cli.text("certificate.verify.suite", suite.path("id").asText(), suite.path("version").asText(), suite.path("digest").asText()));
        out.println(cli.text("certificate.verify.verdict", cli.text("certify.verdict." + core.path("verdict").asText()), passed, failed,
                notApplicable, errors));
        out.println(cli.text("certificate.verify.period", core.path("issuedAt").asText(), core.path("expiresAt").asText()));
        JsonNode covered = core.path("submissions");
        out.println(cli.text("certificate.verify.covers", covered.path("covered").size(), covered.path("digestAlgorithm").asText(),
                covered.path("merkleRoot").asText()));
    }

    private static String render(Cli cli, Text text) {
        return ControlCharacters.escape(text.render(cli.locale()));
    }
}
