package org.tradecert.crossdoc.rules;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.Rec20Units;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * X07: no net weight exceeds the gross weight of the same goods, at every level the
 * documents state both: the consignment, each line or item, and each package, after
 * conversion to kilograms. A document that states a consignment net weight but no gross
 * weight (a declaration may) is held against the gross weight of the transport document, or
 * else of the first document that states one. The China customs form rejects a net weight
 * above the gross weight.
 */
public final class NetWeightNotAboveGross extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X07-NET-WEIGHT", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "Customs practice (China customs declaration form logic)", Transactions.INVOICE, Transactions.PACKING_LIST, Transactions.DECLARATION,
            Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL);

    /** The levels compared: net weight fact, gross weight fact. */
    private static final List<List<String>> LEVELS = List.of(
            List.of(FactNames.NET_WEIGHT, FactNames.GROSS_WEIGHT),
            List.of(FactNames.LINE_NET_WEIGHT, FactNames.LINE_GROSS_WEIGHT),
            List.of(FactNames.PACKAGE_NET_WEIGHT, FactNames.PACKAGE_GROSS_WEIGHT));

    public NetWeightNotAboveGross() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> documents = Transactions.ofTypes(transaction, Transactions.INVOICE, Transactions.PACKING_LIST, Transactions.DECLARATION,
                Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL);
        boolean compared = false;
        for (DocumentFacts document : documents) {
            for (List<String> level : LEVELS) {
                for (String key : keys(document, level.get(0))) {
                    Fact net = sum(document, level.get(0), key);
                    Fact gross = sum(document, level.get(1), key);
                    if (net != null && gross != null) {
                        compared = true;
                        compare(context, document, net, document, gross, level, key);
                    }
                }
            }
        }
        DocumentFacts grossSource = grossSource(transaction);
        for (DocumentFacts document : documents) {
            Fact net = document.first(FactNames.NET_WEIGHT);
            if (net != null && !document.has(FactNames.GROSS_WEIGHT) && grossSource != null) {
                compared = true;
                compare(context, document, net, grossSource, grossSource.first(FactNames.GROSS_WEIGHT), LEVELS.get(0), null);
            }
        }
        if (!compared) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.NET_WEIGHT);
        }
    }

    /** Reports a net weight above its gross weight; {@code level} names the net and the gross weight fact. */
    private static void compare(CrossContext context, DocumentFacts netDocument, Fact net, DocumentFacts grossDocument, Fact gross,
                                List<String> level, String key) {
        BigDecimal netKilograms = Rec20Units.kilograms(net).orElse(null);
        BigDecimal grossKilograms = Rec20Units.kilograms(gross).orElse(null);
        if (netKilograms == null || grossKilograms == null || netKilograms.compareTo(grossKilograms) <= 0) {
            return;
        }
        String suffix = key == null ? "" : " " + key;
        context.mismatch(Transactions.written(gross), Transactions.written(net),
                List.of(netDocument.evidence(level.get(0) + suffix, net), grossDocument.evidence(level.get(1) + suffix, gross)),
                Transactions.label(netDocument), Transactions.label(grossDocument), level.get(0) + suffix);
    }

    /** The gross weight another document's net weight is held against: the transport document's, else the first stated. */
    private static DocumentFacts grossSource(TradeTransaction transaction) {
        for (DocumentFacts document : Transactions.transportDocuments(transaction)) {
            if (document.has(FactNames.GROSS_WEIGHT)) {
                return document;
            }
        }
        for (DocumentFacts document : transaction.current()) {
            if (document.has(FactNames.GROSS_WEIGHT)) {
                return document;
            }
        }
        return null;
    }

    private static Set<String> keys(DocumentFacts document, String name) {
        Set<String> keys = new LinkedHashSet<>();
        for (Fact fact : document.all(name)) {
            keys.add(fact.key());
        }
        return keys;
    }

    /**
     * The facts of one name and key as one fact in kilograms (several facts share a key when a
     * line has several packages of its own); the first fact's location stands for the sum.
     */
    private static Fact sum(DocumentFacts document, String name, String key) {
        List<Fact> facts = new ArrayList<>(Transactions.keyed(document, name, key));
        if (facts.isEmpty()) {
            return null;
        }
        if (facts.size() == 1) {
            return facts.get(0);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Fact fact : facts) {
            BigDecimal kilograms = Rec20Units.kilograms(fact).orElse(null);
            if (kilograms == null) {
                return null;
            }
            total = total.add(kilograms);
        }
        Fact first = facts.get(0);
        return new Fact(Decimals.plain(total), "KGM", first.path(), first.line(), key);
    }
}
