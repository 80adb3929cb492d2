package org.tradecert.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The machine and Java a run measured on, as the benchmark page records them. */
final class Machine {

    private Machine() {
    }

    /** Cores, CPU model, memory, operating system, Java and the commit of the working tree, in that order. */
    static Map<String, String> describe(Path repository) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("cores (nproc)", Integer.toString(Runtime.getRuntime().availableProcessors()));
        facts.put("CPU model (lscpu)", lscpuModel());
        facts.put("memory", memory());
        facts.put("operating system", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        facts.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        facts.put("commit", command(repository, "git", "rev-parse", "--short", "HEAD")
                + (command(repository, "git", "status", "--porcelain").isEmpty() ? "" : " with uncommitted changes"));
        return facts;
    }

    /**
     * Reads the 1, 5 and 15 minute load averages from {@code /proc/loadavg}. Other processes on
     * the machine inflate wall times, so the report shows the load around each part.
     */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown";
        }
    }

    private static String lscpuModel() {
        for (String line : command(Path.of("."), "lscpu").split("\n")) {
            if (line.startsWith("Model name:")) {
                return line.substring("Model name:".length()).trim();
            }
        }
        return "unknown";
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("MemTotal:")) {
                    long kibibytes = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(java.util.Locale.ROOT, "%.1f GiB", kibibytes / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }

    /** Runs a local command and returns its trimmed output, or an empty string when it is missing or fails. */
    private static String command(Path directory, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return "";
            }
            return output;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
