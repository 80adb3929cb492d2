package org.tradecert.rules.event;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.transportevent.v1.TransportEventType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;
import org.tradecert.rules.common.Times;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * An actual event (classifier ACT) has happened by the time it is reported, so its event time is
 * not later than the report's issue time plus {@link #CLOCK_SKEW}. The skew allows the clocks of
 * the terminal, the carrier and the reporting system to disagree by a few minutes. Planned and
 * estimated events lie in the future by nature and are not checked. Times are compared as instants.
 */
public final class ActualEventNotAfterReport extends DocumentRule<TransportEventType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("EVENT-ACTUAL-AFTER-REPORT", Layer.DOCUMENT_RULES, Severity.ERROR,
            "DCSA Track and Trace 2.2 (eventClassifierCode ACT: the event has taken place; eventCreatedDateTime)", "transport-event");

    /** How much later than its report an actual event may be stamped, for clocks that disagree. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(15);

    public ActualEventNotAfterReport() {
        super(DEFINITION, TransportEventType.class);
    }

    @Override
    public void check(TransportEventType event, RuleContext context) {
        if (!"ACT".equals(event.getEventClassifierCode())) {
            context.notApplicable(Outcomes.CONDITION_NOT_MET, "EventClassifierCode = ACT");
            return;
        }
        OffsetDateTime occurred = event.getEventDateTime();
        OffsetDateTime reported = event.getExchangedDocument().getIssueDateTime();
        if (occurred == null || reported == null) {
            context.notApplicable(Outcomes.ABSENT, "EventDateTime");
            return;
        }
        if (occurred.isAfter(reported.plus(CLOCK_SKEW))) {
            context.reportAt(event, "EventDateTime", Times.show(occurred), Times.show(reported), String.valueOf(CLOCK_SKEW.toMinutes()));
        }
    }
}
