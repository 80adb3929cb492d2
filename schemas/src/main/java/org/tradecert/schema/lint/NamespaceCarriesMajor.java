package org.tradecert.schema.lint;

import org.tradecert.schema.governance.GovernanceFinding;
import org.tradecert.schema.source.LoadedRelease;

import java.util.List;

/** Every XML Schema target namespace ends with the major version, so a MINOR release keeps its namespace and a MAJOR release changes it. */
public final class NamespaceCarriesMajor implements LintRule {

    @Override
    public String id() {
        return "LINT-NAMESPACE";
    }

    @Override
    public void check(LoadedRelease release, List<GovernanceFinding> findings) {
        for (var file : release.xsd().values()) {
            String namespace = file.targetNamespace();
            if (!namespace.matches(".*:[0-9]+")) {
                findings.add(Lint.finding(id(), release, file.path(), namespace));
            }
        }
    }
}
