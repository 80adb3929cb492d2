package org.tradecert.schema.diff;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.schema.governance.FixtureRepository;
import org.tradecert.schema.source.SchemaRepository;
import org.tradecert.schema.source.Sources;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Schema diff over the fixture releases of the transport event: 1.1.0 adds, 2.0.0 breaks. */
class FixtureDiffTest {

    @TempDir
    static Path folder;

    static SchemaRepository repository;

    @BeforeAll
    static void build() throws Exception {
        FixtureRepository fixtures = FixtureRepository.copy(folder).release("transport-event-1.1.0").release("transport-event-2.0.0");
        repository = SchemaRepository.of(Sources.directory(fixtures.tree()));
    }

    private static DiffResult diff(String oldVersion, String newVersion) throws Exception {
        return SchemaDiff.compare(repository.load("transport-event", oldVersion), repository.load("transport-event", newVersion));
    }

    @Test
    void sameReleaseHasNoFindings() throws Exception {
        assertThat(diff("1.0.0", "1.0.0").findings()).isEmpty();
    }

    @Test
    void minorFixtureOnlyWidensAndRequiresMinor() throws Exception {
        DiffResult result = diff("1.0.0", "1.1.0");

        assertThat(result.findings()).isNotEmpty();
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.changeClass()).isIn(ChangeClass.EQ, ChangeClass.WIDEN));
        assertThat(result.findings()).extracting(DiffFinding::kind).contains(ChangeKind.SD101, ChangeKind.SD801, ChangeKind.SD802, ChangeKind.SD702)
                .doesNotContain(ChangeKind.SD901);
    }

    @Test
    void majorFixtureReportsBreakingChanges() throws Exception {
        DiffResult result = diff("1.1.0", "2.0.0");

        List<ChangeKind> kinds = result.findings().stream().map(DiffFinding::kind).toList();
        assertThat(kinds).contains(ChangeKind.SD103, ChangeKind.SD201, ChangeKind.SD105, ChangeKind.SD701).doesNotContain(ChangeKind.SD901);
    }
}
