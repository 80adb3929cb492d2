package org.tradecert.crossdoc.history;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Actual transport events happen in an order physics allows. A container is discharged after
 * it was loaded and leaves the discharge terminal after it was discharged, and a vessel or
 * aircraft arrives somewhere after it departed from elsewhere. Times are compared as instants,
 * so events written in the local time of different ports compare correctly. Planned,
 * estimated and cancelled events are left out.
 *
 * <p>Each pair is judged so that legitimate histories pass: with transhipment a container is
 * discharged before its second loading, so a discharge is wrong only when it precedes every
 * load of the container; an arrival at the port of loading before departure is the vessel
 * calling there, so an arrival is compared only with departures from other places.
 */
public final class TransportEventOrder extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-HIST-EVENT-ORDER", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "DCSA Track and Trace event types; UN/CEFACT transport status; tradecert ledger history", "transport-event");

    /** The place of the earlier event of a pair, relative to the later one: any place, the same place or another place. */
    enum Place { ANY, SAME, OTHER }

    /**
     * Event {@code later} cannot happen before every event {@code earlier} of its scope.
     *
     * @param perContainer whether only events of the same container are compared, where an event for no container concerns all of them
     */
    record Precedence(String earlier, String later, boolean perContainer, Place place) {
    }

    static final List<Precedence> PRECEDENCES = List.of(
            new Precedence("LOAD", "DISC", true, Place.ANY),
            new Precedence("GTIN", "LOAD", true, Place.SAME),
            new Precedence("DISC", "GTOT", true, Place.SAME),
            new Precedence("DEPA", "ARRI", false, Place.OTHER),
            new Precedence("RCS", "DEPA", false, Place.SAME),
            new Precedence("ARRI", "RCF", false, Place.SAME),
            new Precedence("ARRI", "DLV", false, Place.ANY));

    /** One actual event, for one container or for none. */
    record Event(String type, Instant time, String container, String place, DocumentFacts document, Fact fact) {
    }

    public TransportEventOrder() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<Event> events = events(transaction);
        if (events.size() < 2) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.EVENT);
            return;
        }

        // An event document for several containers gives one event per container; a departure or arrival is reported once per document.
        Set<String> reported = new HashSet<>();
        for (Precedence precedence : PRECEDENCES) {
            for (Event later : events) {
                if (!later.type().equals(precedence.later())) {
                    continue;
                }
                Event earliest = earliest(events, precedence, later);
                if (earliest == null || !later.time().isBefore(earliest.time())) {
                    continue;
                }
                String equipment = later.container() != null ? later.container() : Objects.toString(earliest.container(), transaction.id());
                String key = precedence + "\u0000" + later.document().index() + "\u0000" + (precedence.perContainer() ? equipment : "");
                if (reported.add(key)) {
                    context.report(List.of(later.document().evidence(FactNames.EVENT, later.fact()),
                                    earliest.document().evidence(FactNames.EVENT, earliest.fact())),
                            later.type(), later.fact().qualifier(), Objects.toString(later.place(), "-"),
                            earliest.type(), earliest.fact().qualifier(), Objects.toString(earliest.place(), "-"), equipment);
                }
            }
        }
    }

    /** Finds the earliest event of the pair's earlier type within the scope of {@code later}, or null when there is none. */
    private static Event earliest(List<Event> events, Precedence precedence, Event later) {
        Event earliest = null;
        for (Event candidate : events) {
            if (!candidate.type().equals(precedence.earlier()) || !inScope(precedence, later, candidate)) {
                continue;
            }
            if (earliest == null || candidate.time().isBefore(earliest.time())) {
                earliest = candidate;
            }
        }
        return earliest;
    }

    private static boolean inScope(Precedence precedence, Event later, Event candidate) {
        if (precedence.perContainer() && later.container() != null && candidate.container() != null
                && !later.container().equals(candidate.container())) {
            return false;
        }
        return switch (precedence.place()) {
            case ANY -> true;
            // A place that is not known cannot be the same place.
            case SAME -> later.place() != null && later.place().equals(candidate.place());
            // A place that is not known is taken as another place, so an arrival is still compared with the departure.
            case OTHER -> later.place() == null || candidate.place() == null || !later.place().equals(candidate.place());
        };
    }

    /** Collects the actual events of the transaction's live transport event documents, leaving out events whose time is not ISO 8601. */
    static List<Event> events(TradeTransaction transaction) {
        List<Event> events = new ArrayList<>();
        for (DocumentFacts document : Cancellations.live(transaction)) {
            Fact classifier = document.first(FactNames.EVENT_CLASSIFIER);
            if (classifier != null && !"ACT".equalsIgnoreCase(classifier.value().strip())) {
                continue;
            }
            Fact location = document.first(FactNames.EVENT_LOCATION);
            String place = location == null ? null : location.value().strip().toUpperCase(Locale.ROOT);
            for (Fact fact : document.all(FactNames.EVENT)) {
                Instant time = instant(fact.qualifier());
                if (time != null) {
                    String container = fact.key() == null ? null : fact.key().strip().toUpperCase(Locale.ROOT);
                    events.add(new Event(fact.value().strip().toUpperCase(Locale.ROOT), time, container, place, document, fact));
                }
            }
        }
        return events;
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
