package org.tradecert.crossdoc.risk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceStatisticsFilesTest {

    private static final String ROW = "{\"hs\":\"850440\",\"kind\":\"unit-value\",\"unit\":\"H87\",\"currency\":\"USD\",\"count\":5,"
            + "\"min\":\"1\",\"q1\":\"2\",\"median\":\"3\",\"q3\":\"4\",\"max\":\"5\",\"mad\":\"1\"}";

    private static ReferenceStatistics read(String json) throws IOException {
        return ReferenceStatisticsFiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "table.json");
    }

    private static String table(String row) {
        return "{\"format\":\"tradecert-reference-statistics/1\",\"id\":\"t\",\"version\":\"1\",\"statistics\":[" + row + "]}";
    }

    @Test
    void bundledTableIsMadeUpAndSaysSo() {
        ReferenceStatistics bundled = ReferenceStatistics.bundled();

        assertThat(bundled.source()).startsWith("MADE UP");
        assertThat(bundled.coordinates()).isEqualTo("demo-unit-values@2026.1-demo");
        assertThat(bundled.find("850440", ReferenceStatistic.Kind.UNIT_VALUE, null, null)).extracting(ReferenceStatistic::unit)
                .containsExactly("H87", "KGM");
        assertThat(bundled.find("853710", ReferenceStatistic.Kind.UNIT_WEIGHT)).hasSize(1);
    }

    @Test
    void validTableIsRead() throws IOException {
        ReferenceStatistics table = read(table(ROW));

        assertThat(table.statistics()).singleElement().satisfies(statistic -> assertThat(statistic.median()).isEqualByComparingTo("3"));
        assertThat(table.digest()).hasSize(64);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "\"q1\":\"2\" | \"q1\":\"3.5\" | must not decrease",
            "\"min\":\"1\" | \"min\":\"0\" | greater than zero",
            "\"median\":\"3\" | \"median\":3 | decimal string",
            "\"currency\":\"USD\" | \"currency\":\"usd\" | ISO 4217",
            "\"kind\":\"unit-value\" | \"kind\":\"price\" | unknown statistic kind",
            "\"count\":5 | \"count\":0 | at least 1",
            "\"hs\":\"850440\" | \"hs\":\"8504401\" | not an HS chapter",
            "\"currency\":\"USD\" | \"currency\":\"USD\",\"flow\":\"import\" | with the ISO 3166 alpha-2 reporter"})
    void contradictoryRowIsRejected(String original, String replacement, String message) {
        assertThatThrownBy(() -> read(table(ROW.replace(original, replacement))))
                .isInstanceOf(IOException.class).hasMessageContaining("table.json statistics[0]").hasMessageContaining(message);
    }

    @Test
    void otherFormatIsRejected() {
        assertThatThrownBy(() -> read(table(ROW).replace("reference-statistics/1", "codelist-pack/1")))
                .isInstanceOf(IOException.class).hasMessageContaining("expected tradecert-reference-statistics/1");
    }
}
