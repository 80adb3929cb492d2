package org.tradecert.cli.rules;

import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.HelpOption;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.selftest.Base;
import org.tradecert.selftest.CaseResult;
import org.tradecert.selftest.Difference;
import org.tradecert.selftest.FixtureCase;
import org.tradecert.selftest.FixtureSet;
import org.tradecert.selftest.Problem;
import org.tradecert.selftest.RuleReport;
import org.tradecert.selftest.SelfTestRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code tradecert rules test [ID...]}: runs the self-tests of rules from their fixtures
 * ({@code examples/selftest} of the checkout by default) and prints, rule by rule, whether each
 * passes and what differed where it does not.
 */
@Command(name = "test")
public final class RulesTestCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Parameters(arity = "0..*", paramLabel = "ID", descriptionKey = "rules.test.param.id")
    private List<String> ids = new ArrayList<>();

    @Option(names = "--fixtures", paramLabel = "DIR", descriptionKey = "rules.test.option.fixtures")
    private Path fixtures;

    @Option(names = "--all-cases", descriptionKey = "rules.test.option.allCases")
    private boolean allCases;

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "rules.test.option.threads")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        Cli cli = cli();
        RuleCatalogue catalogue = RuleCatalogue.standard();
        if (threads < 1) {
            throw new CliException(ExitCode.USAGE, cli.text("selftest.badThreads", threads));
        }
        Path folder = fixtureFolder(cli);
        FixtureSet set = FixtureSet.load(folder, catalogue);

        try (SelfTestRunner runner = new SelfTestRunner(set, catalogue, threads)) {
            List<String> ruleIds = ids.isEmpty() ? runner.allRuleIds() : chosen(cli, catalogue, set);
            cli.out().println(cli.text("selftest.header", ruleIds.size(), folder));
            boolean basesClean = true;
            for (Problem problem : set.baseProblems()) {
                cli.out().println(cli.text("selftest.baseProblem", problemText(cli, problem)));
                basesClean = false;
            }

            Map<RuleReport.Status, Integer> counts = new EnumMap<>(RuleReport.Status.class);
            int labelWidth = labelWidth(cli);
            int idWidth = ruleIds.stream().mapToInt(String::length).max().orElse(0);
            runner.run(ruleIds, report -> {
                counts.merge(report.status(), 1, Integer::sum);
                print(cli, report, labelWidth, idWidth);
            });
            if (ids.isEmpty()) {
                basesClean &= printBases(cli, runner.checkBases());
            }

            cli.out().println(cli.text("selftest.summary", counts.getOrDefault(RuleReport.Status.PASS, 0),
                    counts.getOrDefault(RuleReport.Status.FAIL, 0), counts.getOrDefault(RuleReport.Status.CANNOT_FIRE, 0)));
            return counts.getOrDefault(RuleReport.Status.FAIL, 0) == 0 && basesClean ? ExitCode.OK : ExitCode.NON_CONFORMANT;
        }
    }

    /** Returns the fixture folder given, or else {@code examples/selftest} of the checkout the command runs in. */
    private Path fixtureFolder(Cli cli) {
        Path folder = fixtures != null ? fixtures : FixtureSet.find(Path.of("")).orElseThrow(() ->
                new CliException(ExitCode.CONFIGURATION, cli.text("selftest.noFixtures", Path.of("").toAbsolutePath())));
        if (!Files.isRegularFile(folder.resolve(FixtureSet.BASES_FILE))) {
            throw new CliException(ExitCode.CONFIGURATION, cli.text("selftest.notFixtureFolder", folder, FixtureSet.BASES_FILE));
        }
        return folder;
    }

    /** Returns the rule ids of the command line in their order, after checking each is a rule of the catalogue or of a fixture file. */
    private List<String> chosen(Cli cli, RuleCatalogue catalogue, FixtureSet set) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String id : ids) {
            String normalised = id.trim().toUpperCase(Locale.ROOT);
            if (catalogue.find(normalised).isEmpty() && !set.rules().containsKey(normalised)) {
                throw new CliException(ExitCode.USAGE, cli.text("rules.unknownRule", id, RulesExplainCommand.suggestions(catalogue, normalised)));
            }
            chosen.add(normalised);
        }
        return List.copyOf(chosen);
    }

    private static int labelWidth(Cli cli) {
        int width = 0;
        for (RuleReport.Status status : RuleReport.Status.values()) {
            width = Math.max(width, cli.text("selftest.status." + status.name()).length());
        }
        return width;
    }

    /** Prints one rule's line, then each case that differs and how (every case with --all-cases). */
    private void print(Cli cli, RuleReport report, int labelWidth, int idWidth) {
        long passing = report.cases().stream().filter(result -> result.fixtureCase().kind() == FixtureCase.Kind.PASSES).count();
        long firing = report.cases().size() - passing;
        String label = cli.text("selftest.status." + report.status().name());
        cli.out().println(cli.text("selftest.rule", pad(label, labelWidth), pad(report.ruleId(), idWidth), passing, firing));
        if (report.cannotFire() != null) {
            cli.out().println("    " + cli.text("selftest.cannotFire", report.cannotFire()));
        }
        for (Problem problem : report.problems()) {
            cli.out().println("    " + problemText(cli, problem));
        }
        for (CaseResult result : report.cases()) {
            if (allCases || !result.matches()) {
                printCase(cli, result);
            }
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static void printCase(Cli cli, CaseResult result) {
        FixtureCase fixtureCase = result.fixtureCase();
        String outcome = cli.text(result.matches() ? "selftest.case.matches" : "selftest.case.differs");
        String name = fixtureCase.name() != null ? fixtureCase.name() : cli.text("selftest.case.unedited", baseText(cli, fixtureCase.base()));
        cli.out().println("    " + cli.text("selftest.case", fixtureCase.where(), name, outcome));
        if (result.problem() != null) {
            cli.out().println("      " + problemText(cli, result.problem()));
        }
        for (Difference difference : result.differences()) {
            cli.out().println("      " + differenceText(cli, difference));
        }
    }

    /** Prints the declared bases whose unedited run differs; returns true when none does. */
    private static boolean printBases(Cli cli, List<CaseResult> bases) {
        boolean clean = true;
        for (CaseResult base : bases) {
            if (base.matches()) {
                continue;
            }
            clean = false;
            cli.out().println(cli.text("selftest.baseDiffers", baseText(cli, base.fixtureCase().base())));
            if (base.problem() != null) {
                cli.out().println("      " + problemText(cli, base.problem()));
            }
            for (Difference difference : base.differences()) {
                cli.out().println("      " + differenceText(cli, difference));
            }
        }
        return clean;
    }

    static String baseText(Cli cli, Base base) {
        return cli.text("selftest.base." + base.kind(), base.arguments().toArray());
    }

    static String problemText(Cli cli, Problem problem) {
        return cli.text("selftest.problem." + problem.key(), problem.arguments().toArray());
    }

    static String differenceText(Cli cli, Difference difference) {
        return switch (difference.kind()) {
            case COUNT -> cli.text("selftest.difference.count", difference.ruleId(), difference.expected(), difference.actual());
            case NOT_PASSED -> cli.text("selftest.difference.notPassed", difference.ruleId(),
                    cli.text("selftest.outcome." + difference.detail()));
            case LAYER_ERROR -> cli.text("selftest.difference.layerError", difference.detail());
            case NO_LAYER_ERROR -> cli.text("selftest.difference.noLayerError");
        };
    }
}
