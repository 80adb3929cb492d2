package org.tradecert.cli.keys;

import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.HelpOption;
import org.tradecert.cli.Inputs;
import org.tradecert.cli.Passwords;
import org.tradecert.crypto.Keys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;

/** {@code tradecert keys generate}: a new signing key pair as PKCS#8 PEM, optionally password-protected. */
@Command(name = "generate")
public final class KeysGenerateCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Mixin
    private Passwords passwords;

    @Option(names = "--alg", required = true, paramLabel = "sm2|es256|ed25519", descriptionKey = "keys.generate.option.alg")
    private Algorithms algorithm;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "keys.generate.option.out")
    private Path out;

    @Option(names = "--public-out", paramLabel = "FILE", descriptionKey = "keys.generate.option.publicOut")
    private Path publicOut;

    @Override
    public Integer call() {
        Cli cli = cli();
        if (Files.exists(out)) {
            throw new CliException(ExitCode.USAGE, cli.text("keys.exists", out));
        }
        KeyPair keys = Keys.generate(algorithm.algorithm());
        try {
            write(out, Keys.toPkcs8Pem(keys.getPrivate(), passwords.password(cli)));
            if (publicOut != null) {
                write(publicOut, Keys.toPem(keys.getPublic()));
            }
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.cannotWrite", out, Inputs.reason(e)), e);
        }
        cli.out().println(cli.text("keys.generated", algorithm.algorithm().jwsName(), out));
        return ExitCode.OK;
    }

    private static void write(Path file, String pem) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
    }
}
