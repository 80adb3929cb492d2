package org.tradecert.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The end-to-end benchmark behind {@code docs/benchmarks.md}: generates (or reuses) the
 * corpus, then measures the three goals and prints a Markdown report to standard output and
 * to {@code --out}.
 *
 * <ol>
 *   <li>throughput of validation over the envelope files against the cost floor, on all
 *       cores and on one thread;</li>
 *   <li>peak heap while streaming ledger exports through the validator in a child JVM with
 *       a heap cap;</li>
 *   <li>wall time of one {@code tradecert validate FILE} against a bare JVM start.</li>
 * </ol>
 *
 * <p>Options, all {@code --name=value}: {@code repository} (the checkout, default the working
 * folder), {@code data} (corpus root, default {@code bench/target/bench-data}),
 * {@code envelopes} (10000), {@code ledgers} (10000,100000), {@code block-size} (100),
 * {@code warmups} (2), {@code rounds} (3), {@code heap} (256m), {@code cli-runs} (10),
 * {@code parts} (throughput,heap,cli) and {@code out} (default
 * {@code bench/target/benchmarks.md}).
 */
public final class Harness {

    /** The file in the data folder naming the corpus of the last run. */
    static final String LATEST_CORPUS = "latest-corpus.txt";

    private static final Logger LOG = LoggerFactory.getLogger(Harness.class);

    /** The settings of one run; see the class description for the option names and defaults. */
    record Options(Path repository, Path data, int envelopes, List<Integer> ledgers, int blockSize, int warmups, int rounds,
                   String heapCap, int cliRuns, Set<String> parts, Path out) {

        Path validExamples() {
            return repository.resolve("examples/documents/valid");
        }

        Corpus.Spec spec() {
            return new Corpus.Spec(envelopes, ledgers, blockSize);
        }

        static Options parse(String[] args) {
            Path repository = Path.of(option(args, "repository", ".")).toAbsolutePath().normalize();
            return new Options(
                    repository,
                    Path.of(option(args, "data", repository.resolve("bench/target/bench-data").toString())),
                    Integer.parseInt(option(args, "envelopes", "10000")),
                    Arrays.stream(option(args, "ledgers", "10000,100000").split(",")).map(Integer::valueOf).toList(),
                    Integer.parseInt(option(args, "block-size", "100")),
                    Integer.parseInt(option(args, "warmups", "2")),
                    Integer.parseInt(option(args, "rounds", "3")),
                    option(args, "heap", "256m"),
                    Integer.parseInt(option(args, "cli-runs", "10")),
                    Set.of(option(args, "parts", "throughput,heap,cli").split(",")),
                    Path.of(option(args, "out", repository.resolve("bench/target/benchmarks.md").toString())));
        }

        private static String option(String[] args, String name, String fallback) {
            String prefix = "--" + name + "=";
            for (String arg : args) {
                if (arg.startsWith(prefix)) {
                    return arg.substring(prefix.length());
                }
            }
            return fallback;
        }
    }

    private Harness() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        String report = run(options);
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        Files.writeString(options.out(), report, StandardCharsets.UTF_8);
        System.out.print(report);
        LOG.info("report written to {}", options.out());
    }

    /** Runs the parts the options name and returns the Markdown report. */
    static String run(Options options) throws Exception {
        Report report = new Report(Machine.describe(options.repository()));
        Corpus corpus = Corpus.ensure(options.data(), options.validExamples(), options.spec());
        report.corpus(corpus);
        // bench/run.sh hands this folder to the JMH benchmarks.
        Files.writeString(options.data().resolve(LATEST_CORPUS), corpus.directory().toAbsolutePath() + "\n", StandardCharsets.UTF_8);

        if (options.parts().contains("throughput")) {
            String before = Machine.loadAverage();
            List<Submission> submissions = load(corpus);
            Throughput throughput = new Throughput(submissions, corpus.registry(), options.warmups(), options.rounds());
            int cores = Runtime.getRuntime().availableProcessors();
            List<Throughput.Measurement> measurements = new ArrayList<>();
            measurements.add(throughput.floor(cores));
            measurements.add(throughput.validateInMemory(cores));
            measurements.add(throughput.validateFiles(corpus.envelopeDirectory(), cores));
            measurements.add(throughput.floor(1));
            measurements.add(throughput.floorWithDecodedKeys(1));
            measurements.add(throughput.validateInMemory(1));
            report.throughput(measurements, cores);
            report.load("1. throughput", before, Machine.loadAverage());
        }

        if (options.parts().contains("heap")) {
            String before = Machine.loadAverage();
            List<HeapRun.Outcome> outcomes = new ArrayList<>();
            for (int size : options.ledgers()) {
                outcomes.add(HeapRun.probe(corpus.export(size), size, options.heapCap()));
            }
            report.heap(outcomes, options.heapCap());
            report.load("2. heap", before, Machine.loadAverage());
        }

        if (options.parts().contains("cli")) {
            String before = Machine.loadAverage();
            report.startup(cli(options));
            report.load("3. CLI", before, Machine.loadAverage());
        }
        return report.markdown();
    }

    private static List<Submission> load(Corpus corpus) throws IOException {
        List<Submission> submissions = new ArrayList<>();
        for (Path file : corpus.envelopeFiles()) {
            submissions.add(Submission.of(file.getFileName().toString(), Files.readAllBytes(file)));
        }
        LOG.info("loaded {} envelopes into memory", submissions.size());
        return submissions;
    }

    /** Times the bare JVM start, the launcher's start, and one validation in a fresh JVM by the command or its stand-in. */
    private static Report.StartupFigures cli(Options options) throws IOException, InterruptedException {
        Startup startup = new Startup(2, options.cliRuns());
        Path repository = options.repository();
        Path launcher = repository.resolve("cli/target/tradecert/bin/tradecert");
        Path document = repository.resolve("examples/documents/valid/sea/commercial-invoice.xml");
        String benchClasses = repository.resolve("bench/target/classes").toString();

        List<Startup.Timing> timings = new ArrayList<>();
        Startup.Timing bare = startup.time("bare JVM start: java -cp bench/target/classes org.tradecert.bench.Noop",
                List.of(Startup.java(), "-cp", benchClasses, Noop.class.getName()));
        timings.add(bare);
        List<String> launcherJvm = new ArrayList<>(List.of(Startup.java()));
        launcherJvm.addAll(Startup.LAUNCHER_OPTIONS);
        timings.add(startup.time("bare JVM start with the launcher's JVM options",
                concat(launcherJvm, List.of("-cp", benchClasses, Noop.class.getName()))));

        Startup.Timing validate = null;
        boolean hasValidate = Startup.hasValidateCommand(launcher);
        if (Files.isExecutable(launcher)) {
            timings.add(startup.time("tradecert --version (launcher, picocli, no validation)", List.of(launcher.toString(), "--version")));
            if (hasValidate) {
                validate = startup.time("tradecert validate examples/documents/valid/sea/commercial-invoice.xml",
                        List.of(launcher.toString(), "validate", document.toString()));
                timings.add(validate);
            }
            String classPath = repository.resolve("cli/target/tradecert/lib") + "/*" + java.io.File.pathSeparator + benchClasses;
            timings.add(startup.time("stand-in: ValidateOnce on the same document, the launcher's JVM options and jars",
                    concat(launcherJvm, List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", classPath,
                            ValidateOnce.class.getName(), document.toString()))));
        } else {
            LOG.warn("{} is missing: build the distribution with mvn -o -q -B package -pl cli -am -DskipTests", launcher);
        }
        return new Report.StartupFigures(timings, bare, validate, hasValidate, options.cliRuns());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
