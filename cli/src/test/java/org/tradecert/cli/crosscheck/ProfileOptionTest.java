package org.tradecert.cli.crosscheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.cli.CliRun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradecert.cli.crosscheck.CrosscheckCommandTest.ledger;

/** A network's tolerances given with --profile change what the cross-document rules accept. */
class ProfileOptionTest {

    @TempDir
    Path temp;

    @Test
    void widerWeightToleranceAcceptsTheSeededWeightGap() throws IOException {
        Path profile = temp.resolve("profile.yaml");
        Files.writeString(profile, "# packing lists may differ by up to 6 %\nseaWeightTolerancePercent: 6\n", StandardCharsets.UTF_8);
        String seeded = ledger("sea-x06-packing-list-gross-weight").toString();

        CliRun defaults = CliRun.of("validate", seeded, "--lang", "en");
        CliRun validate = CliRun.of("validate", "--profile", profile.toString(), seeded, "--lang", "en");
        CliRun crosscheck = CliRun.of("crosscheck", "--profile", profile.toString(), seeded, "--lang", "en");

        assertThat(defaults.exitCode()).as(defaults.out()).isEqualTo(1);
        assertThat(defaults.out()).contains("XDOC-X06");
        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
        assertThat(crosscheck.exitCode()).as(crosscheck.out() + crosscheck.err()).isZero();
    }

    @Test
    void badProfileStopsTheRunNamingEveryProblem() throws IOException {
        Path profile = temp.resolve("profile.yaml");
        Files.writeString(profile, "seaWeightTolerance: 1\nlatePaymentDays: 2.5\n", StandardCharsets.UTF_8);

        CliRun english = CliRun.of("validate", "--profile", profile.toString(), ledger("sea-ok").toString(), "--lang", "en");
        CliRun chinese = CliRun.of("crosscheck", "--profile", profile.toString(), ledger("sea-ok").toString(), "--lang", "zh-CN");
        CliRun missing = CliRun.of("validate", "--profile", temp.resolve("absent.yaml").toString(), ledger("sea-ok").toString(), "--lang", "en");

        assertThat(english.exitCode()).isEqualTo(3);
        assertThat(english.err()).contains("seaWeightTolerance").contains("seaWeightTolerancePercent").contains("latePaymentDays");
        assertThat(english.out()).isEmpty();
        assertThat(chinese.exitCode()).isEqualTo(3);
        assertThat(chinese.err()).contains("跨单证配置文件").contains("seaWeightTolerance");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("absent.yaml").contains("--profile");
    }
}
