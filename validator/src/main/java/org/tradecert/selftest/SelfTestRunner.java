package org.tradecert.selftest;

import org.tradecert.api.DocumentResult;
import org.tradecert.codelist.CodeListRegistry;
import org.tradecert.engine.Validator;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs the self-tests of rules: every case of a rule's fixture goes through the real engine, in
 * a folder of its own. What the run found is compared with what the case expects, rule by rule
 * and count by count, and any other finding is a difference. A rule without a fixture file, a
 * firing case or a passing case fails. An unedited base runs once, and every case that names it
 * shares that run.
 */
public final class SelfTestRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SelfTestRunner.class);

    private final FixtureSet fixtures;
    private final RuleCatalogue catalogue;
    private final CaseInputs inputs;
    private final Path workspace;
    private final ExecutorService pool;
    private final Map<Base, CompletableFuture<List<DocumentResult>>> baseRuns = new ConcurrentHashMap<>();
    private final Set<Base> declared;
    private volatile Validator shared;

    /** @param threads how many rules run at the same time, at least 1 */
    public SelfTestRunner(FixtureSet fixtures, RuleCatalogue catalogue, int threads) {
        this.fixtures = fixtures;
        this.catalogue = catalogue;
        this.inputs = new CaseInputs(fixtures.examples());
        this.declared = new LinkedHashSet<>(fixtures.bases());
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "selftest");
            thread.setDaemon(true);
            return thread;
        });
        try {
            this.workspace = Files.createTempDirectory("tradecert-selftest-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FixtureSet fixtures() {
        return fixtures;
    }

    /** Every rule of the catalogue, then every fixture file whose rule the catalogue does not have, sorted by id. */
    public List<String> allRuleIds() {
        Set<String> ids = new LinkedHashSet<>();
        catalogue.rules().stream().map(RuleDefinition::id).forEach(ids::add);
        new TreeSet<>(fixtures.rules().keySet()).forEach(ids::add);
        return List.copyOf(ids);
    }

    /** Runs the self-tests of the given rules, several at a time, and hands each report to the sink in the order given. */
    public List<RuleReport> run(List<String> ruleIds, Consumer<RuleReport> sink) {
        List<Future<RuleReport>> running = new ArrayList<>();
        for (String id : ruleIds) {
            running.add(pool.submit(() -> run(id)));
        }
        List<RuleReport> reports = new ArrayList<>();
        for (Future<RuleReport> future : running) {
            RuleReport report = join(future);
            sink.accept(report);
            reports.add(report);
        }
        return reports;
    }

    /** Runs the self-test of one rule on the calling thread. */
    public RuleReport run(String ruleId) {
        RuleFixture fixture = fixtures.fixture(ruleId);
        List<Problem> problems = new ArrayList<>(fixture.problems());
        if (fixture.file() == null) {
            problems.add(Problem.of("no-fixture", ruleId, expectedFile(ruleId)));
            return new RuleReport(ruleId, List.of(), problems, null);
        }
        if (!fixture.problems().isEmpty()) {
            return new RuleReport(ruleId, List.of(), problems, fixture.cannotFire());
        }
        if (fixture.fires().isEmpty() && fixture.cannotFire() == null) {
            problems.add(Problem.of("no-firing-case", ruleId));
        }
        List<FixtureCase> passes = new ArrayList<>(fixture.passes());
        if (passes.isEmpty()) {
            passes.addAll(implicitPasses(fixture));
            if (passes.isEmpty()) {
                problems.add(Problem.of("no-passing-case", ruleId));
            }
        }

        List<CaseResult> results = new ArrayList<>();
        for (FixtureCase fixtureCase : Stream.concat(passes.stream(), fixture.fires().stream()).toList()) {
            results.add(runCase(fixtureCase, ruleId));
        }
        return new RuleReport(ruleId, results, problems, fixture.cannotFire());
    }

    /**
     * Runs every declared base unedited; each must give no finding at all and finish every
     * layer. The results are those the implicit passing cases then reuse.
     */
    public List<CaseResult> checkBases() {
        List<CaseResult> results = new ArrayList<>();
        int index = 1;
        for (Base base : fixtures.bases()) {
            results.add(runCase(FixtureCase.implicitPass(base, index++), null));
        }
        return results;
    }

    /** The passing cases a fixture gets from the declared bases its firing cases start from. */
    private List<FixtureCase> implicitPasses(RuleFixture fixture) {
        Set<Base> bases = new LinkedHashSet<>();
        for (FixtureCase fire : fixture.fires()) {
            Base base = identity(fire.base());
            if (declared.contains(base)) {
                bases.add(base);
            }
        }
        List<FixtureCase> cases = new ArrayList<>();
        int index = 1;
        for (Base base : bases) {
            cases.add(FixtureCase.implicitPass(base, index++));
        }
        return cases;
    }

    /** Returns the base as the bases file declares it: an envelope without its id or edits. */
    private static Base identity(Base base) {
        if (base instanceof Base.Envelope envelope) {
            return new Base.Envelope(envelope.spec().unedited());
        }
        return base;
    }

    private CaseResult runCase(FixtureCase fixtureCase, String ruleId) {
        try {
            List<DocumentResult> results = fixtureCase.unedited() && declared.contains(identity(fixtureCase.base()))
                    ? baseRun(fixtureCase) : execute(fixtureCase);
            return CaseComparison.compare(fixtureCase, results, ruleId == null ? null : catalogue.find(ruleId).orElse(null));
        } catch (FixtureException e) {
            return CaseResult.failed(fixtureCase, e.problem());
        } catch (IOException | RuntimeException e) {
            LOG.warn("the self-test case {} of {} could not run", fixtureCase.where(), ruleId, e);
            return CaseResult.failed(fixtureCase, Problem.of("case-failed", fixtureCase.where(), e.toString()));
        }
    }

    private List<DocumentResult> baseRun(FixtureCase fixtureCase) throws FixtureException, IOException {
        Base base = identity(fixtureCase.base());
        CompletableFuture<List<DocumentResult>> mine = new CompletableFuture<>();
        CompletableFuture<List<DocumentResult>> run = baseRuns.putIfAbsent(base, mine);
        if (run == null) {
            try {
                mine.complete(execute(fixtureCase));
            } catch (FixtureException | IOException | RuntimeException e) {
                mine.completeExceptionally(e);
            }
            run = mine;
        }
        try {
            return run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the run of a base", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FixtureException problem) {
                throw problem;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Prepares a case's inputs in a folder of its own, validates them and deletes the folder. */
    private List<DocumentResult> execute(FixtureCase fixtureCase) throws FixtureException, IOException {
        Path folder = Files.createTempDirectory(workspace, "case-");
        try {
            CaseInputs.Prepared prepared = inputs.prepare(fixtureCase, folder);
            Validator validator = prepared.ownRegistry() || !fixtureCase.options().isDefault()
                    ? validator(prepared.registry(), fixtureCase.options(), fixtures.examples()) : shared();
            List<DocumentResult> results = new ArrayList<>();
            validator.validate(prepared.inputs().get(), results::add);
            return results;
        } finally {
            delete(folder);
        }
    }

    private Validator shared() throws FixtureException {
        Validator validator = shared;
        if (validator == null) {
            synchronized (this) {
                if (shared == null) {
                    shared = validator(inputs.sharedRegistry(), Options.none(), fixtures.examples());
                }
                validator = shared;
            }
        }
        return validator;
    }

    /** Builds an engine like the command's, with the case's settings, that checks envelopes and ledgers against the registry, if any. */
    private static Validator validator(NetworkRegistry registry, Options options, Path examples) {
        Validator.Builder builder = Validator.builder().findRegistry(false).threads(1);
        if (registry != null) {
            builder.registry(registry);
        }
        if (options.timeLimit() != null) {
            builder.timeout(options.timeLimit());
        }
        if (options.sizeLimit() != null) {
            builder.maxBytes(options.sizeLimit());
        }
        if (options.transactionSizeLimit() != null) {
            builder.maxTransactionDocuments(options.transactionSizeLimit());
        }
        if (options.type() != null) {
            builder.type(options.type());
        }
        if (options.codeLists() != null) {
            builder.codeLists(CodeListRegistry.withImports(List.of(examples.resolve(options.codeLists()))));
        }
        return builder.build();
    }

    private String expectedFile(String ruleId) {
        return catalogue.find(ruleId)
                .map(rule -> fixtures.directory().resolve(rule.layer().key()).resolve(ruleId + ".yaml").toString())
                .orElse(ruleId + ".yaml");
    }

    private static RuleReport join(Future<RuleReport> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running self-tests", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a self-test could not run", e.getCause());
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("the self-test folder {} could not be deleted: {}", folder, e.getMessage());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        delete(workspace);
    }
}
