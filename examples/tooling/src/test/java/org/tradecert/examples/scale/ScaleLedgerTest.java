package org.tradecert.examples.scale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.checkdigit.AirWaybillNumber;
import org.tradecert.checkdigit.Iso6346;
import org.tradecert.examples.ledgers.Shipment;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The large-ledger generator: renumbered transactions that stay valid and consistent, and distinct from each other. */
class ScaleLedgerTest {

    static Path examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples/ledgers"))) {
            dir = dir.getParent();
        }
        return dir.resolve("examples");
    }

    @Test
    void renumberedIdentifiersKeepTheirCheckDigits() {
        for (int k : List.of(0, 1, 4_999, 99_999)) {
            TransactionNumbers sea = TransactionNumbers.of(Shipment.SEA, k);
            TransactionNumbers air = TransactionNumbers.of(Shipment.AIR, k);

            assertThat(Iso6346.isValid(sea.number("BOHU1024615"))).as(sea.number("BOHU1024615")).isTrue();
            assertThat(Iso6346.isValid(sea.number("BOHU2047359"))).as(sea.number("BOHU2047359")).isTrue();
            assertThat(AirWaybillNumber.isValid(air.number("963-26100454"))).as(air.number("963-26100454")).isTrue();
            assertThat(sea.number("020220260001234567")).matches("0202202603\\d{8}");
            assertThat(air.number("020820260001234890")).matches("0208202603\\d{8}");
        }
    }

    @Test
    void transactionsShareNoIdentifier() {
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < 200; k++) {
            for (String identifier : List.of("BOHU1024615", "BOHU2047359", "BH2610001", "BH2610002", "BOHL26TXG004251",
                    "HL-INV-2026-0142", "020220260001234567")) {
                assertThat(seen.add(TransactionNumbers.of(Shipment.SEA, k).number(identifier))).as("%s of transaction %d", identifier, k)
                        .isTrue();
            }
        }
    }

    @Test
    void longerIdentifierIsReplacedWhole() {
        TransactionNumbers numbers = TransactionNumbers.of(Shipment.AIR, 7);

        String replaced = numbers.apply("<ID>BC-BCA-261026-0112</ID><Ref>BCA-261026-0112</Ref>");

        assertThat(replaced).isEqualTo("<ID>BC-BCA-261026-0112-00007</ID><Ref>BCA-261026-0112-00007</Ref>");
    }

    @Test
    void smallGeneratedLedgerIsSilent(@TempDir Path temp) throws Exception {
        Path ledger = temp.resolve("scale");

        long submissions = new ScaleLedger(examples()).generate(ledger, 4, 3);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = org.tradecert.cli.Main.run(new String[] {"validate", ledger.toString(), "--fail-on", "warning", "--lang", "en"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(submissions).isEqualTo(40);
        assertThat(exit).as(report).isZero();
        assertThat(report).contains("fatal 0, error 0, warning 0, info 0");
    }
}
