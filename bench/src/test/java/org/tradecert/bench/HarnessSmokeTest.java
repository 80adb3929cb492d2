package org.tradecert.bench;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Verdict;
import org.tradecert.engine.Validator;
import org.tradecert.envelope.DocumentSigning;
import org.tradecert.envelope.Statement;
import org.tradecert.json.SafeJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The harness on a corpus of 50 submissions: generation, validity of what it generates, the
 * floor, the ledger export and a short run of the report. It checks that the benchmark
 * measures what it claims, never how fast anything is.
 */
class HarnessSmokeTest {

    private static final Path EXAMPLES = Path.of("../examples/documents/valid");
    private static final Corpus.Spec SPEC = new Corpus.Spec(50, List.of(30, 50), 20);

    @TempDir
    static Path data;

    static Corpus corpus;

    @BeforeAll
    static void generate() throws Exception {
        assumeThat(EXAMPLES.resolve("sea")).as("the example documents under " + EXAMPLES.toAbsolutePath()).isDirectory();
        corpus = Corpus.ensure(data, EXAMPLES, SPEC);
    }

    @Test
    void corpusHoldsRequestedFiles() throws Exception {
        assertThat(corpus.envelopeFiles()).hasSize(50);
        assertThat(corpus.export(30)).isRegularFile();
        assertThat(corpus.export(50)).isRegularFile();
        assertThat(corpus.manifest("submissions")).isEqualTo("50");
    }

    @Test
    void corpusMixesAlgorithmsAndSyntaxes() {
        assertThat(corpus.manifest("algorithm.SM2-SM3")).isNotNull();
        assertThat(corpus.manifest("algorithm.ES256")).isNotNull();
        assertThat(corpus.manifest("algorithm.Ed25519")).isNotNull();
        assertThat(corpus.manifest("syntax.xml")).isNotNull();
        assertThat(corpus.manifest("syntax.json")).isNotNull();
    }

    @Test
    void corpusReusedWhenComplete() throws Exception {
        Path manifest = corpus.directory().resolve(Corpus.MANIFEST);
        FileTime written = Files.getLastModifiedTime(manifest);

        Corpus again = Corpus.ensure(data, EXAMPLES, SPEC);

        assertThat(again.directory()).isEqualTo(corpus.directory());
        assertThat(Files.getLastModifiedTime(manifest)).isEqualTo(written);
    }

    @Test
    void envelopeFilesAllConformant() throws Exception {
        Tally tally = new Tally();

        Validator.builder().build().validatePaths(List.of(corpus.envelopeDirectory()), tally);

        assertThat(tally.results()).isEqualTo(50);
        assertThat(tally.count(Verdict.CONFORMANT)).isEqualTo(50);
        assertThat(tally.findingRules()).isEmpty();
    }

    @Test
    void ledgerExportAllConformant() {
        Tally tally = new Tally();
        List<DocumentResult> transactions = new ArrayList<>();

        Validator.builder().build().validatePaths(List.of(corpus.export(50)), result -> {
            if (Validator.TRANSACTION_TYPE.equals(result.documentType())) {
                transactions.add(result);
            } else {
                tally.accept(result);
            }
        });

        // One result per submission and one for the chain itself, all without a finding. The
        // corpus keeps the shipments' shared numbers, so its trade transactions are not
        // consistent ones (see docs/benchmarks.md); they only have to be there.
        assertThat(tally.results()).isEqualTo(51);
        assertThat(tally.count(Verdict.CONFORMANT)).isEqualTo(51);
        assertThat(tally.findingRules()).isEmpty();
        assertThat(transactions).isNotEmpty();
    }

    @Test
    void floorAcceptsEverySubmission() throws Exception {
        int checked = 0;
        for (Path file : corpus.envelopeFiles()) {
            Floor.check(Submission.of(file.getFileName().toString(), Files.readAllBytes(file)));
            checked++;
        }

        assertThat(checked).isEqualTo(50);
    }

    @Test
    void submissionsHaveDistinctNumbers() throws Exception {
        Set<String> documents = new java.util.HashSet<>();
        for (Path file : corpus.envelopeFiles()) {
            Statement statement = DocumentSigning.statementOf(SafeJson.mapper().readTree(Files.readAllBytes(file)));
            documents.add(statement.submitterOrgId() + " " + statement.docType() + " " + statement.docId());
        }

        assertThat(documents).hasSize(50);
    }

    @Test
    void reportCoversThroughputAndHeap() throws Exception {
        Harness.Options options = Harness.Options.parse(new String[] {
                "--repository=..", "--data=" + data, "--envelopes=50", "--ledgers=30,50", "--block-size=20",
                "--warmups=0", "--rounds=1", "--parts=throughput,heap", "--out=" + data.resolve("report.md")});

        String report = Harness.run(options);

        assertThat(report).contains("## 1. Throughput against the cost floor");
        assertThat(report).contains("| 1. validation throughput, 1 thread |");
        assertThat(report).contains("## 2. Heap while streaming a ledger export");
        assertThat(report).contains("| 2. heap, 50 submissions |");
        assertThat(report).doesNotContain("failed");
    }
}
