package org.tradecert.schema.lint;

import org.tradecert.schema.governance.GovernanceFinding;
import org.tradecert.schema.source.LoadedRelease;

import java.util.List;

/**
 * One naming or design rule of the standard, after the UN/CEFACT naming and design rules,
 * checked on a release's model or its generated schemas. Texts: {@code lint.<ID>.description}
 * and {@code lint.<ID>.message} in the governance bundle.
 */
public interface LintRule {

    String id();

    void check(LoadedRelease release, List<GovernanceFinding> findings);
}
