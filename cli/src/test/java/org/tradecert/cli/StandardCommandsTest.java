package org.tradecert.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands for the standard: schema list and show, convert, codelists import and lookup. */
class StandardCommandsTest {

    private static final List<String> TYPES = List.of("booking", "commercial-invoice", "packing-list", "goods-declaration",
            "sea-transport-document", "air-waybill", "transport-event", "payment-advice");

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    @Test
    void schemaListShowsEightTypesWithBothSchemas() {
        CliRun run = CliRun.of("schema", "list", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        for (String type : TYPES) {
            assertThat(run.out()).contains(type + "/1.0.0/xsd/" + type + ".xsd").contains(type + "/1.0.0/json/" + type + ".schema.json");
        }
        assertThat(run.out()).contains("Commercial invoice").contains("8 document types");
    }

    @Test
    void schemaListSpeaksChinese() {
        CliRun run = CliRun.of("schema", "list", "--lang", "zh-CN");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("商业发票").contains("货物报关单").contains("共 8 种单证类型");
    }

    @Test
    void schemaShowPrintsTreeWithDefinitions() {
        CliRun run = CliRun.of("schema", "show", "goods-declaration", "--lang", "zh-CN");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("SupervisionModeCode").contains("GACCSupervisionMode").contains("监管方式");
    }

    @Test
    void unknownTypeIsUsageError() {
        CliRun run = CliRun.of("schema", "show", "bill-of-lading");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("bill-of-lading").contains("sea-transport-document");
    }

    @Test
    void unknownLanguageIsUsageError() {
        CliRun run = CliRun.of("schema", "list", "--lang", "fr");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("fr").contains("--lang zh-CN");
    }

    @Test
    void convertRoundTripsTheSeaInvoice(@TempDir Path temp) throws Exception {
        Path xml = root().resolve("examples/documents/valid/sea/commercial-invoice.xml");
        Path json = temp.resolve("invoice.json");
        Path back = temp.resolve("invoice.xml");

        CliRun toJson = CliRun.of("convert", xml.toString(), "--to", "json", "--out", json.toString());
        CliRun toXml = CliRun.of("convert", json.toString(), "--to", "xml", "--out", back.toString());

        assertThat(toJson.exitCode()).isZero();
        assertThat(toXml.exitCode()).isZero();
        assertThat(Files.readString(json)).isEqualTo(Files.readString(xml.resolveSibling("commercial-invoice.json")));
        assertThat(Files.readString(back)).contains("<ram:ID>HL-INV-2026-0142</ram:ID>").contains("currencyID=\"USD\"");
    }

    @Test
    void convertRefusesInvalidDocumentUnlessAllowed() {
        Path invalid = root().resolve("examples/documents/invalid/commercial-invoice/missing-invoice-currency.xml");

        CliRun refused = CliRun.of("convert", invalid.toString(), "--to", "json");
        CliRun allowed = CliRun.of("convert", invalid.toString(), "--to", "json", "--allow-invalid");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(refused.err()).contains("InvoiceCurrencyCode");
        assertThat(allowed.exitCode()).isZero();
        assertThat(allowed.out()).doesNotContain("invoiceCurrencyCode").contains("\"exchangedDocument\"");
    }

    @Test
    void convertMissingFileIsInputError() {
        CliRun run = CliRun.of("convert", "no-such-file.xml", "--to", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_OUTPUT);
        assertThat(run.err()).contains("no-such-file.xml").doesNotContain("Exception");
    }

    @Test
    void importedUnlocodeResolvesPortsAndRejectsMadeUpCode(@TempDir Path packs) {
        Path distribution = root().resolve("../shared/codelists/unlocode-2022-2").normalize();
        Assumptions.assumeTrue(Files.isDirectory(distribution), "skipped: " + distribution + " is absent (a fresh clone has no ../shared)");

        CliRun imported = CliRun.of("codelists", "import", "unlocode", distribution.toString(), "--out", packs.toString());
        CliRun known = CliRun.of("codelists", "lookup", "UNLOCODE", "CNTXG", "CNTSN", "NLRTM", "CNSGH", "--codelists", packs.toString());
        CliRun madeUp = CliRun.of("codelists", "lookup", "UNLOCODE", "CNQQQ", "--codelists", packs.toString());

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("unlocode@2022-2");
        assertThat(known.exitCode()).isZero();
        assertThat(known.out()).contains("Tianjin Xingang").contains("Rotterdam");
        assertThat(madeUp.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
        assertThat(madeUp.out()).contains("CNQQQ");
    }

    @Test
    void importedHsResolvesSubheadings(@TempDir Path packs) {
        Path distribution = root().resolve("../shared/codelists/hs-2022/harmonized-system.csv").normalize();
        Assumptions.assumeTrue(Files.exists(distribution), "skipped: " + distribution + " is absent (a fresh clone has no ../shared)");

        CliRun imported = CliRun.of("codelists", "import", "hs", distribution.toString(), "--out", packs.toString());
        CliRun known = CliRun.of("codelists", "lookup", "HS2022", "850440", "8501520000", "--codelists", packs.toString());
        CliRun madeUp = CliRun.of("codelists", "lookup", "HS2022", "850499", "--codelists", packs.toString());

        assertThat(imported.exitCode()).isZero();
        assertThat(known.exitCode()).isZero();
        assertThat(madeUp.exitCode()).isEqualTo(ExitCode.NON_CONFORMANT);
    }

    @Test
    void importOfMissingDistributionIsInputError(@TempDir Path packs) {
        CliRun run = CliRun.of("codelists", "import", "unlocode", packs.resolve("nothing").toString(), "--out", packs.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_OUTPUT);
        assertThat(run.err()).contains("no such file or directory");
    }
}
