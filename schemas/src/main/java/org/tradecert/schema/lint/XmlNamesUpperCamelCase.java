package org.tradecert.schema.lint;

import org.tradecert.schema.governance.GovernanceFinding;
import org.tradecert.schema.source.LoadedRelease;

import java.util.List;

/** XML element and type names are UpperCamelCase, letters and digits only, as the UN/CEFACT XML naming rules require. */
public final class XmlNamesUpperCamelCase implements LintRule {

    @Override
    public String id() {
        return "LINT-XML-NAME";
    }

    @Override
    public void check(LoadedRelease release, List<GovernanceFinding> findings) {
        java.util.regex.Pattern form = java.util.regex.Pattern.compile("[A-Z][A-Za-z0-9]*");
        for (var entity : release.module().entities().values()) {
            if (!form.matcher(entity.name()).matches()) {
                findings.add(Lint.finding(id(), release, entity.name(), entity.name()));
            }
        }
        Lint.eachProperty(release, (entity, property) -> {
            if (!form.matcher(property.xmlName()).matches()) {
                findings.add(Lint.finding(id(), release, entity.name() + "/" + property.xmlName(), property.xmlName()));
            }
        });
    }
}
