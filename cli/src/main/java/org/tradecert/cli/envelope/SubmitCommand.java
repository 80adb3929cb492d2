package org.tradecert.cli.envelope;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.api.Finding;
import org.tradecert.api.Severity;
import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.FindingText;
import org.tradecert.cli.HelpOption;
import org.tradecert.cli.Inputs;
import org.tradecert.cli.Passwords;
import org.tradecert.cli.Registries;
import org.tradecert.cli.Times;
import org.tradecert.crypto.KeyException;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.envelope.Envelope;
import org.tradecert.envelope.EnvelopeReader;
import org.tradecert.envelope.SubmissionVerifier;
import org.tradecert.json.SafeJson;
import org.tradecert.ledger.Anchor;
import org.tradecert.ledger.LedgerException;
import org.tradecert.ledger.SandboxLedger;
import org.tradecert.registry.NetworkRegistry;
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
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * {@code tradecert submit}: anchors envelopes in the sandbox ledger as one block. Each envelope
 * is checked first (structure, digest, signature, certificate and authorisation at the ledger
 * time); one that fails is refused unless {@code --force}, which exists to build test ledgers.
 */
@Command(name = "submit")
public final class SubmitCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Mixin
    private Passwords passwords;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "ENVELOPE", descriptionKey = "submit.param.envelope")
    private List<Path> envelopes;

    @Option(names = "--ledger", required = true, paramLabel = "DIR", descriptionKey = "submit.option.ledger")
    private Path ledgerDir;

    @Option(names = "--operator-key", paramLabel = "FILE", descriptionKey = "submit.option.operatorKey")
    private Path operatorKey;

    @Option(names = "--time", paramLabel = "TIME", descriptionKey = "submit.option.time")
    private String time;

    @Option(names = "--force", descriptionKey = "submit.option.force")
    private boolean force;

    @Option(names = "--no-update", descriptionKey = "submit.option.noUpdate")
    private boolean noUpdate;

    @Override
    public Integer call() {
        Cli cli = cli();
        SandboxLedger ledger;
        try {
            ledger = SandboxLedger.open(ledgerDir);
        } catch (LedgerException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, e.getMessage(), e);
        }
        NetworkRegistry registry = Registries.forLedger(cli, null, ledger.registry(), ledgerDir.toString());
        Instant ledgerTime = time == null ? Instant.now() : Times.parse(cli, "--time", time);

        EnvelopeReader reader = new EnvelopeReader();
        SubmissionVerifier verifier = new SubmissionVerifier(registry, SchemaCatalog.bundled());
        List<ObjectNode> accepted = new ArrayList<>();
        List<Path> acceptedFiles = new ArrayList<>();
        boolean refused = false;
        for (Path file : envelopes) {
            byte[] bytes = Inputs.read(cli, file);
            Path beside = detachedDocument(file);
            EnvelopeReader.Result read = reader.read(bytes, file.toString(), () -> readIfExists(beside));
            List<Finding> findings = new ArrayList<>(read.findings());
            if (read.envelope() != null) {
                findings.addAll(verifier.verify(read.envelope(), ledgerTime).findings());
            }
            boolean failing = read.envelope() == null || FindingText.failing(findings, Severity.ERROR);
            if (failing && (!force || read.envelope() == null)) {
                refused = true;
                cli.err().println(cli.text("submit.refused", file));
                FindingText.print(cli.err(), findings, cli.locale());
                continue;
            }
            if (failing) {
                cli.err().println(cli.text("submit.forced", file, findings.size()));
            }
            accepted.add(withDocument(cli, file, bytes, read.envelope()));
            acceptedFiles.add(file);
        }
        if (accepted.isEmpty()) {
            cli.err().println(cli.text("submit.nothing"));
            return ExitCode.NON_CONFORMANT;
        }

        List<Anchor> anchors;
        try {
            PrivateKey key = Keys.readPrivateKey(Files.readString(operatorKeyFile(cli), StandardCharsets.US_ASCII), passwords.password(cli));
            SignatureAlgorithm algorithm = Keys.algorithmOf(key)
                    .orElseThrow(() -> new CliException(ExitCode.CONFIGURATION, cli.text("keys.unsupported", operatorKeyFile(cli))));
            anchors = ledger.append(accepted, ledgerTime, algorithm, key);
        } catch (KeyException e) {
            throw new CliException(ExitCode.CONFIGURATION, cli.text("keys.unreadable", operatorKeyFile(cli), e.getMessage()), e);
        } catch (LedgerException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.error", e.getMessage()), e);
        }

        for (int i = 0; i < anchors.size(); i++) {
            Anchor anchor = anchors.get(i);
            cli.out().println(cli.text("submit.anchored", acceptedFiles.get(i), anchor.blockHeight(), anchor.leafIndex(),
                    anchor.transactionId(), anchor.ledgerTime()));
            if (!noUpdate) {
                ObjectNode updated = accepted.get(i).deepCopy();
                updated.set("anchor", anchor.toJson());
                try {
                    Files.writeString(acceptedFiles.get(i), JsonText.write(updated), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.cannotWrite", acceptedFiles.get(i), Inputs.reason(e)), e);
                }
            }
        }
        return refused ? ExitCode.NON_CONFORMANT : ExitCode.OK;
    }

    private Path operatorKeyFile(Cli cli) {
        if (operatorKey != null) {
            return operatorKey;
        }
        Path sandbox = ledgerDir.toAbsolutePath().normalize().getParent();
        Path candidate = sandbox == null ? null : sandbox.resolve("operator").resolve("key.pem");
        if (candidate == null || !Files.isRegularFile(candidate)) {
            throw new CliException(ExitCode.USAGE, cli.text("submit.noOperatorKey", ledgerDir));
        }
        return candidate;
    }

    /** The envelope as stored on the ledger: without an earlier anchor, and with the document embedded. */
    private static ObjectNode withDocument(Cli cli, Path file, byte[] bytes, Envelope envelope) {
        ObjectNode node;
        try {
            node = (ObjectNode) SafeJson.mapper().readTree(bytes);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.cannotRead", file, Inputs.reason(e)), e);
        }
        node.remove("anchor");
        if (!node.has("document") && envelope.document() != null) {
            ObjectNode document = node.putObject("document");
            document.put("mediaType", envelope.statement().mediaType());
            document.put("content", Base64.getEncoder().encodeToString(envelope.document()));
        }
        return node;
    }

    /** A detached document lies beside its envelope: {@code FILE} for {@code FILE.envelope.json}. */
    public static Path detachedDocument(Path envelope) {
        String name = envelope.getFileName().toString();
        return name.endsWith(".envelope.json") ? envelope.resolveSibling(name.substring(0, name.length() - ".envelope.json".length())) : null;
    }

    public static byte[] readIfExists(Path file) {
        try {
            return file != null && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
