package org.tradecert.schema.lint;

import org.tradecert.schema.governance.GovernanceFinding;
import org.tradecert.schema.governance.LocalizedText;
import org.tradecert.schema.model.Entity;
import org.tradecert.schema.model.ModelModule;
import org.tradecert.schema.model.Property;
import org.tradecert.schema.source.LoadedRelease;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Runs every lint rule on releases; a release is clean when no rule reports anything. */
public final class Lint {

    private static final List<LintRule> RULES = List.of(
            new XmlNamesUpperCamelCase(),
            new JsonNamesLowerCamelCase(),
            new DefinitionsInBothLanguages(),
            new DictionaryEntryNamePresent(),
            new RepresentationTermMatchesType(),
            new CodeListBound(),
            new CardinalitySane(),
            new NoAnonymousTypes(),
            new JsonObjectsClosed(),
            new NamespaceCarriesMajor());

    private Lint() {
    }

    public static List<LintRule> rules() {
        return RULES;
    }

    public static List<GovernanceFinding> check(LoadedRelease release) {
        List<GovernanceFinding> findings = new ArrayList<>();
        for (LintRule rule : RULES) {
            rule.check(release, findings);
        }
        return findings;
    }

    /** Visits every aggregate of the release's own module with its properties. */
    static void eachProperty(LoadedRelease release, BiConsumer<Entity, Property> visitor) {
        for (Entity entity : release.module().entities().values()) {
            for (Property property : entity.properties()) {
                visitor.accept(entity, property);
            }
        }
    }

    static GovernanceFinding finding(String id, LoadedRelease release, String place, Object... arguments) {
        ModelModule module = release.module();
        Object[] all = new Object[arguments.length + 1];
        all[0] = place;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return new GovernanceFinding(id, true, module.id(), module.version(), place, LocalizedText.of("lint." + id + ".message", all), List.of());
    }
}
