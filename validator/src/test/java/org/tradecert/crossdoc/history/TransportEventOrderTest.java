package org.tradecert.crossdoc.history;

import org.junit.jupiter.api.Test;
import org.tradecert.api.RuleOutcome;
import org.tradecert.crossdoc.FactNames;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradecert.crossdoc.history.DemoShipments.CARRIER;
import static org.tradecert.crossdoc.history.DemoShipments.CONTAINER_1;
import static org.tradecert.crossdoc.history.DemoShipments.event;

class TransportEventOrderTest {

    private final TransportEventOrder rule = new TransportEventOrder();

    private RuleRun seaWith(FactsFixture.Doc... extra) {
        List<FactsFixture.Doc> documents = DemoShipments.seaDocuments();
        documents.addAll(List.of(extra));
        return RuleRun.of(rule, FactsFixture.transaction("sea", documents));
    }

    @Test
    void consistentShipmentsPass() {
        for (var transaction : List.of(DemoShipments.sea(), DemoShipments.air())) {
            RuleRun run = RuleRun.of(rule, transaction);

            assertThat(run.findings()).isEmpty();
            assertThat(run.status()).isEqualTo(RuleOutcome.Status.PASSED);
        }
    }

    @Test
    void dischargeBeforeLoadFires() {
        RuleRun run = seaWith(event("EV-X-1", CARRIER, "DISC", "2026-10-11T12:00:00+08:00", "CNTXG", CONTAINER_1));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.FAILED);
        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).arguments())
                .containsExactly("DISC", "2026-10-11T12:00:00+08:00", "CNTXG", "LOAD", "2026-10-11T13:05:00+08:00", "CNTXG", CONTAINER_1);
        assertThat(run.findings().get(0).evidence()).extracting(evidence -> evidence.documentId()).containsExactly("EV-X-1", "EV-CNTXG-261011-0004");
    }

    @Test
    void instantsDecideAcrossOffsets() {
        RuleRun later = seaWith(event("EV-X-1", CARRIER, "DISC", "2026-10-11T06:10:00+01:00", "CNTXG", CONTAINER_1));
        RuleRun earlier = seaWith(event("EV-X-1", CARRIER, "DISC", "2026-10-11T06:00:00+01:00", "CNTXG", CONTAINER_1));

        assertThat(later.findings()).isEmpty();
        assertThat(earlier.findings()).hasSize(1);
    }

    @Test
    void transhipmentPasses() {
        RuleRun run = seaWith(
                event("EV-T-1", CARRIER, "DISC", "2026-10-20T08:00:00+08:00", "SGSIN", CONTAINER_1),
                event("EV-T-2", CARRIER, "LOAD", "2026-10-21T08:00:00+08:00", "SGSIN", CONTAINER_1));

        assertThat(run.findings()).isEmpty();
    }

    @Test
    void arrivalBeforeDepartureFiresOnce() {
        RuleRun run = seaWith(event("EV-X-2", CARRIER, "ARRI", "2026-10-12T05:00:00+08:00", "NLRTM"));

        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).arguments().get(0)).isEqualTo("ARRI");
        assertThat(run.findings().get(0).arguments().get(3)).isEqualTo("DEPA");
    }

    @Test
    void vesselCallAtPortOfLoadingPasses() {
        RuleRun run = seaWith(event("EV-X-3", CARRIER, "ARRI", "2026-10-10T20:00:00+08:00", "CNTXG"));

        assertThat(run.findings()).isEmpty();
    }

    @Test
    void gateOutBeforeDischargeFires() {
        RuleRun run = seaWith(event("EV-X-4", DemoShipments.TERMINAL, "GTOT", "2026-11-18T10:00:00+01:00", "NLRTM", CONTAINER_1));

        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).arguments().get(3)).isEqualTo("DISC");
    }

    @Test
    void emptyPickUpAtOriginPasses() {
        RuleRun run = seaWith(event("EV-X-5", DemoShipments.TERMINAL, "GTOT", "2026-10-08T10:00:00+08:00", "CNTXG", CONTAINER_1));

        assertThat(run.findings()).isEmpty();
    }

    @Test
    void plannedEventsAreLeftOut() {
        FactsFixture.Doc planned = event("EV-X-6", CARRIER, "DISC", "2026-10-11T12:00:00+08:00", "CNTXG", CONTAINER_1)
                .replace(FactNames.EVENT_CLASSIFIER, "PLN");

        RuleRun run = seaWith(planned);

        assertThat(run.findings()).isEmpty();
    }

    @Test
    void receivedFromFlightBeforeArrivalFires() {
        List<FactsFixture.Doc> documents = DemoShipments.airDocuments();
        documents.add(event("EV-X-7", DemoShipments.AIRLINE, "RCF", "2026-10-30T07:00:00+01:00", "DEFRA"));

        RuleRun run = RuleRun.of(rule, FactsFixture.transaction("air", documents));

        assertThat(run.findings()).hasSize(1);
        assertThat(run.findings().get(0).arguments().get(0)).isEqualTo("RCF");
    }

    @Test
    void singleEventIsNotApplicable() {
        RuleRun run = RuleRun.of(rule, FactsFixture.transaction("one", List.of(event("EV-1", CARRIER, "LOAD", "2026-10-11T13:05:00+08:00", "CNTXG"))));

        assertThat(run.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
    }
}
