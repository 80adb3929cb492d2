package org.tradecert.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;
import org.tradecert.engine.Validator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Validating one envelope against the cost floor of that envelope, over the same prepared
 * submissions, on one thread and on every core. Each benchmark thread walks the submissions
 * in turn, so every type, syntax and signature algorithm of the corpus takes its share.
 *
 * <p>{@code validate*} calls {@link Validator#validate(byte[], String)}, the engine's entry
 * point for one document held in memory, with the network registry given. That call starts
 * and stops a one-thread pool of its own each time, which is part of what it costs.
 *
 * <p>Reads the corpus that {@link Harness} generates ({@code bench/run.sh} makes it first);
 * the folder is the system property {@code tradecert.bench.corpus}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ValidationBenchmark {

    /** The submissions and the validator, shared by every benchmark thread. */
    @State(Scope.Benchmark)
    public static class Corpus {

        /** How many envelope files to load, from the first; the rest of the corpus stays on disk. */
        @Param("2000")
        public int submissions;

        List<Submission> loaded;
        Validator validator;

        @Setup(Level.Trial)
        public void load() throws Exception {
            String folder = System.getProperty("tradecert.bench.corpus");
            if (folder == null) {
                throw new IllegalStateException("set -Dtradecert.bench.corpus to a corpus folder, as bench/run.sh does");
            }
            Path envelopes = Path.of(folder, "envelopes");
            List<Path> files;
            try (var listing = Files.list(envelopes)) {
                files = listing.filter(path -> path.toString().endsWith(".envelope.json")).sorted().limit(submissions).toList();
            }
            loaded = new ArrayList<>();
            for (Path file : files) {
                loaded.add(Submission.of(file.getFileName().toString(), Files.readAllBytes(file)));
            }
            validator = Validator.builder().registry(new org.tradecert.registry.RegistryLoader().load(Path.of(folder, "network.json")))
                    .threads(1).build();

            // Both sides must do their full work: a submission that failed early would make the validator look cheap.
            for (Submission submission : loaded) {
                DocumentResult result = validator.validate(submission.envelope(), submission.name());
                if (result.verdict(Severity.ERROR) != Verdict.CONFORMANT) {
                    throw new IllegalStateException(submission.name() + " is not conformant: " + result.ruleIds());
                }
                Floor.check(submission);
            }
        }
    }

    /** Each thread's place in the submissions. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        Submission take(Corpus corpus) {
            Submission submission = corpus.loaded.get(next);
            next = (next + 1) % corpus.loaded.size();
            return submission;
        }
    }

    @Benchmark
    @Threads(1)
    public DocumentResult validateOneThread(Corpus corpus, Cursor cursor) {
        Submission submission = cursor.take(corpus);
        return corpus.validator.validate(submission.envelope(), submission.name());
    }

    @Benchmark
    @Threads(Threads.MAX)
    public DocumentResult validateAllCores(Corpus corpus, Cursor cursor) {
        Submission submission = cursor.take(corpus);
        return corpus.validator.validate(submission.envelope(), submission.name());
    }

    @Benchmark
    @Threads(1)
    public int floorOneThread(Corpus corpus, Cursor cursor) {
        return Floor.check(cursor.take(corpus));
    }

    @Benchmark
    @Threads(Threads.MAX)
    public int floorAllCores(Corpus corpus, Cursor cursor) {
        return Floor.check(cursor.take(corpus));
    }
}
