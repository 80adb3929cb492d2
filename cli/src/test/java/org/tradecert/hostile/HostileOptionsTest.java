package org.tradecert.hostile;

import org.junit.jupiter.api.Test;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliRun;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.TradecertCommand;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the command line's side of two hostile-input items that tradecert handles by design
 * (X18 and X19 of docs/hostile-input.md). No command takes a style sheet, a Schematron pack or
 * another rule transform at run time, so such an option is a usage error with exit code 2.
 */
class HostileOptionsTest {

    private static final List<String> FORBIDDEN = List.of("xsl", "stylesheet", "schematron", "transform", "rulepack");

    /** Lists every command of the tree as its path of names below {@code tradecert}. */
    private static List<List<String>> commands() {
        Cli cli = new Cli(Locale.ENGLISH, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
        List<List<String>> paths = new ArrayList<>();
        collect(new CommandLine(new TradecertCommand(cli)), new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(List.copyOf(path));
        for (CommandLine sub : command.getSubcommands().values()) {
            List<String> subPath = new ArrayList<>(path);
            subPath.add(sub.getCommandName());
            if (!paths.contains(subPath)) {
                collect(sub, subPath, paths);
            }
        }
    }

    @Test
    void x18x19NoCommandTakesStylesheetsOrRules() {
        Cli cli = new Cli(Locale.ENGLISH, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
        List<String> options = new ArrayList<>();
        collectOptions(new CommandLine(new TradecertCommand(cli)).getCommandSpec(), options);

        assertThat(options).as("options of every command").isNotEmpty()
                .noneMatch(name -> FORBIDDEN.stream().anyMatch(word -> name.toLowerCase(Locale.ROOT).contains(word)));
    }

    private static void collectOptions(CommandSpec spec, List<String> options) {
        for (OptionSpec option : spec.options()) {
            options.addAll(Arrays.asList(option.names()));
        }
        for (CommandLine sub : spec.subcommands().values()) {
            collectOptions(sub.getCommandSpec(), options);
        }
    }

    @Test
    void x18x19StylesheetOrRulesOptionIsUsageError() {
        List<List<String>> commands = commands();
        assertThat(commands).hasSizeGreaterThan(10);

        for (List<String> command : commands) {
            for (List<String> option : List.of(List.of("--xslt", "evil.xsl"), List.of("--schematron", "rules.sch"),
                    List.of("--stylesheet", "evil.xsl"))) {
                List<String> args = new ArrayList<>(command);
                args.addAll(option);
                CliRun run = CliRun.of(args.toArray(String[]::new));

                assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.out() + run.err()).isEqualTo(ExitCode.USAGE);
            }
        }
        assertThat(CliRun.of("validate", "--xslt", "evil.xsl", "invoice.xml").exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
