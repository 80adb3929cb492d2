package org.tradecert.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Goal 3: wall time of one short-lived command from start to exit, as a user at a shell
 * experiences it. Each command runs some unmeasured times first, so its files are in the page
 * cache, and then the measured times. The figure is the median.
 */
final class Startup {

    /** The JVM options of the distribution's launcher script, for the baseline that uses the same ones. */
    static final List<String> LAUNCHER_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Dfile.encoding=UTF-8");

    private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

    /**
     * One timed command.
     *
     * @param exitCodes the exit code of every measured run
     */
    record Timing(String label, List<String> command, List<Long> nanos, List<Integer> exitCodes) {

        long medianNanos() {
            List<Long> sorted = nanos.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        double medianMillis() {
            return medianNanos() / 1e6;
        }

        boolean allExitedWith(int code) {
            return exitCodes.stream().allMatch(exit -> exit == code);
        }
    }

    private final int warmups;
    private final int runs;

    Startup(int warmups, int runs) {
        this.warmups = warmups;
        this.runs = runs;
    }

    Timing time(String label, List<String> command) throws IOException, InterruptedException {
        for (int i = 0; i < warmups; i++) {
            runOnce(command);
        }
        List<Long> nanos = new ArrayList<>();
        List<Integer> exitCodes = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            int exitCode = runOnce(command);
            nanos.add(System.nanoTime() - start);
            exitCodes.add(exitCode);
        }
        Timing timing = new Timing(label, List.copyOf(command), List.copyOf(nanos), List.copyOf(exitCodes));
        LOG.info("{}: median {} ms over {} runs, exit codes {}", label, String.format("%.0f", timing.medianMillis()), runs, exitCodes);
        return timing;
    }

    /**
     * Returns whether the distribution has a {@code validate} command. Asking for its help is the
     * test, because without the command picocli prints the top-level usage instead.
     */
    static boolean hasValidateCommand(Path launcher) throws IOException, InterruptedException {
        if (!Files.isExecutable(launcher)) {
            return false;
        }
        Process process = new ProcessBuilder(launcher.toString(), "validate", "--help").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        return output.startsWith("Usage: tradecert validate");
    }

    /** Returns the java launcher of this process, so that every timed command runs on the same Java. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int runOnce(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor();
    }
}
