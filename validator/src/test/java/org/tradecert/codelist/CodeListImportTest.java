package org.tradecert.codelist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.ProjectPaths;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The official UN/LOCODE and HS distributions import into packs the validator can use. */
class CodeListImportTest {

    @Test
    void unlocodeDistributionResolvesPortsAndAirports(@TempDir Path out) throws Exception {
        Path distribution = ProjectPaths.shared("codelists/unlocode-2022-2");

        CodeListPack pack = new UnLocodeImporter().importFrom(distribution, null, UnLocodeImporter.defaultCharset());
        Path file = out.resolve("unlocode" + PackFiles.GZIP_SUFFIX);
        PackFiles.write(pack, file);
        CodeListPack reread = CodeListRegistry.withImports(List.of(out)).forList("UNLOCODE").orElseThrow();

        assertThat(reread.version()).isEqualTo("2022-2");
        assertThat(reread.complete()).isTrue();
        assertThat(reread.digest()).isEqualTo(pack.digest());
        assertThat(reread.size()).isGreaterThan(100_000);
        for (String code : List.of("CNTXG", "CNTSN", "NLRTM", "CNSGH")) {
            assertThat(reread.contains(code)).as(code).isTrue();
        }
        assertThat(reread.contains("CNZZQ")).as("made-up CNZZQ").isFalse();
        assertThat(reread.find("CNTXG").orElseThrow().attribute("functions")).startsWith("1");
        assertThat(reread.find("CNTSN").orElseThrow().attribute("functions")).contains("4");
    }

    @Test
    void unlocodeNamesDecodeFromLatin1() throws Exception {
        Path distribution = ProjectPaths.shared("codelists/unlocode-2022-2");

        CodeListPack pack = new UnLocodeImporter().importFrom(distribution, null, UnLocodeImporter.defaultCharset());

        assertThat(pack.find("DEGAD").map(CodeEntry::name)).as("DEGAD (Gäufelden)").hasValue("Gäufelden");
    }

    @Test
    void hsDistributionResolvesSubheadings(@TempDir Path out) throws Exception {
        Path distribution = ProjectPaths.shared("codelists/hs-2022/harmonized-system.csv");

        CodeListPack pack = new HsImporter().importFrom(distribution, null);
        PackFiles.write(pack, out.resolve("hs2022" + PackFiles.GZIP_SUFFIX));
        CodeListPack reread = CodeListRegistry.withImports(List.of(out)).forList("HS2022").orElseThrow();

        assertThat(reread.complete()).isTrue();
        assertThat(reread.codes().keySet().stream().filter(c -> c.length() == 6).count()).isGreaterThan(5000);
        for (String code : List.of("850440", "850152", "853710")) {
            assertThat(reread.contains(code)).as(code).isTrue();
        }
        assertThat(reread.contains("850499")).as("made-up 850499").isFalse();
        assertThat(reread.contains("999999")).as("made-up 999999").isFalse();
    }

    @Test
    void unlocodeFileWithWrongColumnsIsRejectedWithLine(@TempDir Path dir) throws Exception {
        Path part = dir.resolve("2022-2 UNLOCODE CodeListPart1.csv");
        Files.writeString(part, ",\"CN\",\"TXG\",\"Tianjin\"\n", StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> new UnLocodeImporter().importFrom(dir, null, UnLocodeImporter.defaultCharset()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("columns");
    }

    @Test
    void editedPackIsRefusedByDigest(@TempDir Path dir) throws Exception {
        CodeListPack pack = CodeListRegistry.builtIn().forList("Rec21").orElseThrow();
        Path file = dir.resolve("rec21" + PackFiles.SUFFIX);
        PackFiles.write(pack, file);
        Files.writeString(file, Files.readString(file).replace("\"carton\"", "\"cardboard box\""));

        assertThatThrownBy(() -> PackFiles.read(file)).hasMessageContaining("digest");
    }

    @Test
    void builtInPacksCoverEveryBoundCodeList() {
        CodeListRegistry registry = CodeListRegistry.builtIn();

        for (String list : List.of("ISO3166", "ISO4217", "Rec19", "Rec20", "Rec21", "UNLOCODE", "UNTDID1001", "UNTDID4461",
                "Incoterms2020", "HS2022", "GACCTransportMode", "GACCTransactionMode", "GACCPackageType")) {
            assertThat(registry.forList(list)).as(list).isPresent();
        }
        assertThat(registry.forList("ISO3166").orElseThrow().contains("CN")).isTrue();
        assertThat(registry.forList("ISO4217").orElseThrow().find("USD").orElseThrow().attribute("fractionDigits")).isEqualTo("2");
        assertThat(registry.forList("UNLOCODE").orElseThrow().complete()).as("bundled UN/LOCODE is a selection").isFalse();
    }
}
