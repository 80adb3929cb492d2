package org.tradecert.schema.diff;

import org.tradecert.schema.generate.SemanticVersion;
import org.tradecert.schema.source.ReleaseEntry;
import org.tradecert.schema.source.ReleaseLocator;
import org.tradecert.schema.source.SchemaLoadException;
import org.tradecert.schema.source.SchemaRepository;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pairs the releases of two operands by document type and compares each pair; with
 * {@code transitive}, the new release is compared with every earlier release of its major
 * version found in either tree. A type found on one side only is SD107 or SD108.
 */
public final class DiffRun {

    private DiffRun() {
    }

    public static List<DiffResult> run(ReleaseLocator.Selection old, ReleaseLocator.Selection neu, boolean transitive)
            throws IOException, SchemaLoadException {
        Map<String, ReleaseEntry> oldByType = new TreeMap<>();
        old.releases().forEach(e -> oldByType.put(e.module(), e));
        Map<String, ReleaseEntry> newByType = new TreeMap<>();
        neu.releases().forEach(e -> newByType.put(e.module(), e));
        boolean single = old.releases().size() == 1 && neu.releases().size() == 1;

        List<DiffResult> results = new ArrayList<>();
        if (single) {
            ReleaseEntry before = old.releases().get(0);
            ReleaseEntry after = neu.releases().get(0);
            results.addAll(compare(old.repository(), before, neu.repository(), after, transitive));
            return results;
        }
        for (Map.Entry<String, ReleaseEntry> entry : newByType.entrySet()) {
            ReleaseEntry before = oldByType.get(entry.getKey());
            if (before == null) {
                results.add(typeChange(entry.getKey(), null, entry.getValue().semanticVersion(), ChangeKind.SD107));
            } else {
                results.addAll(compare(old.repository(), before, neu.repository(), entry.getValue(), transitive));
            }
        }
        for (Map.Entry<String, ReleaseEntry> entry : oldByType.entrySet()) {
            if (!newByType.containsKey(entry.getKey())) {
                results.add(typeChange(entry.getKey(), entry.getValue().semanticVersion(), null, ChangeKind.SD108));
            }
        }
        return results;
    }

    private static List<DiffResult> compare(SchemaRepository oldRepository, ReleaseEntry before, SchemaRepository newRepository,
                                            ReleaseEntry after, boolean transitive) throws IOException, SchemaLoadException {
        List<DiffResult> results = new ArrayList<>();
        var newRelease = newRepository.load(after.module(), after.version());
        results.add(SchemaDiff.compare(oldRepository.load(before.module(), before.version()), newRelease));
        if (!transitive) {
            return results;
        }
        SemanticVersion target = after.semanticVersion();
        Set<String> done = new java.util.HashSet<>(Set.of(before.version()));
        for (SchemaRepository repository : List.of(oldRepository, newRepository)) {
            for (ReleaseEntry earlier : repository.versions(after.module())) {
                SemanticVersion version = earlier.semanticVersion();
                if (version.major() == target.major() && version.compareTo(target) < 0 && done.add(earlier.version())) {
                    results.add(SchemaDiff.compare(repository.load(earlier.module(), earlier.version()), newRelease));
                }
            }
        }
        results.sort(java.util.Comparator.comparing(DiffResult::oldVersion));
        return results;
    }

    private static DiffResult typeChange(String module, SemanticVersion oldVersion, SemanticVersion newVersion, ChangeKind kind) {
        ChangeClass changeClass = kind.declared();
        DiffFinding finding = new DiffFinding(kind, changeClass, true, module, null, null,
                oldVersion == null ? null : module + "@" + oldVersion, newVersion == null ? null : module + "@" + newVersion,
                Set.of(), null, null, null);
        return new DiffResult(module, oldVersion, newVersion, List.of(finding));
    }

    /** The earlier release in the same tree that a release is checked against first: the newest version below it. */
    public static Optional<ReleaseEntry> previous(SchemaRepository repository, ReleaseEntry release) {
        ReleaseEntry found = null;
        for (ReleaseEntry entry : repository.versions(release.module())) {
            if (entry.semanticVersion().compareTo(release.semanticVersion()) < 0 && entry.released()) {
                found = entry;
            }
        }
        return Optional.ofNullable(found);
    }
}
