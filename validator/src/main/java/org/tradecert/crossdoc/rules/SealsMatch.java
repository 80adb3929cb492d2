package org.tradecert.crossdoc.rules;

import org.tradecert.api.Evidence;
import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * X10: each container carries the same seals on the bill of lading, the declaration and the
 * packing list, and the transport events report the same seals, in the order of their times,
 * unless an event in between explains a change: a customs hold (HOLD) or an event whose
 * reason code says the container was resealed (RSEA) or inspected (INSP). A seal that
 * changes without such an event may mean the container was opened; carriers and customs
 * review it, so this is a warning.
 */
public final class SealsMatch extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X10-SEALS", Layer.CROSS_DOCUMENT, Severity.WARNING,
            "Carrier and customs practice", Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.DECLARATION, Transactions.PACKING_LIST,
            Transactions.EVENT);

    private static final List<String> PRIORITY = List.of(Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.DECLARATION, Transactions.PACKING_LIST);
    /** Reason codes that explain a new seal: resealed, inspected. */
    private static final Set<String> SEAL_CHANGE_REASONS = Set.of("RSEA", "INSP");
    private static final String CUSTOMS_HOLD = "HOLD";

    public SealsMatch() {
        super(DEFINITION);
    }

    /** One event's report on one container: its time, its seals and whether it explains a seal change. */
    private record Report(DocumentFacts event, Times.When time, Set<String> seals, boolean explainsChange) {
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        Map<String, List<Observation<Set<String>>>> documents = new LinkedHashMap<>();
        for (DocumentFacts document : Transactions.ofTypes(transaction, Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.DECLARATION,
                Transactions.PACKING_LIST)) {
            for (Map.Entry<String, Set<String>> container : seals(document).entrySet()) {
                Fact first = Transactions.keyed(document, FactNames.SEAL, container.getKey()).get(0);
                Fact written = new Fact(String.join(" ", container.getValue()), null, first.path(), first.line(), container.getKey());
                documents.computeIfAbsent(container.getKey(), any -> new ArrayList<>()).add(new Observation<>(document, written, container.getValue()));
            }
        }
        Map<String, List<Report>> events = eventReports(transaction);
        if (documents.isEmpty() && events.values().stream().noneMatch(reports -> reports.stream().anyMatch(report -> !report.seals().isEmpty()))) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.SEAL);
            return;
        }

        for (Map.Entry<String, List<Observation<Set<String>>>> container : documents.entrySet()) {
            Consensus.Outcome<Set<String>> outcome = Consensus.of(container.getValue(), Set::equals, PRIORITY);
            String subject = FactNames.SEAL + " " + container.getKey();
            Consensus.reportOutliers(context, outcome, subject, subject);
            followEvents(context, container.getKey(), outcome.reference(), events.getOrDefault(container.getKey(), List.of()));
        }
        for (Map.Entry<String, List<Report>> container : events.entrySet()) {
            if (!documents.containsKey(container.getKey())) {
                followEvents(context, container.getKey(), null, container.getValue());
            }
        }
    }

    /**
     * Walks the events of one container in time order from the seals the documents give (or
     * the first seals an event reports), reporting each event whose seals differ from the
     * current ones when no explaining event came before it.
     */
    private static void followEvents(CrossContext context, String container, Observation<Set<String>> documented, List<Report> reports) {
        Set<String> current = documented == null ? null : documented.value();
        Evidence currentEvidence = documented == null ? null : documented.evidence(FactNames.SEAL + " " + container);
        String currentSource = documented == null ? null : Transactions.label(documented.document());
        boolean changeExplained = false;
        for (Report report : reports) {
            if (report.explainsChange()) {
                changeExplained = true;
            }
            if (report.seals().isEmpty()) {
                continue;
            }
            Evidence evidence = report.event().evidence(FactNames.SEAL + " " + container, Transactions.keyed(report.event(), FactNames.SEAL, container).get(0));
            if (current != null && !current.equals(report.seals()) && !changeExplained) {
                context.mismatch(String.join(" ", current), String.join(" ", report.seals()), List.of(evidence, currentEvidence),
                        Transactions.label(report.event()), currentSource, FactNames.SEAL + " " + container);
            }
            if (current == null || !current.equals(report.seals())) {
                changeExplained = false;
            }
            current = report.seals();
            currentEvidence = evidence;
            currentSource = Transactions.label(report.event());
        }
    }

    /** The reports of the events, by container, in time order. */
    private static Map<String, List<Report>> eventReports(TradeTransaction transaction) {
        Map<String, List<Report>> byContainer = new LinkedHashMap<>();
        for (DocumentFacts event : Transactions.ofTypes(transaction, Transactions.EVENT)) {
            Fact reason = event.first(FactNames.EVENT_REASON);
            Map<String, Set<String>> seals = seals(event);
            for (Fact eventFact : event.all(FactNames.EVENT)) {
                if (eventFact.key() == null) {
                    continue;
                }
                boolean explains = CUSTOMS_HOLD.equals(eventFact.value()) || reason != null && SEAL_CHANGE_REASONS.contains(reason.value());
                Times.When time = Times.ofEvent(eventFact);
                if (time != null) {
                    byContainer.computeIfAbsent(eventFact.key(), any -> new ArrayList<>())
                            .add(new Report(event, time, seals.getOrDefault(eventFact.key(), Set.of()), explains));
                }
            }
        }
        Comparator<Report> byTime = (first, second) -> first.time().after(second.time()) ? 1 : second.time().after(first.time()) ? -1 : 0;
        byContainer.values().forEach(reports -> reports.sort(byTime));
        return byContainer;
    }

    /** The seals of a document by container, each set sorted. */
    private static Map<String, Set<String>> seals(DocumentFacts document) {
        Map<String, Set<String>> seals = new LinkedHashMap<>();
        for (Fact seal : document.all(FactNames.SEAL)) {
            if (seal.key() != null) {
                seals.computeIfAbsent(seal.key(), any -> new TreeSet<>()).add(seal.value().strip());
            }
        }
        return seals;
    }
}
