package org.tradecert.schema.lint;

import org.tradecert.schema.governance.GovernanceFinding;
import org.tradecert.schema.source.LoadedRelease;

import java.util.List;

/** Every document type, aggregate, member and code list has its text in English and in Chinese. */
public final class DefinitionsInBothLanguages implements LintRule {

    @Override
    public String id() {
        return "LINT-DEFINITION";
    }

    @Override
    public void check(LoadedRelease release, List<GovernanceFinding> findings) {
        var module = release.module();
        if (!module.title().complete()) {
            findings.add(Lint.finding(id(), release, "title"));
        }
        if (!module.definition().complete()) {
            findings.add(Lint.finding(id(), release, "definition"));
        }
        for (var entity : module.entities().values()) {
            if (!entity.definition().complete()) {
                findings.add(Lint.finding(id(), release, entity.name()));
            }
        }
        Lint.eachProperty(release, (entity, property) -> {
            if (!property.definition().complete()) {
                findings.add(Lint.finding(id(), release, entity.name() + "/" + property.xmlName()));
            }
        });
        for (var list : module.codeLists().values()) {
            if (!list.name().complete()) {
                findings.add(Lint.finding(id(), release, "codeList " + list.id()));
            }
        }
    }
}
