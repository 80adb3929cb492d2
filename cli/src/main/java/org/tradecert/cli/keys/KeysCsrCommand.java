package org.tradecert.cli.keys;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.HelpOption;
import org.tradecert.cli.Inputs;
import org.tradecert.cli.Passwords;
import org.tradecert.crypto.KeyException;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.registry.BouncyCastle;
import org.tradecert.registry.Pem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * {@code tradecert keys csr}: a PKCS#10 certificate signing request for a key, signed with the key
 * itself. The subject should carry the organisation id (USCC or LEI) as serialNumber.
 */
@Command(name = "csr")
public final class KeysCsrCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Mixin
    private Passwords passwords;

    @Option(names = "--key", required = true, paramLabel = "FILE", descriptionKey = "keys.csr.option.key")
    private Path key;

    @Option(names = "--public-key", required = true, paramLabel = "FILE", descriptionKey = "keys.csr.option.publicKey")
    private Path publicKey;

    @Option(names = "--subject", required = true, paramLabel = "DN", descriptionKey = "keys.csr.option.subject")
    private String subject;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "keys.csr.option.out")
    private Path out;

    @Override
    public Integer call() {
        Cli cli = cli();
        PrivateKey privateKey;
        PublicKey publicKeyValue;
        try {
            privateKey = Keys.readPrivateKey(new String(Inputs.read(cli, key), StandardCharsets.US_ASCII), passwords.password(cli));
            publicKeyValue = Keys.readPublicKey(new String(Inputs.read(cli, publicKey), StandardCharsets.US_ASCII));
        } catch (KeyException e) {
            throw new CliException(ExitCode.CONFIGURATION, cli.text("keys.unreadable", key, e.getMessage()), e);
        }
        SignatureAlgorithm algorithm = Keys.algorithmOf(privateKey)
                .orElseThrow(() -> new CliException(ExitCode.CONFIGURATION, cli.text("keys.unsupported", key)));
        if (!Keys.algorithmOf(publicKeyValue).equals(Keys.algorithmOf(privateKey))) {
            throw new CliException(ExitCode.USAGE, cli.text("keys.csr.mismatch", key, publicKey));
        }

        X500Name name;
        try {
            name = new X500Name(BCStyle.INSTANCE, subject);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, cli.text("keys.csr.badSubject", subject, e.getMessage()), e);
        }
        try {
            String signatureAlgorithm = switch (algorithm) {
                case SM2_SM3 -> "SM3withSM2";
                case ES256 -> "SHA256withECDSA";
                case ED25519 -> "Ed25519";
            };
            ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm).setProvider(BouncyCastle.PROVIDER).build(privateKey);
            PKCS10CertificationRequest request = new JcaPKCS10CertificationRequestBuilder(name, publicKeyValue).build(signer);
            Files.writeString(out, Pem.block("CERTIFICATE REQUEST", request.getEncoded()), StandardCharsets.US_ASCII);
        } catch (OperatorCreationException e) {
            throw new CliException(ExitCode.CONFIGURATION, cli.text("keys.unsupported", key), e);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.cannotWrite", out, Inputs.reason(e)), e);
        }
        cli.out().println(cli.text("keys.csr.written", out, name.toString()));
        return ExitCode.OK;
    }
}
