package org.tradecert.bench;

import org.tradecert.api.DocumentResult;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerResult;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A result sink that keeps counts only: verdicts, the rule ids of findings, and the time each
 * layer reported. It is called on the thread that runs the validator, one result at a time,
 * so it needs no locking.
 */
final class Tally implements Consumer<DocumentResult> {

    private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    private final Map<String, Long> findingRules = new TreeMap<>();
    private final Map<Layer, Long> layerNanos = new EnumMap<>(Layer.class);
    private long results;

    @Override
    public void accept(DocumentResult result) {
        results++;
        verdicts.merge(result.verdict(Severity.ERROR), 1L, Long::sum);
        result.findings().forEach(finding -> findingRules.merge(finding.ruleId(), 1L, Long::sum));
        for (LayerResult layer : result.layers()) {
            layerNanos.merge(layer.layer(), layer.durationNanos(), Long::sum);
        }
    }

    long results() {
        return results;
    }

    long count(Verdict verdict) {
        return verdicts.getOrDefault(verdict, 0L);
    }

    /** Findings by rule id, over every result; empty when every submission was free of findings. */
    Map<String, Long> findingRules() {
        return findingRules;
    }

    /** Nanoseconds each layer reported, summed over every result. */
    Map<Layer, Long> layerNanos() {
        return layerNanos;
    }

    /** A short account such as {@code 10000 results: 10000 CONFORMANT}, with the rule ids of any findings. */
    String describe() {
        StringBuilder text = new StringBuilder(results + " results:");
        verdicts.forEach((verdict, count) -> text.append(' ').append(count).append(' ').append(verdict));
        if (!findingRules.isEmpty()) {
            text.append("; findings by rule ").append(findingRules);
        }
        return text.toString();
    }
}
