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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * X09: the packing list, the declaration (集装箱号) and the bill of lading list the same set
 * of containers, and every transport event names only containers of that set. Numbers are
 * compared in upper case without spaces. The ISO 6346 check digit of each number is a
 * document rule, checked on every document on its own.
 */
public final class ContainersMatch extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X09-CONTAINERS", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "Customs practice", Transactions.PACKING_LIST, Transactions.DECLARATION, Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.EVENT);

    private static final List<String> PRIORITY = List.of(Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.DECLARATION, Transactions.PACKING_LIST);

    public ContainersMatch() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<Observation<Set<String>>> sets = new ArrayList<>();
        for (DocumentFacts document : Transactions.ofTypes(transaction, Transactions.PACKING_LIST, Transactions.DECLARATION,
                Transactions.SEA_TRANSPORT_DOCUMENT)) {
            Set<String> containers = containers(document);
            if (!containers.isEmpty()) {
                Fact first = document.first(FactNames.CONTAINER);
                sets.add(new Observation<>(document, new Fact(String.join(" ", containers), null, first.path(), first.line(), null), containers));
            }
        }
        List<DocumentFacts> events = Transactions.ofTypes(transaction, Transactions.EVENT).stream()
                .filter(event -> event.has(FactNames.CONTAINER)).toList();
        if (sets.isEmpty() || sets.size() == 1 && events.isEmpty()) {
            NotApplicable.fewerThanTwo(context, FactNames.CONTAINER, Transactions.documentsOf(sets));
            return;
        }

        Consensus.Outcome<Set<String>> outcome = Consensus.of(sets, Set::equals, PRIORITY);
        Consensus.reportOutliers(context, outcome, FactNames.CONTAINER, FactNames.CONTAINER);
        Set<String> agreed = outcome.reference().value();
        for (DocumentFacts event : events) {
            for (Fact container : event.all(FactNames.CONTAINER)) {
                if (!agreed.contains(normalise(container.value()))) {
                    List<Evidence> evidence = new ArrayList<>();
                    evidence.add(event.evidence(FactNames.CONTAINER, container));
                    outcome.agreeing().forEach(observation -> evidence.add(observation.evidence(FactNames.CONTAINER)));
                    context.mismatch(outcome.reference().written(), container.value(), evidence, Transactions.label(event),
                            Transactions.labels(Transactions.documentsOf(outcome.agreeing())), FactNames.CONTAINER);
                }
            }
        }
    }

    private static Set<String> containers(DocumentFacts document) {
        Set<String> containers = new TreeSet<>();
        for (Fact fact : document.all(FactNames.CONTAINER)) {
            containers.add(normalise(fact.value()));
        }
        return containers;
    }

    static String normalise(String container) {
        return container.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
