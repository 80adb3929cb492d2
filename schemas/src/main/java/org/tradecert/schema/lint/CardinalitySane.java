package org.tradecert.schema.lint;

import org.tradecert.schema.governance.GovernanceFinding;
import org.tradecert.schema.source.LoadedRelease;

import java.util.List;

/** Cardinalities are sane: the maximum is at least one and not below the minimum, the minimum is 0 or 1, and a deprecated member is optional. */
public final class CardinalitySane implements LintRule {

    @Override
    public String id() {
        return "LINT-CARDINALITY";
    }

    @Override
    public void check(LoadedRelease release, List<GovernanceFinding> findings) {
        Lint.eachProperty(release, (entity, property) -> {
            var card = property.cardinality();
            boolean deprecatedButRequired = property.deprecation() != null && card.required();
            if (!card.sane() || card.min() > 1 || deprecatedButRequired) {
                findings.add(Lint.finding(id(), release, entity.name() + "/" + property.xmlName(), card.toString()));
            }
        });
    }
}
