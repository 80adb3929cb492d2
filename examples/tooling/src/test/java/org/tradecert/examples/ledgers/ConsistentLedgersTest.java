package org.tradecert.examples.ledgers;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tradecert.document.DocumentSyntax;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator's unchanged shipments. Built from the XML documents, they follow the plan of
 * the committed sea-ok and air-ok, which regenerate.sh builds with the tradecert command. Built
 * from either syntax, they make no rule report anything, the price indicators included.
 */
class ConsistentLedgersTest {

    @ParameterizedTest
    @EnumSource(Shipment.class)
    void planMatchesCommittedLedger(Shipment shipment, @TempDir Path temp) throws IOException {
        Path built = temp.resolve(shipment.folder());
        new SeededLedgers(SeededLedgersTest.examples(), DocumentSyntax.XML).buildConsistent(shipment, built);
        Path committed = SeededLedgersTest.examples().resolve("ledgers").resolve(shipment.folder() + "-ok");

        List<String> builtPlan = LedgerStatements.ofLedger(built).stream().map(LedgerStatements::plan).toList();
        List<String> committedPlan = LedgerStatements.ofLedger(committed).stream().map(LedgerStatements::plan).toList();

        assertThat(builtPlan).isEqualTo(committedPlan);
    }

    @ParameterizedTest
    @EnumSource(Shipment.class)
    void jsonShipmentIsSilent(Shipment shipment, @TempDir Path temp) throws IOException {
        Path ledger = temp.resolve(shipment.folder());
        new SeededLedgers(SeededLedgersTest.examples(), DocumentSyntax.JSON).buildConsistent(shipment, ledger);

        LedgerRun run = LedgerRun.validate(ledger, temp, "warning");

        assertThat(run.findings()).as(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Shipment.class)
    void committedShipmentIsSilent(Shipment shipment, @TempDir Path temp) {
        Path ledger = SeededLedgersTest.examples().resolve("ledgers").resolve(shipment.folder() + "-ok");

        LedgerRun run = LedgerRun.validate(ledger, temp, "warning");

        assertThat(run.findings()).as(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }
}
