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
import org.tradecert.envelope.EnvelopeSigner;
import org.tradecert.envelope.Statement;
import org.tradecert.envelope.StatementDigests;
import org.tradecert.envelope.SubmissionVerifier;
import org.tradecert.json.SafeJson;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.Participant;
import org.tradecert.registry.Pem;
import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.schema.catalog.SchemaRelease;
import org.tradecert.schema.generate.JsonText;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
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
import java.util.Locale;

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

    @Option(names = "--supersedes", paramLabel = "ENVELOPE|DIGEST", descriptionKey = "sign.option.supersedes")
    private String supersedes;

    @Option(names = "--doc-version", paramLabel = "N", descriptionKey = "sign.option.docVersion")
    private Integer docVersion;

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

        SchemaCatalog catalog = SchemaCatalog.bundled();
        DocumentReader.Result read = new DocumentReader(catalog).read(document, file.toString(), type, Locale.ROOT, false);
        if (read.parseError() != null || read.typeError() != null || !read.violations().isEmpty()) {
            String reason = read.parseError() != null ? read.parseError() : read.typeError() != null ? read.typeError()
                    : read.violations().get(0).location() + ": " + read.violations().get(0).message();
            throw new CliException(ExitCode.NON_CONFORMANT, cli.text("sign.invalidDocument", file, type, reason));
        }
        SchemaRelease release = read.release();
        String ownNumber = documentNumber(read.dom().getDocumentElement());
        String number = docId != null ? docId : ownNumber;
        if (number == null || (ownNumber != null && !ownNumber.equals(number))) {
            throw new CliException(ExitCode.USAGE, cli.text("sign.docIdMismatch", number, ownNumber, file));
        }

        List<X509Certificate> certificates = certificates(cli);
        X509Certificate leaf = certificates.get(0);
        PrivateKey privateKey = privateKey(cli);
        SignatureAlgorithm algorithm = Keys.algorithmOf(privateKey)
                .orElseThrow(() -> new CliException(ExitCode.CONFIGURATION, cli.text("keys.unsupported", key)));
        String orgId = SubmissionVerifier.organisationIdentifier(leaf);
        Participant participant = registry.participant(orgId == null ? "" : orgId)
                .orElseThrow(() -> new CliException(ExitCode.CONFIGURATION, cli.text("sign.notParticipant", cert, String.valueOf(orgId))));
        String submitterRole = role != null ? role : singleRole(cli, participant);

        Supersession previous = supersession(cli, registry);
        int version = docVersion != null ? docVersion : previous == null ? 1 : previous.version() + 1;
        DigestAlgorithm payloadDigest = digest != null
                ? DigestAlgorithm.byName(digest).orElseThrow(() -> new CliException(ExitCode.USAGE, cli.text("sign.badDigest", digest)))
                : algorithm == SignatureAlgorithm.SM2_SM3 ? DigestAlgorithm.SM3 : DigestAlgorithm.SHA256;

        EnvelopeSigner.Request request = new EnvelopeSigner.Request(document, read.syntax().mediaType(), release.id(), number, version,
                previous == null ? null : previous.digest(), release.schemaId(), orgId, participant.orgIdScheme(), submitterRole,
                registry.chainId(), registry.channel(), payloadDigest, references(cli, registry));
        Instant created = createdAt == null ? Instant.now() : Times.parse(cli, "--created-at", createdAt);
        var envelope = EnvelopeSigner.sign(request, algorithm, privateKey, certificates, !detached, created);

        Path target = out != null ? out : file.resolveSibling(file.getFileName() + ".envelope.json");
        try {
            Files.writeString(target, JsonText.write(envelope), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.cannotWrite", target, Inputs.reason(e)), e);
        }
        cli.out().println(cli.text("sign.done", target, release.id(), number, version, algorithm.jwsName(), orgId, submitterRole,
                StatementDigests.of(envelope, registry.policy().statementDigestAlgorithm())));
        if (detached) {
            cli.out().println(cli.text("sign.detached", file));
        }
        return ExitCode.OK;
    }

    /** The document's own number, from its ExchangedDocument/ID. */
    static String documentNumber(Element root) {
        Element exchanged = child(root, "ExchangedDocument");
        Element id = exchanged == null ? null : child(exchanged, "ID");
        return id == null ? null : id.getTextContent();
    }

    private static Element child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
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

    private static String singleRole(Cli cli, Participant participant) {
        if (participant.roles().size() != 1) {
            throw new CliException(ExitCode.USAGE, cli.text("sign.chooseRole", participant.orgId(),
                    String.join(", ", participant.roles().stream().sorted().toList())));
        }
        return participant.roles().iterator().next();
    }

    private record Supersession(String digest, int version) {
    }

    /** The submission this one replaces: an envelope file, whose digest and version are read, or a bare statement digest. */
    private Supersession supersession(Cli cli, NetworkRegistry registry) {
        if (supersedes == null) {
            return null;
        }
        if (supersedes.matches("[0-9a-f]{64}")) {
            if (docVersion == null) {
                throw new CliException(ExitCode.USAGE, cli.text("sign.needVersion"));
            }
            return new Supersession(supersedes, docVersion - 1);
        }
        JsonNode envelope = readEnvelope(cli, Path.of(supersedes));
        Statement statement = statementOf(cli, envelope, supersedes);
        return new Supersession(StatementDigests.of(envelope, registry.policy().statementDigestAlgorithm()), statement.docVersion());
    }

    private List<Statement.Reference> references(Cli cli, NetworkRegistry registry) {
        List<Statement.Reference> list = new ArrayList<>();
        for (Path reference : references) {
            JsonNode envelope = readEnvelope(cli, reference);
            Statement statement = statementOf(cli, envelope, reference.toString());
            list.add(new Statement.Reference(statement.docType(), statement.docId(),
                    StatementDigests.of(envelope, registry.policy().statementDigestAlgorithm())));
        }
        return list;
    }

    private static JsonNode readEnvelope(Cli cli, Path path) {
        try {
            return SafeJson.mapper().readTree(Inputs.read(cli, path));
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("sign.badEnvelope", path, e.getMessage()), e);
        }
    }

    private static Statement statementOf(Cli cli, JsonNode envelope, String label) {
        try {
            byte[] bytes = java.util.Base64.getUrlDecoder().decode(envelope.path("payload").asText());
            return org.tradecert.envelope.StatementCodec.fromJson(SafeJson.mapper().readTree(bytes));
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("sign.badEnvelope", label, e.getMessage()), e);
        }
    }
}
