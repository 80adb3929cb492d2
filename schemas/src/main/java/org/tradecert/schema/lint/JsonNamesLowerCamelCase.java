package org.tradecert.schema.lint;

import org.tradecert.schema.governance.GovernanceFinding;
import org.tradecert.schema.source.LoadedRelease;

import java.util.List;

/** JSON member names are lowerCamelCase, letters and digits only, as the UN/CEFACT JSON naming rules require. */
public final class JsonNamesLowerCamelCase implements LintRule {

    @Override
    public String id() {
        return "LINT-JSON-NAME";
    }

    @Override
    public void check(LoadedRelease release, List<GovernanceFinding> findings) {
        java.util.regex.Pattern form = java.util.regex.Pattern.compile("[a-z][A-Za-z0-9]*");
        Lint.eachProperty(release, (entity, property) -> {
            if (!form.matcher(property.jsonName()).matches()) {
                findings.add(Lint.finding(id(), release, entity.name() + "/" + property.xmlName(), property.jsonName()));
            }
        });
    }
}
