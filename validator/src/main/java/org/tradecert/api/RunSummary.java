package org.tradecert.api;

import java.util.EnumMap;
import java.util.Map;

/**
 * The totals of a run, kept while results stream past so nothing else needs to stay in memory.
 * Not thread-safe: the engine delivers results to it one at a time, in order.
 */
public final class RunSummary {

    private final Severity threshold;
    private long inputs;
    private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    private final Map<Severity, Long> findings = new EnumMap<>(Severity.class);
    private Verdict worst = Verdict.CONFORMANT;

    public RunSummary(Severity threshold) {
        this.threshold = threshold;
    }

    public void add(DocumentResult result) {
        inputs++;
        Verdict verdict = result.verdict(threshold);
        verdicts.merge(verdict, 1L, Long::sum);
        worst = worst.worse(verdict);
        for (Finding finding : result.findings()) {
            findings.merge(finding.severity(), 1L, Long::sum);
        }
    }

    public Severity threshold() {
        return threshold;
    }

    public long inputs() {
        return inputs;
    }

    public long count(Verdict verdict) {
        return verdicts.getOrDefault(verdict, 0L);
    }

    public long findings(Severity severity) {
        return findings.getOrDefault(severity, 0L);
    }

    /** The worst verdict of any input; conformant for an empty run. */
    public Verdict verdict() {
        return worst;
    }
}
