package org.tradecert.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tradecert.engine.Input;
import org.tradecert.engine.Validator;
import org.tradecert.registry.NetworkRegistry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Goal 1: submissions per second of the validator against the cost floor, over the same
 * submissions in the same JVM. Every configuration runs some warm-up rounds, which let the JIT
 * compile the hot code, then measured rounds; the figure is the median round.
 */
final class Throughput {

    /** Submissions handed to a floor thread at a time, so the executor's own cost stays small beside the work. */
    private static final int FLOOR_CHUNK = 64;

    private static final Logger LOG = LoggerFactory.getLogger(Throughput.class);

    /**
     * One measured configuration.
     *
     * @param roundNanos    the wall time of each measured round, in run order
     * @param roundCpuNanos the CPU time of this process, all threads, in each measured round
     * @param tally         what the validator reported in the last round; null for floor runs
     */
    record Measurement(String label, int threads, int submissions, List<Long> roundNanos, List<Long> roundCpuNanos, Tally tally) {

        /** Returns the wall time of the median round. */
        long medianNanos() {
            return roundNanos.get(medianRound());
        }

        /** Returns the index of the round with the median wall time. */
        private int medianRound() {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < roundNanos.size(); i++) {
                order.add(i);
            }
            order.sort(java.util.Comparator.comparing(roundNanos::get));
            return order.get(order.size() / 2);
        }

        /** Microseconds of CPU time, over all threads of the process, per submission in the median round. */
        double cpuMicrosPerSubmission() {
            return roundCpuNanos.get(medianRound()) / 1e3 / submissions;
        }

        /** Submissions per second in the median round. */
        double perSecond() {
            return submissions * 1e9 / medianNanos();
        }

        /** Microseconds of wall time per submission in the median round. */
        double microsPerSubmission() {
            return medianNanos() / 1e3 / submissions;
        }
    }

    private final List<Submission> submissions;
    private final NetworkRegistry registry;
    private final int warmups;
    private final int rounds;

    Throughput(List<Submission> submissions, NetworkRegistry registry, int warmups, int rounds) {
        this.submissions = List.copyOf(submissions);
        this.registry = registry;
        this.warmups = warmups;
        this.rounds = rounds;
    }

    /** Validates the envelopes held in memory, with the registry given, on {@code threads} worker threads. */
    Measurement validateInMemory(int threads) {
        Validator validator = Validator.builder().registry(registry).threads(threads).build();
        String label = "validate, envelopes in memory";
        return measure(label, threads, () -> {
            Tally tally = new Tally();
            validator.validate(inputs(), tally);
            return tally;
        });
    }

    /**
     * Validates the envelope files as the CLI would: the directory is walked, each file read,
     * and the registry found as the {@code network.json} above the files.
     */
    Measurement validateFiles(Path envelopeDirectory, int threads) {
        Validator validator = Validator.builder().threads(threads).build();
        String label = "validate, envelope files (directory walk, read, registry lookup)";
        return measure(label, threads, () -> {
            Tally tally = new Tally();
            validator.validatePaths(List.of(envelopeDirectory), tally);
            return tally;
        });
    }

    /** Runs the floor over the same submissions: one thread works on the calling thread, more threads share a fixed pool. */
    Measurement floor(int threads) {
        return floor(threads, "floor: parse + payload digest + signature", Floor::check);
    }

    /** Runs the floor with each signer's key object decoded once, which lets BouncyCastle reuse its precomputation. */
    Measurement floorWithDecodedKeys(int threads) {
        return floor(threads, "floor with key objects decoded once (not the goal's floor)", Floor::checkWithDecodedKey);
    }

    private Measurement floor(int threads, String label, java.util.function.ToIntFunction<Submission> check) {
        if (threads == 1) {
            return measure(label, 1, () -> {
                int sink = 0;
                for (Submission submission : submissions) {
                    sink += check.applyAsInt(submission);
                }
                Blackhole.consume(sink);
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return measure(label, threads, () -> {
                runFloorOnPool(pool, check);
                return null;
            });
        } finally {
            pool.shutdownNow();
        }
    }

    private void runFloorOnPool(ExecutorService pool, java.util.function.ToIntFunction<Submission> check) {
        List<Future<Integer>> chunks = new ArrayList<>();
        for (int start = 0; start < submissions.size(); start += FLOOR_CHUNK) {
            List<Submission> chunk = submissions.subList(start, Math.min(submissions.size(), start + FLOOR_CHUNK));
            chunks.add(pool.submit(() -> {
                int sink = 0;
                for (Submission submission : chunk) {
                    sink += check.applyAsInt(submission);
                }
                return sink;
            }));
        }
        int sink = 0;
        for (Future<Integer> chunk : chunks) {
            try {
                sink += chunk.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the floor ran", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the floor failed: " + e.getCause(), e.getCause());
            }
        }
        Blackhole.consume(sink);
    }

    private Iterator<Input> inputs() {
        List<Input> inputs = new ArrayList<>(submissions.size());
        for (Submission submission : submissions) {
            inputs.add(new Input.Bytes(submission.envelope(), submission.name()));
        }
        return inputs.iterator();
    }

    /** A round's work; returns the validator's tally, or null for the floor. */
    @FunctionalInterface
    private interface Round {
        Tally run();
    }

    private Measurement measure(String label, int threads, Round round) {
        for (int i = 0; i < warmups; i++) {
            long start = System.nanoTime();
            round.run();
            LOG.info("{}, {} threads: warm-up round {} took {} ms", label, threads, i + 1, (System.nanoTime() - start) / 1_000_000);
        }
        List<Long> times = new ArrayList<>();
        List<Long> cpuTimes = new ArrayList<>();
        Tally last = null;
        for (int i = 0; i < rounds; i++) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            last = round.run();
            times.add(System.nanoTime() - start);
            cpuTimes.add(processCpuNanos() - cpuStart);
            LOG.info("{}, {} threads: round {} took {} ms, {} ms of CPU{}", label, threads, i + 1, times.get(i) / 1_000_000,
                    cpuTimes.get(i) / 1_000_000, last == null ? "" : " (" + last.describe() + ")");
        }
        return new Measurement(label, threads, submissions.size(), List.copyOf(times), List.copyOf(cpuTimes), last);
    }

    /** CPU time of this process over all its threads, JIT compiler and collector included. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Keeps a value reachable, so the JIT cannot remove the floor's work as dead code. */
    static final class Blackhole {
        static volatile int sink;

        private Blackhole() {
        }

        static void consume(int value) {
            sink += value;
        }
    }
}
