package org.tradecert.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.RegistryException;
import org.tradecert.registry.RegistryLoader;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The generated inputs of the benchmarks, kept under {@code bench/target} and reused by later
 * runs: a demo consortium, signed envelope files for the throughput figures, and ledger
 * exports of several sizes for the heap figures. A corpus is complete once its manifest
 * exists; a folder without one is an interrupted generation and is made again.
 *
 * <pre>
 * DIR/corpus.properties        the manifest: what was generated, from which examples, how long it took
 * DIR/network.json             the consortium's registry, found upward from the envelope files
 * DIR/consortium/              the demo consortium (CA, participants, operator)
 * DIR/envelopes/NNNNNN-....envelope.json   one embedded-document envelope per submission
 * DIR/exports/ledger-N.jsonl   a ledger export holding the first N submissions
 * </pre>
 */
final class Corpus {

    static final String FORMAT = "tradecert-bench-corpus/1";
    static final String MANIFEST = "corpus.properties";

    private static final Logger LOG = LoggerFactory.getLogger(Corpus.class);

    /**
     * The sizes of a corpus.
     *
     * @param envelopeFiles how many submissions to write as envelope files
     * @param ledgerSizes   the number of submissions of each ledger export
     * @param blockSize     submissions per ledger block
     */
    record Spec(int envelopeFiles, List<Integer> ledgerSizes, int blockSize) {

        Spec {
            ledgerSizes = List.copyOf(ledgerSizes);
            if (envelopeFiles < 1 || blockSize < 1 || ledgerSizes.stream().anyMatch(size -> size < 1)) {
                throw new IllegalArgumentException("every count of the corpus must be positive: " + envelopeFiles + " envelopes, ledgers "
                        + ledgerSizes + ", blocks of " + blockSize);
            }
        }

        /** Returns the number of submissions to sign: the largest of the envelope count and the ledger sizes. */
        int submissions() {
            return Math.max(envelopeFiles, ledgerSizes.stream().mapToInt(Integer::intValue).max().orElse(0));
        }

        /** Returns the folder name of a corpus of this spec, so corpora of different specs live side by side. */
        String folderName() {
            return "corpus-e" + envelopeFiles + "-l" + ledgerSizes.stream().map(String::valueOf).collect(Collectors.joining("_"))
                    + "-b" + blockSize;
        }
    }

    private final Path directory;
    private final Spec spec;
    private final Properties manifest;

    private Corpus(Path directory, Spec spec, Properties manifest) {
        this.directory = directory;
        this.spec = spec;
        this.manifest = manifest;
    }

    /**
     * Returns the corpus of {@code spec} under {@code root}, generating it first unless a
     * complete one made from the same examples is there.
     */
    static Corpus ensure(Path root, Path validExamples, Spec spec) throws Exception {
        Path directory = root.resolve(spec.folderName());
        String examplesDigest = ExampleDigest.of(validExamples);
        Properties manifest = readManifest(directory);
        if (manifest != null && FORMAT.equals(manifest.getProperty("format")) && examplesDigest.equals(manifest.getProperty("examples.digest"))) {
            LOG.info("reusing the corpus in {}", directory);
            return new Corpus(directory, spec, manifest);
        }
        if (Files.exists(directory)) {
            LOG.info("removing the incomplete or outdated corpus in {}", directory);
            deleteTree(directory);
        }
        Properties generated = new CorpusBuilder(directory, validExamples, spec).build();
        generated.setProperty("format", FORMAT);
        generated.setProperty("examples.digest", examplesDigest);
        try (Writer writer = Files.newBufferedWriter(directory.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            generated.store(writer, "tradecert benchmark corpus; delete this folder to generate it again");
        }
        return new Corpus(directory, spec, generated);
    }

    private static Properties readManifest(Path directory) throws IOException {
        Path file = directory.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    Path directory() {
        return directory;
    }

    Spec spec() {
        return spec;
    }

    /** Returns the manifest's value of a key, for example {@code algorithm.SM2-SM3}, or null. */
    String manifest(String key) {
        return manifest.getProperty(key);
    }

    /** Every key of the manifest. */
    java.util.Set<String> manifestKeys() {
        return manifest.stringPropertyNames();
    }

    Path registryFile() {
        return directory.resolve("network.json");
    }

    NetworkRegistry registry() throws RegistryException {
        return new RegistryLoader().load(registryFile());
    }

    Path envelopeDirectory() {
        return directory.resolve("envelopes");
    }

    /** Lists the envelope files in submission order. */
    List<Path> envelopeFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(envelopeDirectory())) {
            listing.filter(path -> path.getFileName().toString().endsWith(".envelope.json")).sorted().forEach(files::add);
        }
        return files;
    }

    /** The export holding the first {@code size} submissions; {@code size} must be one of the spec's ledger sizes. */
    Path export(int size) {
        if (!spec.ledgerSizes().contains(size)) {
            throw new IllegalArgumentException("the corpus has no ledger of " + size + " submissions, only " + spec.ledgerSizes());
        }
        return directory.resolve("exports").resolve("ledger-" + size + ".jsonl");
    }
}
