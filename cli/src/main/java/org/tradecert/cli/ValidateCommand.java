package org.tradecert.cli;

import org.tradecert.api.DocumentResult;
import org.tradecert.api.RunSummary;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;
import org.tradecert.cli.codelists.CodeListDirectories;
import org.tradecert.codelist.CodeListRegistry;
import org.tradecert.engine.Input;
import org.tradecert.engine.InputWalker;
import org.tradecert.engine.Validator;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.report.ReportFormat;
import org.tradecert.report.ReportFormatException;
import org.tradecert.report.ReportOptions;
import org.tradecert.report.ReportWriter;
import org.tradecert.report.ReportWriters;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code tradecert validate PATH...}: every layer of the standard over documents, envelopes,
 * directories, ledgers and ledger exports, with reports in one or several formats. The exit
 * code follows the run's worst input: 4 when an input could not be read, else 1 when a finding
 * reaches the threshold, else 5 when a layer could not give a verdict, else 0.
 */
@Command(name = "validate")
public final class ValidateCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "validate.param.path")
    private List<String> paths;

    @Option(names = "--type", paramLabel = "TYPE[@VERSION]", descriptionKey = "validate.option.type")
    private String type;

    @Option(names = "--format", paramLabel = "FORMAT[=PATH]", descriptionKey = "validate.option.format")
    private List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "validate.option.out")
    private Path out;

    @Option(names = "--fail-on", paramLabel = "error|warning", defaultValue = "error", descriptionKey = "validate.option.failOn")
    private String failOn;

    @Option(names = "--registry", paramLabel = "FILE", descriptionKey = "validate.option.registry")
    private Path registryFile;

    @Option(names = "--codelists", paramLabel = "DIR", descriptionKey = "option.codelists")
    private Path codelists;

    @Option(names = "--config", paramLabel = "FILE", descriptionKey = "validate.option.config")
    private Path configFile;

    @Option(names = "--profile", paramLabel = "FILE", descriptionKey = "option.profile")
    private Path profileFile;

    @Option(names = "--timings", descriptionKey = "validate.option.timings")
    private boolean timings;

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "validate.option.threads")
    private Integer threads;

    @Option(names = "--max-size", paramLabel = "BYTES", descriptionKey = "validate.option.maxSize")
    private Long maxSize;

    @Option(names = "--timeout", paramLabel = "SECONDS", descriptionKey = "validate.option.timeout")
    private Double timeoutSeconds;

    @Option(names = "--color", paramLabel = "auto|always|never", defaultValue = "auto", descriptionKey = "validate.option.color")
    private String color;

    @Override
    public Integer call() throws IOException {
        Cli cli = cli();
        Severity threshold = threshold(cli);
        List<ReportFormat> reports = reports(cli);
        Validator validator = validator(cli);
        boolean colour = switch (color.toLowerCase(Locale.ROOT)) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> cli.terminal() && System.getenv("NO_COLOR") == null;
            default -> throw new CliException(ExitCode.USAGE, cli.text("validate.badColor", color));
        };
        ReportOptions options = new ReportOptions(threshold, timings, colour, StandardCharsets.UTF_8, validator.catalogue());

        RunSummary summary = new RunSummary(threshold);
        Progress progress = new Progress(cli, cli.terminal() && reports.stream().noneMatch(ReportFormat::toStandardOutput));
        try (ReportWriter report = ReportWriters.openAll(reports, cli.stdout(), cli.locale(), options)) {
            report.begin(validator.provenance());
            Consumer<DocumentResult> sink = report.sink(summary).andThen(progress::advance);
            validator.validate(inputs(), sink);
            report.end(summary);
        } catch (UncheckedIOException | IOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("validate.reportFailed", String.valueOf(cause.getMessage())), cause);
        } finally {
            progress.done();
        }
        return exitCode(summary.verdict());
    }

    static int exitCode(Verdict verdict) {
        return switch (verdict) {
            case INPUT_ERROR -> ExitCode.INPUT_OUTPUT;
            case NON_CONFORMANT -> ExitCode.NON_CONFORMANT;
            case INCOMPLETE -> ExitCode.INCOMPLETE;
            case CONFORMANT -> ExitCode.OK;
        };
    }

    private Severity threshold(Cli cli) {
        return switch (failOn.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            default -> throw new CliException(ExitCode.USAGE, cli.text("validate.badFailOn", failOn));
        };
    }

    /** The reports to write: {@code --format} values, text on standard output by default, {@code --out} for a single unplaced one. */
    private List<ReportFormat> reports(Cli cli) {
        List<String> values = formats.isEmpty() ? List.of("text") : formats;
        List<ReportFormat> parsed;
        try {
            parsed = new ArrayList<>(ReportFormat.parseAll(values));
        } catch (ReportFormatException e) {
            throw new CliException(ExitCode.USAGE, e.message(cli.locale()), e);
        }
        if (out != null) {
            List<ReportFormat> unplaced = parsed.stream().filter(ReportFormat::toStandardOutput).toList();
            if (unplaced.size() != 1) {
                throw new CliException(ExitCode.USAGE, cli.text("validate.outNeedsOneFormat"));
            }
            parsed.set(parsed.indexOf(unplaced.get(0)), new ReportFormat(unplaced.get(0).kind(), out));
        }
        return parsed;
    }

    private Validator validator(Cli cli) {
        Validator.Builder builder = Validator.builder().locale(cli.locale()).type(type);
        if (type != null && org.tradecert.schema.catalog.SchemaCatalog.bundled().documentTypes().stream()
                .noneMatch(release -> release.id().equals(type) || release.schemaId().equals(type))) {
            throw new CliException(ExitCode.USAGE, cli.text("validate.unknownType", type));
        }
        CodeListRegistry codeLists = CodeListDirectories.registry(cli, codelists);
        builder.codeLists(codeLists);
        if (registryFile != null) {
            NetworkRegistry registry = Registries.load(cli, Registries.locate(cli, registryFile, null));
            builder.registry(registry);
        }
        builder.profile(Profiles.read(cli, profileFile));
        if (configFile != null) {
            builder.config(config(cli));
        }
        try {
            if (threads != null) {
                builder.threads(threads);
            }
            if (maxSize != null) {
                builder.maxBytes(maxSize);
            }
            if (timeoutSeconds != null) {
                builder.timeout(Duration.ofNanos(Math.round(timeoutSeconds * 1e9)));
            }
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, cli.text("validate.badLimit", e.getMessage()), e);
        }
        return builder.build();
    }

    private RuleConfig config(Cli cli) {
        if (Files.isDirectory(configFile)) {
            throw new CliException(ExitCode.CONFIGURATION, cli.text("validate.configIsDirectory", configFile));
        }
        if (!Files.isRegularFile(configFile)) {
            throw new CliException(ExitCode.CONFIGURATION, cli.text("validate.configMissing", configFile));
        }
        try {
            return RuleConfig.read(configFile, RuleCatalogue.standard());
        } catch (RuleConfig.ConfigException e) {
            StringBuilder message = new StringBuilder(cli.text("validate.configInvalid", configFile));
            for (String problem : e.problems()) {
                String[] parts = problem.split("\\|", -1);
                Object[] arguments = java.util.Arrays.copyOfRange(parts, 1, parts.length);
                message.append(System.lineSeparator()).append("  ").append(cli.text(parts[0], arguments));
            }
            throw new CliException(ExitCode.CONFIGURATION, message.toString(), e);
        }
    }

    /** The inputs in command-line order; {@code -} is standard input, read when its turn comes. */
    private Iterator<Input> inputs() {
        List<Iterator<? extends Input>> parts = new ArrayList<>();
        List<Path> pending = new ArrayList<>();
        for (String path : paths) {
            if (path.equals("-")) {
                if (!pending.isEmpty()) {
                    parts.add(new InputWalker(List.copyOf(pending)));
                    pending.clear();
                }
                parts.add(List.of(standardInput()).iterator());
            } else {
                pending.add(Path.of(path));
            }
        }
        if (!pending.isEmpty()) {
            parts.add(new InputWalker(pending));
        }
        return new Iterator<>() {
            private int part;

            @Override
            public boolean hasNext() {
                while (part < parts.size() && !parts.get(part).hasNext()) {
                    part++;
                }
                return part < parts.size();
            }

            @Override
            public Input next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return parts.get(part).next();
            }
        };
    }

    private Input standardInput() {
        try {
            return new Input.Bytes(System.in.readAllBytes(), "-");
        } catch (IOException e) {
            return new Input.Unusable("-", org.tradecert.document.InputRules.READ, e.getMessage());
        }
    }

    /** A progress line on the terminal's error stream for runs that take a while; silent when not on a terminal. */
    private static final class Progress {

        private static final long INTERVAL_NANOS = 500_000_000L;

        private final Cli cli;
        private final boolean enabled;
        private final long start = System.nanoTime();
        private long last = start;
        private long count;
        private boolean shown;

        Progress(Cli cli, boolean enabled) {
            this.cli = cli;
            this.enabled = enabled;
        }

        void advance(DocumentResult result) {
            count++;
            long now = System.nanoTime();
            if (enabled && now - last > INTERVAL_NANOS) {
                last = now;
                double seconds = (now - start) / 1e9;
                cli.err().print("\r" + cli.text("validate.progress", count, String.format(Locale.ROOT, "%.0f", count / seconds)));
                cli.err().flush();
                shown = true;
            }
        }

        void done() {
            if (shown) {
                cli.err().print("\r\u001b[K");
                cli.err().flush();
            }
        }
    }
}
