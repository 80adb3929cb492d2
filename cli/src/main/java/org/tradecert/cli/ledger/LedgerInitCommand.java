package org.tradecert.cli.ledger;

import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.HelpOption;
import org.tradecert.cli.Inputs;
import org.tradecert.cli.Passwords;
import org.tradecert.cli.Registries;
import org.tradecert.cli.Times;
import org.tradecert.crypto.KeyException;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.ledger.LedgerConfig;
import org.tradecert.ledger.LedgerException;
import org.tradecert.ledger.SandboxLedger;
import org.tradecert.registry.NetworkRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;

/** {@code tradecert ledger init DIR}: an empty sandbox ledger for a network, with its operator key. */
@Command(name = "init")
public final class LedgerInitCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Mixin
    private Passwords passwords;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "ledger.init.param.dir")
    private Path dir;

    @Option(names = "--registry", required = true, paramLabel = "FILE", descriptionKey = "ledger.init.option.registry")
    private Path registryFile;

    @Option(names = "--operator-key", required = true, paramLabel = "FILE", descriptionKey = "submit.option.operatorKey")
    private Path operatorKey;

    @Option(names = "--time", paramLabel = "TIME", descriptionKey = "ledger.init.option.time")
    private String time;

    @Override
    public Integer call() {
        Cli cli = cli();
        NetworkRegistry registry = Registries.load(cli, Registries.locate(cli, registryFile, null));
        byte[] registryBytes = Inputs.read(cli, registryFile);
        Instant created = time == null ? Instant.now() : Times.parse(cli, "--time", time);
        try {
            PrivateKey key = Keys.readPrivateKey(new String(Inputs.read(cli, operatorKey), StandardCharsets.US_ASCII), passwords.password(cli));
            SignatureAlgorithm algorithm = Keys.algorithmOf(key)
                    .orElseThrow(() -> new CliException(ExitCode.CONFIGURATION, cli.text("keys.unsupported", operatorKey)));
            LedgerConfig config = new LedgerConfig(registry.chainId(), registry.channel(), registry.policy().statementDigestAlgorithm(), created);
            SandboxLedger.create(dir, config, registryBytes, algorithm, key);
        } catch (KeyException e) {
            throw new CliException(ExitCode.CONFIGURATION, cli.text("keys.unreadable", operatorKey, e.getMessage()), e);
        } catch (LedgerException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.cannotWrite", dir, Inputs.reason(e)), e);
        }
        cli.out().println(cli.text("ledger.init.done", dir, registry.chainId(), registry.channel()));
        return ExitCode.OK;
    }
}
