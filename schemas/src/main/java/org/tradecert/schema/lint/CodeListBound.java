package org.tradecert.schema.lint;

import org.tradecert.schema.governance.GovernanceFinding;
import org.tradecert.schema.source.LoadedRelease;

import java.util.List;

/** Every member of type Code or ListedCode is bound to a code list, so the code-list layer can check its values. */
public final class CodeListBound implements LintRule {

    @Override
    public String id() {
        return "LINT-CODE-LIST";
    }

    @Override
    public void check(LoadedRelease release, List<GovernanceFinding> findings) {
        Lint.eachProperty(release, (entity, property) -> {
            var type = property.dataType();
            boolean code = type.isPresent() && (type.get() == org.tradecert.schema.model.DataType.CODE
                    || type.get() == org.tradecert.schema.model.DataType.LISTED_CODE);
            if (code && property.codeList() == null) {
                findings.add(Lint.finding(id(), release, entity.name() + "/" + property.xmlName()));
            }
        });
    }
}
