package org.tradecert.cli.sandbox;

import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.HelpOption;
import org.tradecert.cli.Passwords;
import org.tradecert.cli.Times;
import org.tradecert.ledger.LedgerException;
import org.tradecert.sandbox.DemoParticipant;
import org.tradecert.sandbox.SandboxConsortium;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/** {@code tradecert sandbox init DIR}: creates a demo consortium and its empty ledger in an empty folder. */
@Command(name = "init")
public final class SandboxInitCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Mixin
    private Passwords passwords;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "sandbox.init.param.dir")
    private Path dir;

    @Option(names = "--chain-id", defaultValue = SandboxConsortium.DEFAULT_CHAIN, descriptionKey = "sandbox.init.option.chainId")
    private String chainId;

    @Option(names = "--channel", defaultValue = SandboxConsortium.DEFAULT_CHANNEL, descriptionKey = "sandbox.init.option.channel")
    private String channel;

    @Option(names = "--valid-from", paramLabel = "TIME", descriptionKey = "sandbox.init.option.validFrom")
    private String validFrom;

    @Option(names = "--valid-years", defaultValue = "10", paramLabel = "YEARS", descriptionKey = "sandbox.init.option.validYears")
    private int validYears;

    @Override
    public Integer call() {
        Cli cli = cli();
        if (Files.exists(dir) && !empty(dir)) {
            throw new CliException(ExitCode.USAGE, cli.text("sandbox.notEmpty", dir));
        }
        if (validYears < 1 || validYears > 50) {
            throw new CliException(ExitCode.USAGE, cli.text("sandbox.badYears", validYears));
        }
        Instant from = validFrom == null ? Instant.now().truncatedTo(ChronoUnit.DAYS) : Times.parse(cli, "--valid-from", validFrom);
        try {
            SandboxConsortium.init(dir, new SandboxConsortium.Options(chainId, channel, from, validYears, passwords.password(cli)));
        } catch (IOException | LedgerException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.error", e.getMessage()), e);
        } catch (GeneralSecurityException e) {
            throw new CliException(ExitCode.CONFIGURATION, cli.text("sandbox.failed", e.getMessage()), e);
        }
        cli.out().println(cli.text("sandbox.created", dir, chainId, channel, DemoParticipant.ALL.size()));
        for (DemoParticipant member : DemoParticipant.ALL) {
            cli.out().printf("  %-18s %-20s %-8s %s%n", member.role(), member.orgId(), member.algorithm().jwsName(), member.name().in(cli.locale()));
        }
        cli.out().println(cli.text("sandbox.demoWarning"));
        return ExitCode.OK;
    }

    private static boolean empty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
