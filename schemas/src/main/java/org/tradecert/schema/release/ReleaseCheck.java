package org.tradecert.schema.release;

import org.tradecert.schema.diff.AllowList;
import org.tradecert.schema.diff.Bump;
import org.tradecert.schema.diff.DiffGate;
import org.tradecert.schema.diff.DiffResult;
import org.tradecert.schema.diff.Mode;
import org.tradecert.schema.diff.SchemaDiff;
import org.tradecert.schema.generate.BuildCheck;
import org.tradecert.schema.generate.SchemaLayout;
import org.tradecert.schema.generate.SemanticVersion;
import org.tradecert.schema.governance.GovernanceFinding;
import org.tradecert.schema.governance.LocalizedText;
import org.tradecert.schema.model.Deprecation;
import org.tradecert.schema.model.Entity;
import org.tradecert.schema.model.ModelModule;
import org.tradecert.schema.model.Property;
import org.tradecert.schema.source.LoadedRelease;
import org.tradecert.schema.source.ReleaseEntry;
import org.tradecert.schema.source.ReleaseLocator;
import org.tradecert.schema.source.SchemaLoadException;
import org.tradecert.schema.source.SchemaRepository;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the current models against the releases in the schema tree before a release. Each
 * module's declared version must cover its changes since the last release. A PATCH changes no
 * valid document, a MINOR only adds (checked against every earlier release of the same major),
 * and a MAJOR may change anything. The namespace must carry the major version and the JSON
 * {@code $id} the full version, released files must be unchanged, and every deprecation needs
 * a sunset date.
 */
public final class ReleaseCheck {

    /** The findings of the check for every module, with the diffs it ran. */
    public record Report(List<GovernanceFinding> findings, List<DiffGate.Verdict> verdicts) {
        public boolean failing() {
            return findings.stream().anyMatch(GovernanceFinding::error);
        }
    }

    private ReleaseCheck() {
    }

    public static Report run(Path modelDirectory, Path tree, AllowList allowList, LocalDate today) throws IOException, SchemaLoadException {
        List<GovernanceFinding> findings = new ArrayList<>();
        List<DiffGate.Verdict> verdicts = new ArrayList<>();
        for (String problem : BuildCheck.check(modelDirectory, tree)) {
            findings.add(new GovernanceFinding("RC-RELEASED-FILES", true, "-", "-", problem,
                    LocalizedText.of("release.filesChanged", problem), List.of()));
        }
        SchemaRepository repository = ReleaseLocator.fromModels(modelDirectory, tree);
        List<ReleaseEntry> current = repository.entries().stream().filter(ReleaseEntry::current).toList();
        for (ReleaseEntry entry : current) {
            LoadedRelease release = repository.load(entry.module(), entry.version());
            identity(release, findings);
            deprecations(release, findings);
            versions(repository, entry, release, allowList, today, findings, verdicts);
        }
        return new Report(List.copyOf(findings), List.copyOf(verdicts));
    }

    private static void identity(LoadedRelease release, List<GovernanceFinding> findings) {
        ModelModule module = release.module();
        String major = ":" + module.major();
        if (!module.xmlNamespace().endsWith(major)) {
            findings.add(new GovernanceFinding("RC-NAMESPACE-MAJOR", true, module.id(), module.version(), "xml.namespace",
                    LocalizedText.of("release.namespace", module.id(), module.version(), module.xmlNamespace(), module.major()), List.of()));
        }
        String expectedId = SchemaLayout.jsonId(SchemaLayout.rootJson(module));
        if (!module.jsonId().equals(expectedId)) {
            findings.add(new GovernanceFinding("RC-JSON-ID", true, module.id(), module.version(), "json.id",
                    LocalizedText.of("release.jsonId", module.id(), module.version(), module.jsonId(), expectedId), List.of()));
        }
    }

    private static void deprecations(LoadedRelease release, List<GovernanceFinding> findings) {
        ModelModule module = release.module();
        for (Entity entity : module.entities().values()) {
            sunset(module, entity.name(), entity.deprecation(), findings);
            for (Property property : entity.properties()) {
                sunset(module, entity.name() + "/" + property.xmlName(), property.deprecation(), findings);
            }
        }
    }

    private static void sunset(ModelModule module, String place, Deprecation deprecation, List<GovernanceFinding> findings) {
        if (deprecation != null && deprecation.sunset() == null) {
            findings.add(new GovernanceFinding("RC-DEPRECATION-SUNSET", true, module.id(), module.version(), place,
                    LocalizedText.of("release.sunset", module.id(), module.version(), place), List.of()));
        }
    }

    private static void versions(SchemaRepository repository, ReleaseEntry entry, LoadedRelease release, AllowList allowList,
                                 LocalDate today, List<GovernanceFinding> findings, List<DiffGate.Verdict> verdicts)
            throws IOException, SchemaLoadException {
        SemanticVersion declared = entry.semanticVersion();
        List<ReleaseEntry> earlier = repository.versions(entry.module()).stream()
                .filter(e -> e.released() && e.semanticVersion().compareTo(declared) < 0).toList();
        if (earlier.isEmpty()) {
            return;
        }
        ReleaseEntry last = earlier.get(earlier.size() - 1);
        Bump bump = Bump.between(last.semanticVersion(), declared);
        if ((bump == Bump.MAJOR && (declared.minor() != 0 || declared.patch() != 0)) || (bump == Bump.MINOR && declared.patch() != 0)) {
            findings.add(new GovernanceFinding("RC-VERSION-FORM", true, entry.module(), entry.version(), "version",
                    LocalizedText.of("release.versionForm", entry.module(), last.version(), entry.version()), List.of()));
        }
        List<ReleaseEntry> baselines = bump == Bump.MAJOR ? List.of(last)
                : earlier.stream().filter(e -> e.semanticVersion().major() == declared.major()).toList();
        List<DiffResult> results = new ArrayList<>();
        for (ReleaseEntry baseline : baselines) {
            results.add(SchemaDiff.compare(repository.load(baseline.module(), baseline.version()), release));
        }
        DiffGate.Verdict verdict = DiffGate.judge(results, Mode.PRODUCER, baselines.size() > 1, allowList, today);
        verdicts.add(verdict);
        for (DiffGate.Comparison comparison : verdict.comparisons()) {
            if (comparison.versionSufficient()) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            for (DiffGate.Judged judged : comparison.findings()) {
                if (judged.counts() && judged.severity() == DiffGate.Severity.ERROR) {
                    reasons.add(judged.finding().kind().name() + " " + judged.finding().kind().id() + " " + judged.finding().path()
                            + " (" + judged.finding().effectiveClass() + ", " + judged.required() + ")");
                }
            }
            findings.add(new GovernanceFinding("RC-VERSION-BUMP", true, entry.module(), entry.version(), "version",
                    LocalizedText.of("release.bump", entry.module(), entry.version(), comparison.result().oldLabel(),
                            comparison.declared().name(), comparison.required().name(), suggest(comparison.result().oldVersion(), comparison.required())),
                    List.copyOf(reasons)));
        }
    }

    /** The smallest version after {@code from} that makes the required increment. */
    private static String suggest(SemanticVersion from, Bump required) {
        return switch (required) {
            case MAJOR -> (from.major() + 1) + ".0.0";
            case MINOR -> from.major() + "." + (from.minor() + 1) + ".0";
            default -> from.major() + "." + from.minor() + "." + (from.patch() + 1);
        };
    }
}
