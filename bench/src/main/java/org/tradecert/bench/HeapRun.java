package org.tradecert.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Goal 2 from the parent's side: starts {@link HeapProbe} in a child JVM with a heap cap and reads back its line. */
final class HeapRun {

    private static final Logger LOG = LoggerFactory.getLogger(HeapRun.class);

    /**
     * The outcome of one probe.
     *
     * @param values   the probe's {@code key=value} pairs; empty when it failed
     * @param exitCode the child's exit code; non-zero when it ran out of heap or failed otherwise
     * @param failure  the last lines of the child's output when it failed, else null
     */
    record Outcome(int submissions, String heapCap, List<String> jvmOptions, Map<String, String> values, int exitCode,
                   String failure) {

        boolean succeeded() {
            return exitCode == 0 && !values.isEmpty();
        }

        long bytes(String key) {
            return Long.parseLong(values.get(key));
        }

        /** Returns the live-heap samples, in bytes, in submission order. */
        List<Long> live() {
            String text = values.getOrDefault("live", "");
            return text.isEmpty() ? List.of() : java.util.Arrays.stream(text.split(",")).map(Long::valueOf).toList();
        }

        long maxLive() {
            return live().stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    private HeapRun() {
    }

    static Outcome probe(Path export, int submissions, String heapCap) throws IOException, InterruptedException {
        List<String> options = List.of("-Xmx" + heapCap, "-XX:+ExitOnOutOfMemoryError");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(HeapProbe.class.getName());
        command.add(export.toString());
        command.add(Integer.toString(submissions));
        LOG.info("streaming {} submissions through the validator with -Xmx{}", submissions, heapCap);

        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exitCode = process.waitFor();

        Map<String, String> values = new HashMap<>();
        for (String line : output.split("\n")) {
            if (line.startsWith(HeapProbe.PREFIX + " ")) {
                for (String pair : line.substring(HeapProbe.PREFIX.length() + 1).split(" ")) {
                    int equals = pair.indexOf('=');
                    values.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
        }
        String failure = null;
        if (exitCode != 0 || values.isEmpty()) {
            List<String> lines = List.of(output.split("\n"));
            failure = String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
            LOG.warn("the heap probe of {} submissions with -Xmx{} failed with exit code {}: {}", submissions, heapCap, exitCode, failure);
        } else {
            LOG.info("heap probe of {} submissions: {}", submissions, values);
        }
        return new Outcome(submissions, heapCap, options, values, exitCode, failure);
    }
}
