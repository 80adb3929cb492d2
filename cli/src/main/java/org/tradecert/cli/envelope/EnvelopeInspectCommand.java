package org.tradecert.cli.envelope;

import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.FindingText;
import org.tradecert.cli.HelpOption;
import org.tradecert.cli.Inputs;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.crypto.Signatures;
import org.tradecert.crypto.Verification;
import org.tradecert.envelope.Envelope;
import org.tradecert.envelope.EnvelopeReader;
import org.tradecert.envelope.Statement;
import org.tradecert.envelope.StatementDigests;
import org.tradecert.ledger.Anchor;
import org.tradecert.ledger.LedgerVerifier;
import org.tradecert.registry.Pem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * {@code tradecert envelope inspect}: a readable view of an envelope: the statement, the
 * signers, the document and the anchor, with the checks that need no network registry (digest,
 * signature mathematics, inclusion proof). Trust in the signer is checked by validate and ledger verify.
 */
@Command(name = "inspect")
public final class EnvelopeInspectCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "envelope.inspect.param.file")
    private Path file;

    @Override
    public Integer call() {
        Cli cli = cli();
        byte[] bytes = Inputs.read(cli, file);
        EnvelopeReader.Result read = new EnvelopeReader().read(bytes, file.toString(),
                () -> SubmitCommand.readIfExists(SubmitCommand.detachedDocument(file)));
        if (read.envelope() == null) {
            cli.out().println(cli.text("inspect.unreadable", file));
            FindingText.print(cli.out(), read.findings(), cli.locale());
            return ExitCode.NON_CONFORMANT;
        }
        Envelope envelope = read.envelope();
        Statement statement = envelope.statement();
        boolean ok = read.findings().isEmpty();

        cli.out().println(cli.text("inspect.title", file));
        line(cli, "inspect.document", statement.docType() + " " + statement.docId() + " v" + statement.docVersion() + " (" + statement.schemaId() + ", " + statement.mediaType() + ")");
        line(cli, "inspect.submitter", statement.submitterOrgId() + " (" + statement.submitterOrgIdScheme() + "), " + statement.submitterRole());
        line(cli, "inspect.network", statement.chainId() + " / " + statement.channel());
        line(cli, "inspect.submission", statement.submissionId() + ", nonce " + statement.nonce());
        line(cli, "inspect.created", statement.createdAt().toString());
        line(cli, "inspect.supersedes", statement.supersedes() == null ? "-" : statement.supersedes());
        for (Statement.Reference reference : statement.references()) {
            line(cli, "inspect.reference", reference.docType() + " " + reference.docId() + " " + reference.statementDigest());
        }
        line(cli, "inspect.statementDigest", StatementDigests.of(envelope, DigestAlgorithm.SM3) + " (SM3)");

        Optional<DigestAlgorithm> algorithm = DigestAlgorithm.byName(statement.payloadDigestAlgorithm());
        if (envelope.document() == null) {
            line(cli, "inspect.payload", cli.text("inspect.payloadMissing"));
            ok = false;
        } else {
            boolean matches = algorithm.isPresent() && algorithm.get().hex(envelope.document()).equals(statement.payloadDigest())
                    && envelope.document().length == statement.payloadLength();
            ok &= matches;
            line(cli, "inspect.payload", statement.payloadLength() + " bytes, " + statement.payloadDigestAlgorithm() + " "
                    + statement.payloadDigest() + " — " + cli.text(matches ? "inspect.matches" : "inspect.differs"));
        }

        for (Envelope.SignatureEntry entry : envelope.signatures()) {
            String signer;
            String result;
            try {
                X509Certificate leaf = Pem.fromBase64Der(entry.x5c().get(0));
                signer = Pem.subject(leaf) + ", " + leaf.getNotBefore().toInstant() + " .. " + leaf.getNotAfter().toInstant();
                Verification verification = SignatureAlgorithm.byJwsName(entry.algorithm())
                        .map(a -> Signatures.verify(a, leaf.getPublicKey(), envelope.signingInput(entry), entry.value(), false))
                        .orElse(Verification.INVALID);
                ok &= verification == Verification.VALID;
                result = cli.text(verification == Verification.VALID ? "inspect.signatureValid" : "inspect.signatureInvalid", verification);
            } catch (GeneralSecurityException | IndexOutOfBoundsException e) {
                signer = "?";
                result = cli.text("inspect.signatureInvalid", e.getMessage());
                ok = false;
            }
            line(cli, "inspect.signature", entry.algorithm() + ", " + signer + " — " + result);
        }

        Anchor anchor = envelope.anchor();
        if (anchor == null) {
            line(cli, "inspect.anchor", cli.text("inspect.notAnchored"));
        } else {
            boolean included = LedgerVerifier.inclusionHolds(anchor, DigestAlgorithm.SM3)
                    || LedgerVerifier.inclusionHolds(anchor, DigestAlgorithm.SHA256);
            ok &= included;
            line(cli, "inspect.anchor", cli.text("inspect.anchorLine", anchor.blockHeight(), anchor.leafIndex(), anchor.treeSize(),
                    anchor.ledgerTime(), anchor.transactionId(), cli.text(included ? "inspect.proofHolds" : "inspect.proofFails")));
        }
        FindingText.print(cli.out(), read.findings(), cli.locale());
        cli.out().println(cli.text("inspect.trustNote"));
        return ok ? ExitCode.OK : ExitCode.NON_CONFORMANT;
    }

    private static void line(Cli cli, String key, String value) {
        cli.out().printf("  %-18s %s%n", cli.text(key), value);
    }
}
