package org.tradecert.schema.release;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.schema.diff.AllowList;
import org.tradecert.schema.governance.FixtureRepository;
import org.tradecert.schema.governance.GovernanceFinding;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** release-check over the repository and over the fixture releases of the transport event. */
class ReleaseCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void releasedRepositoryPasses() throws Exception {
        ReleaseCheck.Report report = ReleaseCheck.run(FixtureRepository.MODEL, FixtureRepository.TREE, AllowList.empty(), TODAY);

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void minorFixturePasses(@TempDir Path folder) throws Exception {
        FixtureRepository repository = FixtureRepository.copy(folder).release("transport-event-1.1.0");

        ReleaseCheck.Report report = ReleaseCheck.run(repository.model(), repository.tree(), AllowList.empty(), TODAY);

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void misVersionedFixtureIsRejectedWithReason(@TempDir Path folder) throws Exception {
        FixtureRepository repository = FixtureRepository.copy(folder).release("transport-event-1.1.0").release("transport-event-1.2.0");

        ReleaseCheck.Report report = ReleaseCheck.run(repository.model(), repository.tree(), AllowList.empty(), TODAY);

        assertThat(report.failing()).isTrue();
        assertThat(report.findings()).extracting(GovernanceFinding::ruleId).containsOnly("RC-VERSION-BUMP");
        GovernanceFinding first = report.findings().get(0);
        assertThat(first.text().in(Locale.ENGLISH)).contains("transport-event 1.2.0 is mis-versioned").contains("MAJOR").contains("2.0.0");
        assertThat(first.details()).anySatisfy(d -> assertThat(d).contains("SD201").contains("TransportDocumentReferencedDocument"));
        assertThat(report.findings()).extracting(f -> f.text().in(Locale.ENGLISH))
                .anySatisfy(t -> assertThat(t).contains("transport-event@1.0.0"))
                .anySatisfy(t -> assertThat(t).contains("transport-event@1.1.0"));
    }

    @Test
    void majorFixturePasses(@TempDir Path folder) throws Exception {
        FixtureRepository repository = FixtureRepository.copy(folder).release("transport-event-1.1.0").place("transport-event-2.0.0");
        repository.edit("transport-event.yaml", "status: released", "status: draft");
        new org.tradecert.schema.generate.SchemaBuild().write(repository.model(), repository.tree());

        ReleaseCheck.Report report = ReleaseCheck.run(repository.model(), repository.tree(), AllowList.empty(), TODAY);

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void deprecationWithoutSunsetIsRejected(@TempDir Path folder) throws Exception {
        FixtureRepository repository = FixtureRepository.copy(folder).place("transport-event-1.1.0");
        repository.edit("transport-event.yaml", "          sunset: 2025-06-30\n", "").edit("transport-event.yaml", "status: released", "status: draft");
        new org.tradecert.schema.generate.SchemaBuild().write(repository.model(), repository.tree());

        ReleaseCheck.Report report = ReleaseCheck.run(repository.model(), repository.tree(), AllowList.empty(), TODAY);

        assertThat(report.findings()).extracting(GovernanceFinding::ruleId).containsExactly("RC-DEPRECATION-SUNSET");
    }
}
