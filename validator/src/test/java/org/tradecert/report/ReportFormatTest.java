package org.tradecert.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.tradecert.i18n.Messages;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReportFormatTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "text                      | TEXT  | null",
            "json                      | JSON  | null",
            "JUnit                     | JUNIT | null",
            "' sarif = build/x.sarif ' | SARIF | build/x.sarif",
            "html=report.html          | HTML  | report.html",
            "json=-                    | JSON  | null",
            "json=a=b.json             | JSON  | a=b.json",
    })
    void parseAcceptsNameAndOptionalPath(String value, ReportFormat.Kind kind, String path) {
        ReportFormat format = ReportFormat.parse(value);

        assertThat(format.kind()).isEqualTo(kind);
        assertThat(format.path()).isEqualTo(path == null ? null : Path.of(path));
        assertThat(format.toStandardOutput()).isEqualTo(path == null);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            "''     | report.format.empty",
            "pdf    | report.format.unknown",
            "xml=a  | report.format.unknown",
            "json=  | report.format.emptyPath",
            "'json= '| report.format.emptyPath",
    })
    void parseRejectsUnusableValues(String value, String key) {
        ReportFormatException problem = catchThrowableOfType(ReportFormatException.class, () -> ReportFormat.parse(value));

        assertThat(problem).as("exception for '%s'", value).isNotNull();
        assertThat(problem.key()).isEqualTo(key);
        assertThat(problem.message(Messages.CHINESE)).isNotEqualTo(problem.getMessage());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> ReportFormat.parse("pdf=out.pdf"))
                .hasMessageContaining("\"pdf\"")
                .hasMessageContaining("text, json, junit, sarif, html");
    }

    @Test
    void unknownNameIsEscaped() {
        assertThatThrownBy(() -> ReportFormat.parse("\u001B[31mpdf"))
                .hasMessageContaining("\\u001B[31mpdf")
                .satisfies(problem -> assertThat(problem.getMessage()).doesNotContain("\u001B"));
    }

    @Test
    void parseAllKeepsOrderOfRepeatedFormats() {
        List<ReportFormat> formats = ReportFormat.parseAll(List.of("text", "sarif=out/a.sarif", "junit=out/a.xml", "json=out/a.json"));

        assertThat(formats).extracting(ReportFormat::kind)
                .containsExactly(ReportFormat.Kind.TEXT, ReportFormat.Kind.SARIF, ReportFormat.Kind.JUNIT, ReportFormat.Kind.JSON);
        assertThat(formats).extracting(ReportFormat::toString).containsExactly("text", "sarif=out/a.sarif", "junit=out/a.xml", "json=out/a.json");
    }

    @Test
    void parseAllRejectsTwoReportsOnStandardOutput() {
        ReportFormatException problem = catchThrowableOfType(ReportFormatException.class,
                () -> ReportFormat.parseAll(List.of("text", "json=-")));

        assertThat(problem.key()).isEqualTo("report.format.twoOnStandardOutput");
        assertThat(problem.arguments()).containsExactly("text", "json");
    }

    @Test
    void parseAllRejectsTwoReportsInOneFile() {
        ReportFormatException problem = catchThrowableOfType(ReportFormatException.class,
                () -> ReportFormat.parseAll(List.of("json=out/report", "html=out/../out/report")));

        assertThat(problem.key()).isEqualTo("report.format.samePath");
    }

    @Test
    void parseAllOfNothingIsEmpty() {
        assertThat(ReportFormat.parseAll(List.of())).isEmpty();
    }
}
