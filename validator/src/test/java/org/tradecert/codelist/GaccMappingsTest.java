package org.tradecert.codelist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradecert.schema.model.Bilingual;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The China customs mappings as the bundled packs state them, and as an imported pack replaces them. */
class GaccMappingsTest {

    private static final GaccMappings MAPPINGS = GaccMappings.of(CodeListRegistry.builtIn());

    @ParameterizedTest
    @CsvSource({"2, 1, true", "2, 8, true", "5, 4, true", "3, 2, true", "4, 3, true", "6, 5, true", "2, 4, false", "5, 1, false", "0, 1, false"})
    void transportModesAgreeAsPackStates(String gacc, String rec19, boolean agree) {
        assertThat(MAPPINGS.transportModesAgree(gacc, rec19)).isEqualTo(agree);
    }

    @Test
    void rec19ModeGivesItsGaccMode() {
        assertThat(MAPPINGS.transportModeForRec19("1")).contains("2");
        assertThat(MAPPINGS.transportModeForRec19("4")).contains("5");
        assertThat(MAPPINGS.transportModeForRec19("7")).contains("9");
        assertThat(MAPPINGS.transportModeForRec19("X")).isEmpty();
    }

    @Test
    void specialZonesHaveNoRec19Mode() {
        for (String zone : List.of("0", "1", "7", "8")) {
            assertThat(MAPPINGS.rec19ForTransportMode(zone)).as(zone).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"CIF, 1", "CIP, 1", "DAP, 1", "DPU, 1", "DDP, 1", "CFR, 2", "CPT, 2", "FOB, 3", "FCA, 3", "FAS, 3", "EXW, 7", "fob, 3"})
    void everyIncotermHasOneTransactionMode(String incoterm, String mode) {
        assertThat(MAPPINGS.transactionModeForIncoterm(incoterm)).contains(mode);
        assertThat(MAPPINGS.transactionModeAgrees(mode, incoterm)).isTrue();
    }

    @Test
    void marketPriceNamesNoIncoterm() {
        assertThat(MAPPINGS.incotermsForTransactionMode("5")).isEmpty();
        assertThat(MAPPINGS.transactionModeAgrees("3", "CIF")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"1, true, true", "2, true, false", "3, false, false", "4, false, true", "7, false, false"})
    void priceBasisFollowsTransactionMode(String mode, boolean freight, boolean insurance) {
        assertThat(MAPPINGS.priceBasis(mode)).contains(new GaccMappings.PriceBasis(freight, insurance));
    }

    @Test
    void marketPriceHasNoPriceBasis() {
        assertThat(MAPPINGS.priceBasis("5")).isEmpty();
        assertThat(MAPPINGS.priceBasis(null)).isEmpty();
    }

    @Test
    void packageTypesMapBothWays() {
        assertThat(MAPPINGS.packageTypesAgree("23", "7B")).isTrue();
        assertThat(MAPPINGS.packageTypesAgree("22", "CT")).isTrue();
        assertThat(MAPPINGS.packageTypesAgree("22", "7B")).isFalse();
        assertThat(MAPPINGS.packageTypesForRec21("ct")).containsExactly("22");
        assertThat(MAPPINGS.rec21ForPackageType("23")).containsExactlyInAnyOrder("7B", "4C", "CS", "CR");
    }

    @Test
    void palletMapsToBothWoodTypes() {
        assertThat(MAPPINGS.packageTypesForRec21("PX")).containsExactly("92", "93");
    }

    @Test
    void coordinatesNameThePacks() {
        assertThat(MAPPINGS.coordinates()).contains("gacc-transport-mode@", "gacc-transaction-mode@", "gacc-package-type@");
    }

    @Test
    void importedPackReplacesMapping(@TempDir Path directory) throws Exception {
        CodeListPack changed = new CodeListPack("gacc-transport-mode", GaccMappings.TRANSPORT_MODE_LIST, new Bilingual("test", "测试"), "2099",
                "test", true, List.of(new CodeEntry("2", "Waterway", Map.of("rec19", "1")), new CodeEntry("5", "Air", Map.of("rec19", "4 6"))));
        PackFiles.write(changed, directory.resolve("gacc-transport-mode" + PackFiles.SUFFIX));

        GaccMappings mappings = GaccMappings.of(CodeListRegistry.withImports(List.of(directory)));

        assertThat(mappings.rec19ForTransportMode("5")).isEqualTo(Set.of("4", "6"));
        assertThat(mappings.rec19ForTransportMode("2")).isEqualTo(Set.of("1"));
        assertThat(mappings.transportModeForRec19("8")).isEqualTo(Optional.empty());
    }
}
