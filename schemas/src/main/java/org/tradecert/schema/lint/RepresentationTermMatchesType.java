package org.tradecert.schema.lint;

import org.tradecert.schema.governance.GovernanceFinding;
import org.tradecert.schema.source.LoadedRelease;

import java.util.List;

/** The dictionary entry name of a member with a data type ends with that type's representation term, such as Amount, Code or Date Time. */
public final class RepresentationTermMatchesType implements LintRule {

    @Override
    public String id() {
        return "LINT-REPRESENTATION-TERM";
    }

    @Override
    public void check(LoadedRelease release, List<GovernanceFinding> findings) {
        Lint.eachProperty(release, (entity, property) -> {
            if (property.den() == null || property.dataType().isEmpty()) {
                return;
            }
            String term = property.dataType().get().representationTerm();
            if (!property.den().endsWith(term)) {
                findings.add(Lint.finding(id(), release, entity.name() + "/" + property.xmlName(), property.den(), term));
            }
        });
    }
}
