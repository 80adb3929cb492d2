package org.tradecert.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.api.Finding;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a process in the middle of appending blocks, again and again, and shows that ledger
 * verify afterwards sees every block whole or not at all: no unreadable block, no gap, no
 * broken hash chain, whatever moment the kill hit.
 */
class LedgerCrashTest {

    private static final int MAX_ATTEMPTS = 15;
    private static final int KILLS_DURING_WRITE_WANTED = 2;

    @Test
    void killedAppendLeavesWholeBlocksOnly(@TempDir Path temp) throws Exception {
        Sandbox sandbox = Sandbox.create(temp.resolve("consortium"));
        Path ledgerDir = temp.resolve("ledger");
        sandbox.newLedger(ledgerDir);
        Random random = new Random(20261204L);

        int killsDuringWrite = 0;
        int attempts = 0;
        long blocksBefore = 1;
        while (killsDuringWrite < KILLS_DURING_WRITE_WANTED && attempts < MAX_ATTEMPTS) {
            attempts++;
            Child child = start(sandbox.dir, ledgerDir);
            if (attempts % 2 == 1) {
                child.awaitChunks(1 + random.nextInt(20));
            } else {
                Thread.sleep(300 + random.nextInt(1500));
            }
            child.process().destroyForcibly();
            assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).as("killed process ended").isTrue();
            if (!temporaryFiles(ledgerDir).isEmpty()) {
                killsDuringWrite++;
            }

            LedgerVerifier.Report report = sandbox.verify(SandboxLedger.open(ledgerDir));

            List<String> ledgerFindings = report.findings().stream().map(Finding::ruleId).filter(id -> id.startsWith("LEDGER-")).toList();
            assertThat(ledgerFindings).as("ledger findings after kill %d", attempts).isEmpty();
            assertThat(report.findings()).as("all findings after kill %d", attempts).isEmpty();
            assertThat(report.blocks()).as("blocks never go away").isGreaterThanOrEqualTo(blocksBefore);
            blocksBefore = report.blocks();
        }
        assertThat(killsDuringWrite).as("kills that hit a block being written, in %d attempts", attempts).isGreaterThanOrEqualTo(KILLS_DURING_WRITE_WANTED);
    }

    /**
     * The appender process and the chunk markers it prints. Every other attempt waits for a
     * chunk marker before killing, so some kills land while a block is half written however
     * slow the machine is; the other attempts kill at a random moment.
     */
    private record Child(Process process, java.util.concurrent.BlockingQueue<String> lines) {
        void awaitChunks(int count) throws InterruptedException {
            int seen = 0;
            while (seen < count) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                assertThat(line).as("the appender is still writing").isNotNull();
                if (CrashingAppender.CHUNK.equals(line)) {
                    seen++;
                }
            }
        }
    }

    private static Child start(Path sandbox, Path ledger) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", classpath, CrashingAppender.class.getName(), sandbox.toString(), ledger.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        assertThat(line).as("the appender started").isEqualTo(CrashingAppender.READY);
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread drain = new Thread(() -> output.lines().forEach(lines::add));
        drain.setDaemon(true);
        drain.start();
        return new Child(process, lines);
    }

    private static List<Path> temporaryFiles(Path ledger) throws Exception {
        try (Stream<Path> files = Files.list(ledger.resolve(SandboxLedger.BLOCKS))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
