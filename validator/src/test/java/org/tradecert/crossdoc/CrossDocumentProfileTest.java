package org.tradecert.crossdoc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a network's tolerances from a profile file. */
class CrossDocumentProfileTest {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve("profile.yaml"), text);
    }

    private static CrossDocumentProfile.ProfileException problems(Path file) {
        try {
            CrossDocumentProfile.read(file);
        } catch (CrossDocumentProfile.ProfileException e) {
            return e;
        }
        throw new AssertionError("no problem reported for " + file);
    }

    @Test
    void settingsLeftOutKeepTheirDefaults() throws Exception {
        CrossDocumentProfile profile = CrossDocumentProfile.read(file("seaWeightTolerancePercent: 1.5\nlatePaymentDays: 45\n"));

        CrossDocumentProfile defaults = CrossDocumentProfile.defaults();
        assertThat(profile.seaWeightTolerancePercent()).isEqualByComparingTo("1.5");
        assertThat(profile.latePaymentDays()).isEqualTo(45);
        assertThat(profile.airWeightTolerancePercent()).isEqualTo(defaults.airWeightTolerancePercent());
        assertThat(profile.bankChargeAllowance()).isEqualTo(defaults.bankChargeAllowance());
        assertThat(profile.earlyPaymentDays()).isEqualTo(defaults.earlyPaymentDays());
    }

    @Test
    void decimalsAreReadExactly() throws Exception {
        CrossDocumentProfile profile = CrossDocumentProfile.read(file("amountTolerancePercent: 0.1\nbankChargeAllowance: \"12.35\"\n"));

        assertThat(profile.amountTolerancePercent()).isEqualTo("0.1");
        assertThat(profile.bankChargeAllowance()).isEqualTo("12.35");
    }

    @Test
    void emptyFileGivesDefaults() throws Exception {
        assertThat(CrossDocumentProfile.read(file(""))).isEqualTo(CrossDocumentProfile.defaults());
    }

    @Test
    void jsonFileIsReadToo() throws Exception {
        CrossDocumentProfile profile = CrossDocumentProfile.read(file("{\"airWeightToleranceKilograms\": 2}"));

        assertThat(profile.airWeightToleranceKilograms()).isEqualByComparingTo("2");
    }

    @Test
    void unknownKeyIsRejectedWithTheKnownOnes() throws Exception {
        CrossDocumentProfile.ProfileException exception = problems(file("seaWeightTolerance: 1\n"));

        assertThat(exception.problems()).singleElement().satisfies(problem -> {
            assertThat(problem).startsWith("profile.unknown-key|seaWeightTolerance|");
            assertThat(problem).contains("seaWeightTolerancePercent");
        });
    }

    @Test
    void everyProblemOfTheFileIsListed() throws Exception {
        CrossDocumentProfile.ProfileException exception = problems(file(
                "amountTolerancePercent: a lot\nseaWeightTolerancePercent: 150\nbankChargeAllowance: -5\nlatePaymentDays: 7.5\nextra: 1\n"));

        assertThat(exception.problems()).containsExactly(
                "profile.not-a-number|amountTolerancePercent|a lot",
                "profile.out-of-range|seaWeightTolerancePercent|150|100",
                "profile.negative|bankChargeAllowance|-5",
                "profile.not-whole|latePaymentDays|7.5",
                "profile.unknown-key|extra|amountTolerancePercent, declaredValueTolerancePercent, seaWeightTolerancePercent, "
                        + "airWeightTolerancePercent, airWeightToleranceKilograms, bankChargeAllowance, minimumInsurancePercent, "
                        + "measuredQuantityTolerancePercent, latePaymentDays, earlyPaymentDays");
    }

    @Test
    void listInsteadOfMappingIsRejected() throws Exception {
        assertThat(problems(file("- 1\n- 2\n")).problems()).singleElement().asString().startsWith("profile.not-mapping|");
    }

    @Test
    void brokenYamlIsRejected() throws Exception {
        assertThat(problems(file("seaWeightTolerancePercent: [1\n")).problems()).singleElement().asString().startsWith("profile.syntax|");
    }

    @Test
    void missingFileIsRejected() {
        assertThatThrownBy(() -> CrossDocumentProfile.read(dir.resolve("absent.yaml")))
                .isInstanceOf(CrossDocumentProfile.ProfileException.class)
                .hasMessageStartingWith("profile.unreadable|");
    }
}
