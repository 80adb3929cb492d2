package org.tradecert.cli.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.cli.CliRun;
import org.tradecert.cli.ExitCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox loop as a user runs it: init, keys, sign, submit, inspect, verify, export. */
class SandboxFlowTest {

    @Test
    void initSignSubmitVerify(@TempDir Path temp) throws Exception {
        Path sandbox = temp.resolve("sandbox");
        Path sea = LedgerTamperTest.root().resolve("examples/documents/valid/sea");
        Path invoice = Files.copy(sea.resolve("commercial-invoice.xml"), temp.resolve("invoice.xml"), StandardCopyOption.REPLACE_EXISTING);
        Path packing = Files.copy(sea.resolve("packing-list.json"), temp.resolve("packing.json"), StandardCopyOption.REPLACE_EXISTING);

        CliRun init = CliRun.of("sandbox", "init", sandbox.toString(), "--valid-from", "2026-01-01");
        CliRun signInvoice = CliRun.of("sign", "--key", sandbox.resolve("participants/exporter/key.pem").toString(),
                "--cert", sandbox.resolve("participants/exporter/cert.pem").toString(), "--type", "commercial-invoice", invoice.toString());
        CliRun signPacking = CliRun.of("sign", "--key", sandbox.resolve("participants/exporter/key.pem").toString(),
                "--cert", sandbox.resolve("participants/exporter/cert.pem").toString(), "--type", "packing-list", "--detached",
                "--ref", invoice + ".envelope.json", packing.toString());
        CliRun submit = CliRun.of("submit", "--ledger", sandbox.resolve("ledger").toString(), invoice + ".envelope.json", packing + ".envelope.json");
        CliRun inspect = CliRun.of("envelope", "inspect", packing + ".envelope.json", "--lang", "en");
        CliRun verify = CliRun.of("ledger", "verify", sandbox.toString(), "--lang", "en");
        Path export = temp.resolve("ledger.jsonl");
        CliRun exported = CliRun.of("ledger", "export", sandbox.resolve("ledger").toString(), "--out", export.toString());
        CliRun verifyExport = CliRun.of("ledger", "verify", export.toString());

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("customs-broker").contains("demo keys");
        assertThat(signInvoice.exitCode()).as(signInvoice.err()).isZero();
        assertThat(signPacking.exitCode()).as(signPacking.err()).isZero();
        assertThat(submit.exitCode()).as(submit.err()).isZero();
        assertThat(submit.out()).contains("anchored in block 1");
        assertThat(inspect.exitCode()).as(inspect.out()).isZero();
        assertThat(inspect.out()).contains("packing-list HL-PL-2026-0142").contains("matches the document").contains("inclusion proof holds");
        assertThat(verify.exitCode()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("2 submissions").contains("Conformant");
        assertThat(exported.exitCode()).isZero();
        assertThat(verifyExport.exitCode()).as(verifyExport.out()).isZero();
    }

    @Test
    void signRefusesInvalidDocument(@TempDir Path temp) throws Exception {
        Path sandbox = temp.resolve("sandbox");
        CliRun.of("sandbox", "init", sandbox.toString());
        Path invalid = LedgerTamperTest.root().resolve("examples/documents/invalid/commercial-invoice/missing-invoice-currency.xml");
        Path copy = Files.copy(invalid, temp.resolve("invalid.xml"));

        CliRun sign = CliRun.of("sign", "--key", sandbox.resolve("participants/exporter/key.pem").toString(),
                "--cert", sandbox.resolve("participants/exporter/cert.pem").toString(), "--type", "commercial-invoice", copy.toString());

        assertThat(sign.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(sign.err()).contains("not a valid commercial-invoice document").contains("InvoiceCurrencyCode");
        assertThat(Files.exists(temp.resolve("invalid.xml.envelope.json"))).isFalse();
    }

    @Test
    void submitRefusesForeignSignerUnlessForced(@TempDir Path temp) throws Exception {
        Path sandbox = temp.resolve("sandbox");
        CliRun.of("sandbox", "init", sandbox.toString());
        Path invoice = Files.copy(LedgerTamperTest.root().resolve("examples/documents/valid/sea/commercial-invoice.xml"), temp.resolve("invoice.xml"));
        CliRun.of("sign", "--key", sandbox.resolve("participants/bank/key.pem").toString(),
                "--cert", sandbox.resolve("participants/bank/cert.pem").toString(), "--type", "commercial-invoice", invoice.toString());

        CliRun refused = CliRun.of("submit", "--ledger", sandbox.resolve("ledger").toString(), invoice + ".envelope.json", "--lang", "en");
        CliRun forced = CliRun.of("submit", "--ledger", sandbox.resolve("ledger").toString(), invoice + ".envelope.json", "--force");
        CliRun verify = CliRun.of("ledger", "verify", sandbox.toString(), "--lang", "en");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(refused.err()).contains("AUTH-ROLE-DOCTYPE").contains("Role bank may not submit commercial-invoice");
        assertThat(forced.exitCode()).isZero();
        assertThat(verify.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(verify.out()).contains("AUTH-ROLE-DOCTYPE");
    }
}
