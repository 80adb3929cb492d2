package org.tradecert.bench;

import org.tradecert.api.Layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The Markdown report of a harness run: machine, corpus, one section per goal, and the goals with their verdicts. */
final class Report {

    /** The heap of the largest export may exceed the smallest's by this factor and still count as flat. */
    static final double FLAT_FACTOR = 1.25;
    static final double FLOOR_SHARE_GOAL = 0.5;
    static final double STARTUP_FACTOR_GOAL = 4.0;

    private static final double MIB = 1024.0 * 1024.0;

    /**
     * The timings of goal 3.
     *
     * @param bare     the bare JVM start that the goal compares with
     * @param validate {@code tradecert validate FILE}, or null when the distribution has no such command yet
     */
    record StartupFigures(List<Startup.Timing> timings, Startup.Timing bare, Startup.Timing validate, boolean hasValidate, int runs) {
    }

    private final Map<String, String> machine;
    private final StringBuilder sections = new StringBuilder();
    private final List<String[]> goals = new ArrayList<>();
    private final List<String[]> loads = new ArrayList<>();

    Report(Map<String, String> machine) {
        this.machine = machine;
    }

    /** Records the load averages before and after one part of the run. */
    void load(String part, String before, String after) {
        loads.add(new String[] {part, before, after});
    }

    void corpus(Corpus corpus) {
        Corpus.Spec spec = corpus.spec();
        sections.append("## Corpus\n\n");
        sections.append("| item | value |\n|---|---|\n");
        row("submissions signed", corpus.manifest("submissions"));
        row("example documents they are copied from", corpus.manifest("templates"));
        row("envelope files (goal 1)", Integer.toString(spec.envelopeFiles()));
        row("ledger exports (goal 2)", spec.ledgerSizes().stream().map(size -> size + " submissions").collect(Collectors.joining(", "))
                + ", blocks of " + spec.blockSize());
        row("document types", counts(corpus, "type."));
        row("syntaxes", counts(corpus, "syntax."));
        row("signature algorithms", counts(corpus, "algorithm."));
        row("generation time", corpus.manifest("generation.seconds") + " s (once; later runs reuse the corpus)");
        sections.append('\n');
    }

