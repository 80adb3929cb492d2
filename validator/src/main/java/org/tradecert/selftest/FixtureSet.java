package org.tradecert.selftest;

import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleDefinition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The self-test fixtures of the rule catalogue, read from one folder: {@code bases.yaml}, which
 * declares the base inputs that must give no finding unedited, and one file {@code ID.yaml} per
 * rule in a subfolder named after the rule's layer. The folder's parent is the examples folder
 * that every path in a fixture is relative to.
 *
 * @param bases        the declared bases, in file order
 * @param baseProblems problems of {@code bases.yaml} and of files that belong to no rule
 * @param rules        the fixture of each rule that has a file, by rule id
 */
public record FixtureSet(Path directory, Path examples, List<Base> bases, List<Problem> baseProblems, Map<String, RuleFixture> rules) {

    /** The name of the fixture folder inside the examples folder. */
    public static final String FOLDER = "selftest";
    public static final String BASES_FILE = "bases.yaml";
    private static final String SUFFIX = ".yaml";

    public FixtureSet {
        bases = List.copyOf(bases);
        baseProblems = List.copyOf(baseProblems);
        rules = Map.copyOf(rules);
    }

    /**
     * Finds the fixture folder of a checkout: {@code examples/selftest} in the given folder or
     * the nearest folder above it that has one.
     */
    public static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples").resolve(FOLDER);
            if (Files.isRegularFile(candidate.resolve(BASES_FILE))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Reads every fixture file of a folder; problems stay with the file they belong to. */
    public static FixtureSet load(Path directory, RuleCatalogue catalogue) {
        Path folder = directory.toAbsolutePath().normalize();
        Path examples = folder.getParent();
        FixtureReader reader = new FixtureReader(examples, catalogue);
        List<Problem> problems = new ArrayList<>();

        Path basesFile = folder.resolve(BASES_FILE);
        List<Base> bases = Files.isRegularFile(basesFile) ? reader.readBases(basesFile, problems) : List.of();
        if (!Files.isRegularFile(basesFile)) {
            problems.add(Problem.of("no-bases-file", basesFile));
        }

        Map<String, RuleFixture> rules = new TreeMap<>();
        for (Path file : ruleFiles(folder)) {
            String name = file.getFileName().toString();
            String ruleId = name.substring(0, name.length() - SUFFIX.length());
            RuleFixture fixture = reader.readRule(file, ruleId);
            fixture = withFolderCheck(fixture, folder, catalogue);
            RuleFixture earlier = rules.putIfAbsent(ruleId, fixture);
            if (earlier != null) {
                problems.add(Problem.of("duplicate-fixture", ruleId, folder.relativize(earlier.file()), folder.relativize(file)));
            }
        }
        return new FixtureSet(folder, examples, bases, problems, rules);
    }

    /** The fixture of a rule, or an empty one without a file when the rule has none. */
    public RuleFixture fixture(String ruleId) {
        RuleFixture fixture = rules.get(ruleId);
        return fixture != null ? fixture : new RuleFixture(ruleId, null, List.of(), List.of(), null, List.of());
    }

    private static List<Path> ruleFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(SUFFIX))
                    .filter(file -> !file.getFileName().toString().equals(BASES_FILE))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a problem when a rule's file is not in the subfolder of the rule's layer, where a reader looks for it. */
    private static RuleFixture withFolderCheck(RuleFixture fixture, Path folder, RuleCatalogue catalogue) {
        Optional<RuleDefinition> rule = catalogue.find(fixture.ruleId());
        if (rule.isEmpty()) {
            return fixture;
        }
        Path expected = folder.resolve(rule.get().layer().key());
        if (expected.equals(fixture.file().getParent())) {
            return fixture;
        }
        List<Problem> problems = new ArrayList<>(fixture.problems());
        problems.add(Problem.of("wrong-folder", folder.relativize(fixture.file()), rule.get().layer().key()));
        return new RuleFixture(fixture.ruleId(), fixture.file(), fixture.passes(), fixture.fires(), fixture.cannotFire(), problems);
    }
}
