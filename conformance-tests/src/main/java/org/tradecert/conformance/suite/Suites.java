package org.tradecert.conformance.suite;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Tag;
import org.tradecert.conformance.Role;
import org.tradecert.conformance.Text;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.rules.RuleCatalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the suites from the classpath, one feature file per role under
 * {@code org/tradecert/conformance/suites/<role>.feature}, and checks them against a rule pack.
 */
public final class Suites {

    /** The classpath folder of the feature files. */
    public static final String FOLDER = "org/tradecert/conformance/suites/";

    private static final String SUITE_TAG = "@suite:";
    private static final String VERSION_TAG = "@suite-version:";

    private Suites() {
    }

    /** The suite of a role, as shipped with this tool. */
    public static Suite forRole(Role role) throws SuiteException {
        String resource = FOLDER + role.id() + ".feature";
        byte[] bytes;
        try (InputStream in = Suites.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new SuiteException(resource, List.of(Text.of("suite.missing", resource)));
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new SuiteException(resource, List.of(Text.of("suite.unreadable", resource, String.valueOf(e.getMessage()))));
        }
        return parse(role, "classpath:" + resource, bytes);
    }

    /** The suites of every role, in the order of {@link Role}. */
    public static List<Suite> all() throws SuiteException {
        List<Suite> suites = new ArrayList<>();
        for (Role role : Role.values()) {
            suites.add(forRole(role));
        }
        return suites;
    }

    /** Parses one feature file into a suite; the feature must carry the role's {@code @suite:} tag and a version. */
    static Suite parse(Role role, String uri, byte[] bytes) throws SuiteException {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includePickles(false).build();
        List<Envelope> envelopes = parser.parse(uri, bytes).toList();
        List<Text> problems = new ArrayList<>();
        Feature feature = null;
        for (Envelope envelope : envelopes) {
            envelope.getParseError().ifPresent(error -> problems.add(Text.of("suite.syntax", uri, error.getMessage())));
            if (envelope.getGherkinDocument().isPresent() && envelope.getGherkinDocument().get().getFeature().isPresent()) {
                feature = envelope.getGherkinDocument().get().getFeature().get();
            }
        }
        if (feature == null) {
            problems.add(Text.of("suite.noFeature", uri));
            throw new SuiteException(uri, problems);
        }

        List<String> featureTags = names(feature.getTags());
        String version = value(featureTags, VERSION_TAG);
        if (!featureTags.contains(SUITE_TAG + role.id())) {
            problems.add(Text.of("suite.wrongRole", uri, role.id()));
        }
        if (version == null) {
            problems.add(Text.of("suite.noVersion", uri));
        }
        List<ScenarioDefinition> scenarios = new ArrayList<>();
        for (Scenario scenario : scenarios(feature)) {
            List<String> tags = new ArrayList<>(featureTags);
            tags.addAll(names(scenario.getTags()));
            List<String> ruleIds = tags.stream().filter(tag -> tag.startsWith(ScenarioDefinition.RULE_TAG))
                    .map(tag -> tag.substring(ScenarioDefinition.RULE_TAG.length())).toList();
            String id = value(tags, ScenarioDefinition.ID_TAG);
            int line = scenario.getLocation().getLine().intValue();
            if (id == null) {
                problems.add(Text.of("suite.noScenarioId", uri, line, scenario.getName()));
                id = "line-" + line;
            }
            scenarios.add(new ScenarioDefinition(id, scenario.getName(), line, tags, ruleIds));
        }
        if (!problems.isEmpty()) {
            throw new SuiteException(uri, problems);
        }
        String digest = "sha-256:" + DigestAlgorithm.SHA256.hex(bytes);
        return new Suite(role, "tradecert-conformance-" + role.id(), version, digest, uri, feature.getName(), scenarios);
    }

    /**
     * Checks a suite against a rule pack and its own conventions: every rule it names exists,
     * scenario ids are unique, every scenario says what it checks, and the scenario of the
     * remaining checks comes last. Returns the problems; an empty list means the suite fits.
     */
    public static List<Text> check(Suite suite, RuleCatalogue catalogue) {
        List<Text> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < suite.scenarios().size(); i++) {
            ScenarioDefinition scenario = suite.scenarios().get(i);
            if (!ids.add(scenario.id())) {
                problems.add(Text.of("suite.duplicateId", suite.uri(), scenario.id()));
            }
            for (String ruleId : scenario.ruleIds()) {
                if (catalogue.find(ruleId).isEmpty()) {
                    problems.add(Text.of("suite.unknownRule", suite.uri(), scenario.id(), ruleId, catalogue.pack().name(),
                            catalogue.pack().version()));
                }
            }
            boolean dynamic = scenario.tags().stream().anyMatch(tag -> tag.startsWith("@layer:") || tag.equals(ScenarioDefinition.REMAINING_TAG));
            if (scenario.ruleIds().isEmpty() && !dynamic) {
                problems.add(Text.of("suite.noRules", suite.uri(), scenario.id()));
            }
            if (scenario.remaining() && i != suite.scenarios().size() - 1) {
                problems.add(Text.of("suite.remainingNotLast", suite.uri(), scenario.id()));
            }
        }
        if (suite.scenarios().stream().noneMatch(ScenarioDefinition::remaining)) {
            problems.add(Text.of("suite.noRemaining", suite.uri()));
        }
        return problems;
    }

    private static List<Scenario> scenarios(Feature feature) {
        List<Scenario> list = new ArrayList<>();
        for (FeatureChild child : feature.getChildren()) {
            child.getScenario().ifPresent(list::add);
            child.getRule().ifPresent(rule -> {
                for (RuleChild ruleChild : rule.getChildren()) {
                    ruleChild.getScenario().ifPresent(list::add);
                }
            });
        }
        return list;
    }

    private static List<String> names(List<Tag> tags) {
        return tags.stream().map(Tag::getName).toList();
    }

    private static String value(List<String> tags, String prefix) {
        return tags.stream().filter(tag -> tag.startsWith(prefix)).map(tag -> tag.substring(prefix.length())).findFirst().orElse(null);
    }
}
