package org.tradecert.examples.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the heap of {@code tradecert validate} on a ledger: starts a child JVM with a fixed
 * maximum heap and the flags of the {@code tradecert} launcher, runs {@link HeapWatch} there,
 * and prints the figures as a Markdown table row with the machine it ran on. The child's
 * standard output (the text report) is discarded and its error output kept in a file beside
 * the report.
 *
 * <pre>
 * java -cp ... org.tradecert.examples.memory.HeapMeasurement --ledger DIR --report FILE [--xmx 256m] [--sample-millis 2000] [--threads N]
 *     [-- TRADECERT-ARGUMENTS...]
 * </pre>
 *
 * <p>Arguments after {@code --} replace the command measured, {@code validate DIR}; for example
 * {@code -- ledger verify DIR} measures the chain and submission checks without the document
 * layers and the trade transactions.
 */
public final class HeapMeasurement {

    /** The JVM flags of {@code cli/src/main/dist/bin/tradecert}, so the child behaves as the command does. */
    static final List<String> LAUNCHER_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
            "-Dfile.encoding=UTF-8", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");

    private HeapMeasurement() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path ledger = null;
        Path report = null;
        String xmx = "256m";
        String sampleMillis = "2000";
        String threads = null;
        List<String> measured = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                measured = List.of(args).subList(i + 1, args.length);
                break;
            }
            switch (args[i]) {
                case "--ledger" -> ledger = Path.of(args[++i]);
                case "--report" -> report = Path.of(args[++i]);
                case "--xmx" -> xmx = args[++i];
                case "--sample-millis" -> sampleMillis = args[++i];
                case "--threads" -> threads = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --ledger DIR --report FILE [--xmx SIZE] [--sample-millis N] [--threads N]");
            }
        }
        if (ledger == null || report == null) {
            throw new IllegalArgumentException("--ledger DIR and --report FILE are required");
        }

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + xmx);
        command.addAll(LAUNCHER_FLAGS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(HeapWatch.class.getName());
        command.add(report.toString());
        command.add(sampleMillis);
        if (measured != null) {
            command.addAll(measured);
        } else {
            command.addAll(List.of("validate", ledger.toString(), "--lang", "en", "--color", "never"));
            if (threads != null) {
                command.addAll(List.of("--threads", threads));
            }
        }
        Path errors = report.resolveSibling(report.getFileName() + ".stderr.txt");
        Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors.toFile()).start();
        int exit = child.waitFor();

        JsonNode figures = new ObjectMapper().readTree(Files.readAllBytes(report));
        System.out.println("| ledger | command | -Xmx | exit | wall time | max live heap (forced full GC every " + sampleMillis
                + " ms) | max heap after the run's own collections | collections |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %d | %.0f s | %.1f MiB | %.1f MiB | %d |%n", ledger.getFileName(),
                measured == null ? "validate" : String.join(" ", measured.subList(0, Math.min(2, measured.size()))), xmx, exit,
                figures.path("wallMillis").asLong() / 1000.0, mebibytes(figures.path("maxLiveHeapBytes").asLong()),
                mebibytes(figures.path("maxHeapAfterGcBytes").asLong()), figures.path("collections").asLong());
        System.out.printf(Locale.ROOT, "machine: %d processors, %.1f GiB physical memory, %s %s, Java %s (%s), collector %s%n",
                Runtime.getRuntime().availableProcessors(), physicalGibibytes(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                figures.path("collector").asText());
    }

    private static double mebibytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static double physicalGibibytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / (1024.0 * 1024.0 * 1024.0);
        }
        return Double.NaN;
    }
}
