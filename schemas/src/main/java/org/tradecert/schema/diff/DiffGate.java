package org.tradecert.schema.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Judges diff results against the versioning policy. Each finding needs a version increment,
 * which depends on the mode: for producers WIDEN needs MINOR, and NARROW or BREAK need MAJOR.
 * A finding is an error when the release's version number increases less than that, a warning
 * when it changes valid documents but the increment covers it, and information otherwise.
 * SD901 is always an error. Allowed findings stay in the report and count for nothing.
 */
public final class DiffGate {

    /** How much a finding matters for the gate. */
    public enum Severity { INFO, WARNING, ERROR }

    /** A finding judged: the increment it needs, its severity and, when allowed, the entry that allows it. */
    public record Judged(DiffFinding finding, Bump required, Severity severity, AllowList.Entry allowedBy) {
        public boolean counts() {
            return allowedBy == null;
        }
    }

    /** One baseline compared with the new release. */
    public record Comparison(DiffResult result, Bump declared, Bump required, List<Judged> findings) {
        public boolean versionSufficient() {
            return declared.atLeast(required);
        }
    }

    /** Everything a diff run found and decided. */
    public record Verdict(Mode mode, boolean transitive, List<Comparison> comparisons, List<String> expiredEntries,
                          List<String> unusedEntries) {

        public Bump required() {
            Bump required = Bump.NONE;
            for (Comparison comparison : comparisons) {
                required = Bump.max(required, comparison.required());
            }
            return required;
        }

        /** True when a counted finding reaches the threshold. */
        public boolean failing(Severity threshold) {
            for (Comparison comparison : comparisons) {
                for (Judged judged : comparison.findings()) {
                    if (judged.counts() && judged.severity().compareTo(threshold) >= 0) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private DiffGate() {
    }

    public static Verdict judge(List<DiffResult> results, Mode mode, boolean transitive, AllowList allowList, LocalDate today) {
        List<Comparison> comparisons = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (DiffResult result : results) {
            Bump declared = result.declaredBump();
            Bump required = Bump.NONE;
            List<Judged> judged = new ArrayList<>();
            for (DiffFinding finding : result.findings()) {
                AllowList.Entry entry = allowList.allowing(result.module(), finding, today).orElse(null);
                if (entry != null) {
                    used.add(entry.index());
                }
                Bump needed = mode.bumpFor(finding.effectiveClass(), finding.kind().equalBump());
                if (finding.kind() == ChangeKind.SD704 && finding.component() != null && finding.modifiers().contains(Modifier.REUSE)
                        && result.module().equals("common")) {
                    needed = Bump.MAJOR;
                }
                Severity severity;
                if (finding.kind() == ChangeKind.SD901 || !declared.atLeast(needed)) {
                    severity = Severity.ERROR;
                } else if (finding.effectiveClass() != ChangeClass.EQ) {
                    severity = Severity.WARNING;
                } else {
                    severity = Severity.INFO;
                }
                if (entry == null) {
                    required = Bump.max(required, needed);
                }
                judged.add(new Judged(finding, needed, severity, entry));
            }
            comparisons.add(new Comparison(result, declared, required, List.copyOf(judged)));
        }
        List<String> expired = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        for (AllowList.Entry entry : allowList.entries()) {
            if (entry.expired(today)) {
                expired.add(entry.index() + " " + entry.kind().name() + " " + entry.path() + " (" + entry.expires() + ")");
            } else if (!used.contains(entry.index())) {
                unused.add(entry.index() + " " + entry.kind().name() + " " + entry.path());
            }
        }
        return new Verdict(mode, transitive, List.copyOf(comparisons), expired, unused);
    }
}
