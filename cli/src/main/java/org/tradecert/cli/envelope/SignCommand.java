package org.tradecert.cli.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.HelpOption;
import org.tradecert.cli.Inputs;
import org.tradecert.cli.Passwords;
import org.tradecert.cli.Registries;
import org.tradecert.cli.Times;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.crypto.KeyException;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.document.DocumentReader;
import org.tradecert.envelope.DocumentSigning;
import org.tradecert.envelope.SigningException;
import org.tradecert.envelope.Statement;
import org.tradecert.json.SafeJson;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.Pem;
import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.schema.generate.JsonText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tradecert sign}: wraps a document in a signed envelope. The document must be valid
 * against its schema, and its own number must be the one given; the submitter comes from the
 * certificate and the network registry.
 */
@Command(name = "sign")
public final class SignCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Mixin
    private Passwords passwords;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "sign.param.file")
    private Path file;

    @Option(names = "--key", required = true, paramLabel = "FILE", descriptionKey = "sign.option.key")
    private Path key;

    @Option(names = "--cert", required = true, paramLabel = "FILE", descriptionKey = "sign.option.cert")
    private Path cert;

    @Option(names = "--chain", paramLabel = "FILE", descriptionKey = "sign.option.chain")
    private Path chain;

    @Option(names = "--type", required = true, paramLabel = "TYPE[@VERSION]", descriptionKey = "sign.option.type")
    private String type;

    @Option(names = "--doc-id", paramLabel = "ID", descriptionKey = "sign.option.docId")
    private String docId;

    @Option(names = "--supersedes", paramLabel = "ENVELOPE", descriptionKey = "sign.option.supersedes")
    private Path supersedes;

    @Option(names = "--role", paramLabel = "ROLE", descriptionKey = "sign.option.role")
    private String role;

    @Option(names = "--ref", paramLabel = "ENVELOPE", descriptionKey = "sign.option.ref")
    private List<Path> references = new ArrayList<>();

    @Option(names = "--registry", paramLabel = "FILE", descriptionKey = "option.registry")
    private Path registryFile;

    @Option(names = "--digest", paramLabel = "SM3|SHA-256", descriptionKey = "sign.option.digest")
    private String digest;

    @Option(names = "--detached", descriptionKey = "sign.option.detached")
    private boolean detached;

    @Option(names = "--created-at", paramLabel = "TIME", descriptionKey = "sign.option.createdAt")
    private String createdAt;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "sign.option.out")
    private Path out;

    @Override
    public Integer call() {
        Cli cli = cli();
        byte[] document = Inputs.read(cli, file);
        NetworkRegistry registry = Registries.load(cli, Registries.locate(cli, registryFile, cert.toAbsolutePath().getParent()));
        List<X509Certificate> certificates = certificates(cli);
        PrivateKey privateKey = privateKey(cli);
        DigestAlgorithm payloadDigest = digest == null ? null
                : DigestAlgorithm.byName(digest).orElseThrow(() -> new CliException(ExitCode.USAGE, cli.text("sign.badDigest", digest)));
        List<JsonNode> referenced = new ArrayList<>();
        for (Path reference : references) {
            referenced.add(readEnvelope(cli, reference));
        }
        DocumentSigning.Options options = new DocumentSigning.Options(type, docId, role,
                supersedes == null ? null : readEnvelope(cli, supersedes), referenced, payloadDigest, !detached,
                createdAt == null ? Instant.now() : Times.parse(cli, "--created-at", createdAt));

        DocumentSigning.Signed signed;
        try {
            signed = new DocumentSigning(new DocumentReader(SchemaCatalog.bundled()), registry)
                    .sign(document, file.toString(), privateKey, certificates, options);
        } catch (SigningException e) {
            int code = e.messageKey().equals("signing.invalidDocument") ? ExitCode.NON_CONFORMANT
                    : e.messageKey().equals("signing.notParticipant") || e.messageKey().equals("signing.keyUnsupported")
                    ? ExitCode.CONFIGURATION : ExitCode.USAGE;
            throw new CliException(code, cli.message(e.messageKey(), e.arguments().toArray()), e);
        }

        Path target = out != null ? out : file.resolveSibling(file.getFileName() + ".envelope.json");
        try {
            Files.writeString(target, JsonText.write(signed.envelope()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.cannotWrite", target, Inputs.reason(e)), e);
        }
        Statement statement = signed.statement();
        String algorithm = Keys.algorithmOf(privateKey).map(SignatureAlgorithm::jwsName).orElse("?");
        cli.out().println(cli.text("sign.done", target, statement.docType(), statement.docId(), statement.docVersion(), algorithm,
                statement.submitterOrgId(), statement.submitterRole(), signed.statementDigest()));
        if (detached) {
            cli.out().println(cli.text("sign.detached", file));
        }
        return ExitCode.OK;
    }

    private List<X509Certificate> certificates(Cli cli) {
        try {
            List<X509Certificate> list = new ArrayList<>(Pem.certificates(new String(Inputs.read(cli, cert), StandardCharsets.US_ASCII)));
            if (chain != null) {
                list.addAll(Pem.certificates(new String(Inputs.read(cli, chain), StandardCharsets.US_ASCII)));
            }
            return list;
        } catch (GeneralSecurityException e) {
            throw new CliException(ExitCode.CONFIGURATION, cli.text("sign.badCertificate", cert, e.getMessage()), e);
        }
    }

    private PrivateKey privateKey(Cli cli) {
        try {
            return Keys.readPrivateKey(new String(Inputs.read(cli, key), StandardCharsets.US_ASCII), passwords.password(cli));
        } catch (KeyException e) {
            throw new CliException(ExitCode.CONFIGURATION, cli.text("keys.unreadable", key, e.getMessage()), e);
        }
    }

    private static JsonNode readEnvelope(Cli cli, Path path) {
        try {
            return SafeJson.mapper().readTree(Inputs.read(cli, path));
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("sign.badEnvelope", path, e.getMessage()), e);
        }
    }
}
