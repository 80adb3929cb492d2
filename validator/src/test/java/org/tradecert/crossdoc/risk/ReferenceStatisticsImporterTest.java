package org.tradecert.crossdoc.risk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradecert.codelist.ImportException;

import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceStatisticsImporterTest {

    private static ReferenceStatisticsImporter.Result importText(int minimum, String csv) throws Exception {
        return new ReferenceStatisticsImporter(minimum).importFrom(new BufferedReader(new StringReader(csv)), "observations.csv",
                "test", "1", "test observations");
    }

    private static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void quartilesInterpolateLinearly() {
        List<BigDecimal> values = decimals("1", "2", "3", "4");

        assertThat(ReferenceStatisticsImporter.quantile(values, 1)).isEqualByComparingTo("1.75");
        assertThat(ReferenceStatisticsImporter.quantile(values, 2)).isEqualByComparingTo("2.5");
        assertThat(ReferenceStatisticsImporter.quantile(values, 3)).isEqualByComparingTo("3.25");
    }

    @Test
    void oddCountHasMiddleMedian() {
        assertThat(ReferenceStatisticsImporter.quantile(decimals("1", "5", "9", "10", "20"), 2)).isEqualByComparingTo("9");
    }

    @Test
    void groupGetsEveryStatistic() throws Exception {
        ReferenceStatisticsImporter.Result result = importText(5,
                "hs6,unit,unitValue,currency\n850440,H87,1,USD\n850440,H87,2,USD\n850440,H87,3,USD\n850440,H87,4,USD\n850440,H87,100,USD\n");

        ReferenceStatistic statistic = result.table().statistics().get(0);
        assertThat(result.observations()).isEqualTo(5);
        assertThat(statistic.count()).isEqualTo(5);
        assertThat(statistic.min()).isEqualByComparingTo("1");
        assertThat(statistic.q1()).isEqualByComparingTo("2");
        assertThat(statistic.median()).isEqualByComparingTo("3");
        assertThat(statistic.q3()).isEqualByComparingTo("4");
        assertThat(statistic.max()).isEqualByComparingTo("100");
        // Deviations from 3 are 2, 1, 0, 1, 97; their median is 1.
        assertThat(statistic.mad()).isEqualByComparingTo("1");
    }

    @Test
    void smallGroupsAreLeftOutAndListed() throws Exception {
        ReferenceStatisticsImporter.Result result = importText(2,
                "HS6,Unit,UnitValue,Currency\n850440,H87,1,USD\n850440,H87,2,USD\n850152,H87,400,USD\n");

        assertThat(result.table().statistics()).extracting(ReferenceStatistic::hs).containsExactly("850440");
        assertThat(result.skippedGroups()).containsExactly("850152 unit-value H87 USD (1)");
    }

    @Test
    void nationalCodesBecomeSubheadings() throws Exception {
        ReferenceStatisticsImporter.Result result = importText(1, "hs,unit,unitValue,currency\n8504.40.9999,h87,85.5,usd\n85,KGM,20,USD\n");

        assertThat(result.table().statistics()).extracting(ReferenceStatistic::hs).containsExactly("85", "850440");
        assertThat(result.table().statistics().get(1).unit()).isEqualTo("H87");
        assertThat(result.table().statistics().get(1).currency()).isEqualTo("USD");
    }

    @Test
    void rowWithValueAndWeightFeedsBothKinds() throws Exception {
        ReferenceStatisticsImporter.Result result = importText(1, "hs6,unit,unitValue,currency,unitWeight\n850440,H87,85.5,USD,1.35\n");

        assertThat(result.observations()).isEqualTo(2);
        assertThat(result.table().statistics()).extracting(ReferenceStatistic::kind)
                .containsExactly(ReferenceStatistic.Kind.UNIT_VALUE, ReferenceStatistic.Kind.UNIT_WEIGHT);
        assertThat(result.table().statistics().get(1).currency()).isNull();
    }

    @Test
    void flowsAreGroupsOfTheirOwn() throws Exception {
        ReferenceStatisticsImporter.Result result = importText(1,
                "hs6,unit,unitValue,currency,flow,reporter\n850440,H87,85,USD,,\n850440,H87,95,USD,Import,nl\n");

        assertThat(result.table().find("850440", ReferenceStatistic.Kind.UNIT_VALUE, null, null)).hasSize(1);
        assertThat(result.table().find("850440", ReferenceStatistic.Kind.UNIT_VALUE, "import", "NL"))
                .singleElement().satisfies(statistic -> assertThat(statistic.median()).isEqualByComparingTo("95"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "850440,H87,85.5,ABC,, | line 2: currency 'ABC' is not an ISO 4217 code",
            "850440,H87,0,USD,, | line 2: unitValue must be greater than zero",
            "850440,H87,1e3,USD,, | line 2: unitValue '1e3' is not a decimal number",
            "85044,H87,85.5,USD,, | line 2: hs6 '85044' is not an HS chapter",
            "850440,KILO,85.5,USD,, | line 2: unit 'KILO' is not a UNECE Recommendation 20 code",
            "850440,H87,85.5,USD,import, | line 2: flow 'import' and reporter '' must both be empty",
            "850440,H87,,USD,, | line 2: the row has neither a unit value nor a unit weight",
            "850440,H87 | line 2: 2 columns instead of 6"})
    void invalidRowIsRejectedWithItsLine(String row, String message) {
        assertThatThrownBy(() -> importText(1, "hs6,unit,unitValue,currency,flow,reporter\n" + row + "\n"))
                .isInstanceOf(ImportException.class).hasMessageContaining("observations.csv " + message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "unit,unitValue,currency | no 'hs6' column",
            "hs6,unitValue,currency | no 'unit' column",
            "hs6,unit,currency | no 'unitValue' or 'unitWeight' column",
            "hs6,unit,unitValue | a 'unitValue' column needs a 'currency' column",
            "hs6,unit,unit,unitValue,currency | names the column 'unit' twice"})
    void invalidHeaderIsRejected(String header, String message) {
        assertThatThrownBy(() -> importText(1, header + "\n")).isInstanceOf(ImportException.class).hasMessageContaining(message);
    }

    @Test
    void emptyImportIsRejected() {
        assertThatThrownBy(() -> importText(3, "hs6,unit,unitValue,currency\n850440,H87,1,USD\n"))
                .isInstanceOf(ImportException.class).hasMessageContaining("no group has the 3 observations");
    }

    @Test
    void fileThatIsNotUtf8IsRejected(@TempDir Path directory) throws Exception {
        Path file = Files.write(directory.resolve("latin1.csv"), new byte[] {'h', 's', '6', ',', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> new ReferenceStatisticsImporter().importFrom(file, "t", "1", "s"))
                .isInstanceOf(ImportException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void bundledTableIsTheImportOfDemoObservations() throws Exception {
        Path observations = demoObservations();

        ReferenceStatisticsImporter.Result result = new ReferenceStatisticsImporter().importFrom(observations,
                ReferenceStatistics.bundled().id(), ReferenceStatistics.bundled().version(), ReferenceStatistics.bundled().source());

        assertThat(result.skippedGroups()).isEmpty();
        assertThat(result.table().digest()).isEqualTo(ReferenceStatistics.bundled().digest());
    }

    @Test
    void writtenTableReadsBackIdentical(@TempDir Path directory) throws Exception {
        ReferenceStatistics table = new ReferenceStatisticsImporter().importFrom(demoObservations(), "demo", "1", "test").table();
        Path file = directory.resolve("reference-statistics.json");

        ReferenceStatisticsFiles.write(table, file);
        ReferenceStatistics read = ReferenceStatisticsFiles.read(file);

        assertThat(read.digest()).isEqualTo(table.digest());
        assertThat(read.statistics()).isEqualTo(table.statistics());
    }

    static Path demoObservations() throws URISyntaxException {
        return Path.of(ReferenceStatisticsImporterTest.class.getResource("demo-observations.csv").toURI());
    }
}