    private static String counts(Corpus corpus, String prefix) {
        List<String> parts = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(corpus.manifestKeys())) {
            if (key.startsWith(prefix)) {
                parts.add(key.substring(prefix.length()) + " " + corpus.manifest(key));
            }
        }
        return String.join(", ", parts);
    }

    void throughput(List<Throughput.Measurement> measurements, int cores) {
        sections.append("## 1. Throughput against the cost floor\n\n");
        sections.append("Median of the measured rounds; each round handles every envelope once. \"Threads\" is the number of worker "
                + "threads: for the validator its pool size (`Validator.Builder.threads`), for the floor the threads that run it.\n\n");
        sections.append("| measurement | threads | submissions | median round | submissions/s | wall µs per submission "
                + "| CPU µs per submission | share of the floor on as many threads |\n");
        sections.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Throughput.Measurement measurement : measurements) {
            Throughput.Measurement floor = floorFor(measurements, measurement.threads());
            String share = floor == null || floor == measurement ? "" : percent(measurement.perSecond() / floor.perSecond());
            sections.append("| ").append(measurement.label()).append(" | ").append(measurement.threads()).append(" | ")
                    .append(measurement.submissions()).append(" | ").append(format("%.2f s", measurement.medianNanos() / 1e9)).append(" | ")
                    .append(format("%.0f", measurement.perSecond())).append(" | ").append(format("%.0f", measurement.microsPerSubmission()))
                    .append(" | ").append(format("%.0f", measurement.cpuMicrosPerSubmission())).append(" | ").append(share).append(" |\n");
        }
        sections.append('\n');
        for (Throughput.Measurement measurement : measurements) {
            if (measurement.tally() != null) {
                sections.append("- ").append(measurement.label()).append(", ").append(measurement.threads()).append(" threads: ")
                        .append(measurement.tally().describe()).append('\n');
            }
        }
        sections.append('\n');

        Throughput.Measurement profiled = measurements.stream()
                .filter(measurement -> measurement.tally() != null && measurement.threads() == 1).findFirst().orElse(null);
        if (profiled != null) {
            layerProfile(profiled);
        }

        for (int threads : List.of(cores, 1)) {
            Throughput.Measurement floor = floorFor(measurements, threads);
            Throughput.Measurement validate = measurements.stream().filter(measurement -> measurement.threads() == threads
                    && measurement.label().contains("in memory")).findFirst().orElse(null);
            if (floor != null && validate != null) {
                double share = validate.perSecond() / floor.perSecond();
                double cpuShare = floor.cpuMicrosPerSubmission() / validate.cpuMicrosPerSubmission();
                goals.add(new String[] {"1. validation throughput, " + threads + (threads == 1 ? " thread" : " threads (all cores)"),
                        "≥ 50 % of the floor's", format("%.0f/s against %.0f/s: ", validate.perSecond(), floor.perSecond()) + percent(share)
                        + format("; by CPU time per submission, %.0f µs against %.0f µs: ", validate.cpuMicrosPerSubmission(),
                        floor.cpuMicrosPerSubmission()) + percent(cpuShare),
                        share >= FLOOR_SHARE_GOAL ? "met" : "not met"});
            }
        }
    }

    private void layerProfile(Throughput.Measurement measurement) {
        Map<Layer, Long> nanos = measurement.tally().layerNanos();
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        sections.append("Where the validator's time goes, from the layer durations in `DocumentResult.layers()` of the last round on ")
                .append(measurement.threads()).append(" thread. Layer 2 (envelope) includes reading the envelope and layers 3 and 4 "
                + "(signature, certificate path, authorisation), which the engine times together; layer 5 (schema) includes parsing, "
                + "schema validation and binding. The wall time not in any layer is the engine's own work (pipeline, results, history).\n\n");
        sections.append("| layer | mean µs per submission | share of the wall time |\n|---|---:|---:|\n");
        long wall = measurement.medianNanos();
        for (Map.Entry<Layer, Long> layer : nanos.entrySet()) {
            if (layer.getValue() > 0) {
                sections.append("| ").append(layer.getKey().number()).append(' ').append(layer.getKey().key()).append(" | ")
                        .append(format("%.0f", layer.getValue() / 1e3 / measurement.submissions())).append(" | ")
                        .append(percent((double) layer.getValue() / wall)).append(" |\n");
            }
        }
        sections.append("| outside the layers | ").append(format("%.0f", (wall - total) / 1e3 / measurement.submissions())).append(" | ")
                .append(percent((double) (wall - total) / wall)).append(" |\n\n");
    }

    private static Throughput.Measurement floorFor(List<Throughput.Measurement> measurements, int threads) {
        return measurements.stream().filter(measurement -> measurement.tally() == null && measurement.threads() == threads)
                .findFirst().orElse(null);
    }

    void heap(List<HeapRun.Outcome> outcomes, String heapCap) {
        sections.append("## 2. Heap while streaming a ledger export\n\n");
        sections.append("`Validator.validatePaths(List.of(export), sink)` in a child JVM (`-Xmx").append(heapCap)
                .append("`, default collector) whose sink keeps counts only. \"After a GC\" is the most heap in use right after any "
                + "collection (an upper bound of the live data); \"live\" is the heap in use after a full collection requested at each "
                + "tenth of the submissions; \"pool peaks\" is the sum of the heap pools' peaks, garbage included.\n\n");
        sections.append("| submissions | exit code | seconds | results, conformant | max after a GC | max live | pool peaks | max committed | collections |\n");
        sections.append("|---:|---:|---:|---|---:|---:|---:|---:|---:|\n");
        for (HeapRun.Outcome outcome : outcomes) {
            if (!outcome.succeeded()) {
                sections.append("| ").append(outcome.submissions()).append(" | ").append(outcome.exitCode()).append(" | | failed: ")
                        .append(outcome.failure()).append(" | | | | | |\n");
                continue;
            }
            sections.append("| ").append(outcome.submissions()).append(" | 0 | ").append(outcome.values().get("seconds")).append(" | ")
                    .append(outcome.values().get("results")).append(", ").append(outcome.values().get("conformant")).append(" | ")
                    .append(mebibytes(outcome.bytes("maxAfterGc"))).append(" | ").append(mebibytes(outcome.maxLive())).append(" | ")
                    .append(mebibytes(outcome.bytes("poolPeaks"))).append(" | ").append(mebibytes(outcome.bytes("maxCommitted"))).append(" | ")
                    .append(outcome.values().get("collections")).append(" |\n");
        }
        sections.append('\n');
        for (HeapRun.Outcome outcome : outcomes) {
            if (outcome.succeeded()) {
                sections.append("- live heap at each tenth of ").append(outcome.submissions()).append(" submissions: ")
                        .append(outcome.live().stream().map(Report::mebibytes).collect(Collectors.joining(", "))).append('\n');
            }
        }
        sections.append('\n');

        HeapRun.Outcome largest = outcomes.stream().max(java.util.Comparator.comparingInt(HeapRun.Outcome::submissions)).orElse(null);
        HeapRun.Outcome smallest = outcomes.stream().min(java.util.Comparator.comparingInt(HeapRun.Outcome::submissions)).orElse(null);
        if (largest == null) {
            return;
        }
        if (!largest.succeeded()) {
            goals.add(new String[] {"2. heap, " + largest.submissions() + " submissions", "< 256 MiB", "failed with -Xmx" + heapCap
                    + " (exit code " + largest.exitCode() + ")", "not met"});
            return;
        }
        long peak = largest.bytes("maxAfterGc");
        goals.add(new String[] {"2. heap, " + largest.submissions() + " submissions", "< 256 MiB",
                "max after a GC " + mebibytes(peak) + ", max live " + mebibytes(largest.maxLive()), peak < 256 * MIB ? "met" : "not met"});
        if (smallest != null && smallest != largest && smallest.succeeded()) {
            double factor = (double) largest.maxLive() / smallest.maxLive();
            goals.add(new String[] {"2. heap flat in the number of submissions",
                    format("max live of %d ≤ %.2f × that of %d", largest.submissions(), FLAT_FACTOR, smallest.submissions()),
                    mebibytes(largest.maxLive()) + " against " + mebibytes(smallest.maxLive()) + format(" (%.2f ×)", factor),
                    factor <= FLAT_FACTOR ? "met" : "not met"});
        }
    }

    void startup(StartupFigures figures) {
        sections.append("## 3. One `tradecert validate FILE` against a bare JVM start\n\n");
        sections.append("Wall time from process start to exit, median of ").append(figures.runs())
                .append(" runs after 2 unmeasured ones.\n\n");
        sections.append("| command | median | × bare JVM start | exit codes |\n|---|---:|---:|---|\n");
        for (Startup.Timing timing : figures.timings()) {
            sections.append("| ").append(timing.label()).append(" | ").append(format("%.0f ms", timing.medianMillis())).append(" | ")
                    .append(format("%.2f", timing.medianMillis() / figures.bare().medianMillis())).append(" | ")
                    .append(timing.exitCodes().stream().distinct().map(String::valueOf).collect(Collectors.joining(", "))).append(" |\n");
        }
        sections.append('\n');
        if (figures.validate() != null) {
            double factor = figures.validate().medianMillis() / figures.bare().medianMillis();
            goals.add(new String[] {"3. one `tradecert validate FILE`", "< 4 × a bare JVM start",
                    format("%.0f ms against %.0f ms (%.2f ×)", figures.validate().medianMillis(), figures.bare().medianMillis(), factor),
                    factor < STARTUP_FACTOR_GOAL ? "met" : "not met"});
        } else {
            goals.add(new String[] {"3. one `tradecert validate FILE`", "< 4 × a bare JVM start",
                    "the distribution has no `validate` command yet; see the stand-in row", "pending"});
        }
    }

    String markdown() {
        StringBuilder text = new StringBuilder("# tradecert benchmark run\n\n## Machine\n\n| item | value |\n|---|---|\n");
        machine.forEach((key, value) -> text.append("| ").append(key).append(" | ").append(value).append(" |\n"));
        text.append('\n');
        if (!loads.isEmpty()) {
            text.append("Load averages (1, 5, 15 minutes) around each part; a 1-minute load above the core count means other "
                    + "processes competed for the CPU and wall times are inflated.\n\n");
            text.append("| part | before | after |\n|---|---|---|\n");
            for (String[] load : loads) {
                text.append("| ").append(String.join(" | ", load)).append(" |\n");
            }
            text.append('\n');
        }
        if (!goals.isEmpty()) {
            text.append("## Goals\n\n| goal | target | measured | verdict |\n|---|---|---|---|\n");
            for (String[] goal : goals) {
                text.append("| ").append(String.join(" | ", goal)).append(" |\n");
            }
            text.append('\n');
        }
        return text.append(sections).toString();
    }

    private void row(String item, String value) {
        sections.append("| ").append(item).append(" | ").append(value).append(" |\n");
    }

    private static String percent(double share) {
        return format("%.1f %%", share * 100);
    }

    static String mebibytes(long bytes) {
        return format("%.1f MiB", bytes / MIB);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
