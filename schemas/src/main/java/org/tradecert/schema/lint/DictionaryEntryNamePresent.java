package org.tradecert.schema.lint;

import org.tradecert.schema.governance.GovernanceFinding;
import org.tradecert.schema.source.LoadedRelease;

import java.util.List;

/** Every aggregate has a dictionary entry name ending in Details, and every member one of at least three parts: object class, property term and representation term. */
public final class DictionaryEntryNamePresent implements LintRule {

    @Override
    public String id() {
        return "LINT-DEN";
    }

    @Override
    public void check(LoadedRelease release, List<GovernanceFinding> findings) {
        for (var entity : release.module().entities().values()) {
            if (entity.den() == null || !entity.den().endsWith(". Details")) {
                findings.add(Lint.finding(id(), release, entity.name(), String.valueOf(entity.den())));
            }
        }
        Lint.eachProperty(release, (entity, property) -> {
            if (property.den() == null || property.den().split("\\. ").length < 3) {
                findings.add(Lint.finding(id(), release, entity.name() + "/" + property.xmlName(), String.valueOf(property.den())));
            }
        });
    }
}
