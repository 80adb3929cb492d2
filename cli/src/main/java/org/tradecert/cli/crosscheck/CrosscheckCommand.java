package org.tradecert.cli.crosscheck;

import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;
import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.HelpOption;
import org.tradecert.cli.Profiles;
import org.tradecert.cli.Inputs;
import org.tradecert.cli.Registries;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.engine.Validator;
import org.tradecert.ledger.BlockSource;
import org.tradecert.ledger.LedgerException;
import org.tradecert.ledger.LedgerExport;
import org.tradecert.ledger.SandboxLedger;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.RegistryException;
import org.tradecert.registry.RegistryLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code tradecert crosscheck PATH}: validates a ledger or ledger export with the engine and
 * shows each trade transaction (or the one asked for) as a timeline of its documents, with the
 * outcome of every cross-document rule and risk indicator between them and, for a failure,
 * the evidence from each document. The exit code is that of the transactions shown, their
 * documents and the ledger chain, as for {@code validate}.
 */
@Command(name = "crosscheck")
public final class CrosscheckCommand extends BaseCommand {

    /** How many transaction ids an error message lists when the one asked for is not on the ledger. */
    private static final int LISTED_IDS = 20;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "PATH", descriptionKey = "crosscheck.param.path")
    private Path path;

    @Option(names = "--transaction", paramLabel = "ID", descriptionKey = "crosscheck.option.transaction")
    private String transactionId;

    @Option(names = "--format", paramLabel = "text|html", defaultValue = "text", descriptionKey = "crosscheck.option.format")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "crosscheck.option.out")
    private Path out;

    @Option(names = "--fail-on", paramLabel = "error|warning", defaultValue = "error", descriptionKey = "crosscheck.option.failOn")
    private String failOn;

    @Option(names = "--registry", paramLabel = "FILE", descriptionKey = "crosscheck.option.registry")
    private Path registryFile;

    @Option(names = "--profile", paramLabel = "FILE", descriptionKey = "option.profile")
    private Path profileFile;

    @Override
    public Integer call() {
        Cli cli = cli();
        Severity threshold = threshold(cli);
        boolean html = switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> false;
            case "html" -> true;
            default -> throw new CliException(ExitCode.USAGE, cli.text("crosscheck.badFormat", format));
        };
        if (!Files.exists(path)) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.notFound", path));
        }
        boolean ledger = Files.isDirectory(path) && SandboxLedger.isLedger(path);
        if (!ledger && !(Files.isRegularFile(path) && LedgerExport.isExport(path))) {
            throw new CliException(ExitCode.USAGE, cli.text("crosscheck.notLedger", path));
        }

        NetworkRegistry registry = registryFile == null ? null : Registries.load(cli, Registries.locate(cli, registryFile, null));
        Validator.Builder builder = Validator.builder().locale(cli.locale()).profile(Profiles.read(cli, profileFile));
        if (registry != null) {
            builder.registry(registry);
        }
        NetworkRegistry names = registry != null ? registry : storedRegistry(ledger);

        Collector collector;
        try (Output output = open(cli)) {
            TimelineTexts texts = new TimelineTexts(cli, names, org.tradecert.rules.RuleCatalogue.standard());
            TimelineWriter writer = html ? new HtmlTimelineWriter(output.writer(), texts, threshold)
                    : new TextTimelineWriter(new PrintWriter(output.writer()), texts, threshold);
            collector = new Collector(path.toString(), transactionId, threshold, writer);
            Validator validator = builder.onTransaction(collector::transaction).build();
            validator.validatePaths(List.of(path), collector::result);
            if (transactionId != null && collector.written == 0) {
                output.discard();
                throw new CliException(ExitCode.USAGE, cli.text("crosscheck.noTransaction", transactionId, path,
                        String.join(", ", collector.ids.subList(0, Math.min(LISTED_IDS, collector.ids.size()))),
                        collector.ids.size()));
            }
            collector.begin();
            writer.end(new TimelineWriter.LedgerSummary(path.toString(), collector.chain, collector.submissions, collector.ids.size(),
                    collector.written, collector.verdict()));
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("crosscheck.writeFailed", Inputs.reason(cause)), cause);
        }
        return exitCode(collector.verdict());
    }

    private Severity threshold(Cli cli) {
        return switch (failOn.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            default -> throw new CliException(ExitCode.USAGE, cli.text("validate.badFailOn", failOn));
        };
    }

    static int exitCode(Verdict verdict) {
        return switch (verdict) {
            case INPUT_ERROR -> ExitCode.INPUT_OUTPUT;
            case NON_CONFORMANT -> ExitCode.NON_CONFORMANT;
            case INCOMPLETE -> ExitCode.INCOMPLETE;
            case CONFORMANT -> ExitCode.OK;
        };
    }

    /**
     * Reads the registry stored with the ledger, for the names of the issuers only. A ledger
     * whose registry cannot be read is still shown, with organisation ids for names; the
     * engine reports the problem itself.
     */
    private NetworkRegistry storedRegistry(boolean ledger) {
        try (BlockSource source = ledger ? SandboxLedger.open(path) : LedgerExport.open(path)) {
            byte[] stored = source.registry();
            return stored == null ? null : new RegistryLoader().load(source.label() + "/" + SandboxLedger.REGISTRY, stored);
        } catch (LedgerException | RegistryException | IOException | RuntimeException e) {
            return null;
        }
    }

    /** Standard output or the {@code --out} file, as UTF-8 text. */
    private Output open(Cli cli) {
        if (out == null) {
            OutputStream stdout = cli.stdout();
            return new Output(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)), null);
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return new Output(Files.newBufferedWriter(out, StandardCharsets.UTF_8), out);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.cannotWrite", out, Inputs.reason(e)), e);
        }
    }

    /** The destination of the view: standard output, or a file that is deleted again when the run ends without a view. */
    private static final class Output implements AutoCloseable {

        private final Writer writer;
        private final Path file;
        private boolean discarded;

        Output(Writer writer, Path file) {
            this.writer = writer;
            this.file = file;
        }

        Writer writer() {
            return writer;
        }

        void discard() {
            discarded = true;
        }

        @Override
        public void close() throws IOException {
            if (file == null) {
                writer.flush();
                return;
            }
            writer.close();
            if (discarded) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * Receives the engine's results. Submissions come first, so their findings are at hand when
     * their transaction is written. Only the findings are kept, and only for submissions that
     * have any.
     */
    private static final class Collector {

        private final String ledgerName;
        private final String requested;
        private final Severity threshold;
        private final TimelineWriter writer;
        private final Map<String, List<Finding>> submissionFindings = new HashMap<>();
        private final List<String> ids = new ArrayList<>();
        private DocumentResult chain;
        private long submissions;
        private int written;
        private Verdict worst = Verdict.CONFORMANT;
        private boolean begun;

        Collector(String ledgerName, String requested, Severity threshold, TimelineWriter writer) {
            this.ledgerName = ledgerName;
            this.requested = requested;
            this.threshold = threshold;
            this.writer = writer;
        }

        void result(DocumentResult result) {
            if (Validator.TRANSACTION_TYPE.equals(result.documentType())) {
                return;
            }
            if (result.source().equals(ledgerName)) {
                chain = result;
                worst = worse(worst, result.verdict(threshold));
                return;
            }
            submissions++;
            if (!result.findings().isEmpty()) {
                submissionFindings.put(result.source(), result.findings());
            }
        }

        void transaction(TradeTransaction transaction, DocumentResult result) {
            ids.add(transaction.id());
            if (requested != null && !matches(transaction)) {
                return;
            }
            TransactionTimeline timeline = TransactionTimeline.of(transaction, result, submissionFindings,
                    org.tradecert.rules.RuleCatalogue.standard());
            worst = worse(worst, timeline.verdict(threshold));
            written++;
            try {
                begin();
                writer.transaction(timeline);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Starts the view before the first transaction written, so a run that writes none prints nothing before its error. */
        void begin() throws IOException {
            if (!begun) {
                begun = true;
                writer.begin(ledgerName);
            }
        }

        /** Returns whether the transaction is the one requested, by its id or by the number of one of its documents. */
        private boolean matches(TradeTransaction transaction) {
            if (transaction.id().equals(requested)) {
                return true;
            }
            for (DocumentFacts document : transaction.documents()) {
                if (requested.equals(document.documentId())) {
                    return true;
                }
            }
            return false;
        }

        Verdict verdict() {
            return worst;
        }

        private static Verdict worse(Verdict a, Verdict b) {
            return rank(b) > rank(a) ? b : a;
        }

        private static int rank(Verdict verdict) {
            return switch (verdict) {
                case CONFORMANT -> 0;
                case INCOMPLETE -> 1;
                case NON_CONFORMANT -> 2;
                case INPUT_ERROR -> 3;
            };
        }
    }
}
