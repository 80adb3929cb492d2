package org.tradecert.crossdoc.rules;

import org.tradecert.api.Evidence;
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
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * X05: the quantity of the goods is the same along the chain invoice → packing list →
 * declaration, line by line (matched as {@link LineMatching} describes) and after conversion
 * of Recommendation 20 units: the billed quantity equals the packed quantity and the
 * declared transaction quantity. A declared legal quantity (法定数量) in a unit of the same
 * kind as the billed quantity equals it; one in a unit of mass equals the net weight of the
 * same goods, as the packing list (else the invoice) states it, and so does a declared item
 * net weight. Counted quantities must agree exactly; weights and other measured quantities
 * within the profile's tolerance.
 */
public final class QuantitiesMatch extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X05-QUANTITY", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "Customs practice; ICC UCP 600 article 30", Transactions.INVOICE, Transactions.PACKING_LIST, Transactions.DECLARATION);

    public QuantitiesMatch() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> others = Transactions.ofTypes(transaction, Transactions.PACKING_LIST, Transactions.DECLARATION);
        if (others.isEmpty() || Transactions.ofTypes(transaction, Transactions.INVOICE).isEmpty()) {
            NotApplicable.missingDocument(context, others.isEmpty() ? Transactions.PACKING_LIST + ", " + Transactions.DECLARATION : Transactions.INVOICE);
            return;
        }
        boolean compared = false;
        for (DocumentFacts other : others) {
            List<DocumentFacts> invoices = Invoices.of(transaction, other);
            if (invoices.isEmpty()) {
                continue;
            }
            DocumentFacts invoice = Invoices.merged(invoices);
            for (LineMatching.Group group : LineMatching.match(invoice, other)) {
                if (group.items().isEmpty() || group.invoiceLines().isEmpty()) {
                    continue;
                }
                compared |= compare(context, other, group.items(), invoice, invoices, group.invoiceLines(), FactNames.LINE_QUANTITY,
                        FactNames.LINE_QUANTITY);
                if (Transactions.DECLARATION.equals(other.documentType())) {
                    compared |= compareLegal(context, transaction, other, group, invoice, invoices);
                }
            }
        }
        if (!compared) {
            context.notApplicable("outcome.crossdoc.not-comparable", FactNames.LINE_QUANTITY);
        }
    }

    /**
     * Compares a declaration's legal quantities and item net weights: a legal quantity of the
     * billed quantity's kind with the billed quantity, one in mass and the item net weight
     * with the net weight of the same goods.
     */
    private boolean compareLegal(CrossContext context, TradeTransaction transaction, DocumentFacts declaration, LineMatching.Group group,
                                 DocumentFacts invoice, List<DocumentFacts> invoices) {
        boolean compared = false;
        LineSums.Quantity billed = LineSums.quantity(invoice, invoices, FactNames.LINE_QUANTITY, group.invoiceLines());
        NetWeight net = netWeight(transaction, group.invoiceLines(), invoice, invoices);
        for (String unitKind : legalKinds(declaration, group.items())) {
            List<String> items = group.items();
            LineSums.Quantity legal = legalOfKind(declaration, items, unitKind);
            if (legal == null) {
                continue;
            }
            if (billed != null && legal.unit().equals(billed.unit())) {
                compared = true;
                report(context, declaration, items, Transactions.labels(invoices), group.invoiceLines(), FactNames.LINE_LEGAL_QUANTITY, billed, legal);
            } else if (legal.kind() == Rec20Units.Kind.MASS && net != null) {
                compared = true;
                report(context, declaration, items, net.label(), net.lines(), FactNames.LINE_LEGAL_QUANTITY, net.weight(), legal);
            }
        }
        LineSums.Quantity itemNet = LineSums.quantity(declaration, List.of(declaration), FactNames.LINE_NET_WEIGHT, group.items());
        if (itemNet != null && net != null && itemNet.kind() == Rec20Units.Kind.MASS) {
            compared = true;
            report(context, declaration, group.items(), net.label(), net.lines(), FactNames.LINE_NET_WEIGHT, net.weight(), itemNet);
        }
        return compared;
    }

    /** Compares the sums of one fact over items and lines; false when either sum is missing or of another kind. */
    private boolean compare(CrossContext context, DocumentFacts other, List<String> items, DocumentFacts reference, List<DocumentFacts> owners,
                            List<String> lines, String itemFact, String lineFact) {
        LineSums.Quantity stated = LineSums.quantity(other, List.of(other), itemFact, items);
        LineSums.Quantity expected = LineSums.quantity(reference, owners, lineFact, lines);
        if (stated == null || expected == null || !stated.unit().equals(expected.unit())) {
            return false;
        }
        report(context, other, items, Transactions.labels(owners), lines, itemFact, expected, stated);
        return true;
    }

    private void report(CrossContext context, DocumentFacts document, List<String> items, String referenceLabel, List<String> lines, String fact,
                        LineSums.Quantity expected, LineSums.Quantity stated) {
        if (!LineSums.agree(expected, stated, context.profile().measuredQuantityTolerancePercent())) {
            String tolerance = expected.kind() != null && expected.kind().measured()
                    ? Decimals.percent(context.profile().measuredQuantityTolerancePercent()) : "0";
            LineSums.mismatch(context, document, items, referenceLabel, lines, fact, expected.written(), stated.written(), stated.facts(),
                    expected.facts(), tolerance);
        }
    }

    /** The net weight of the goods of some invoice lines: from the packing list items that pack exactly them, else from the invoice. */
    private record NetWeight(LineSums.Quantity weight, String label, List<String> lines) {
    }

    private static NetWeight netWeight(TradeTransaction transaction, List<String> invoiceLines, DocumentFacts invoice, List<DocumentFacts> invoices) {
        for (DocumentFacts packingList : Transactions.ofTypes(transaction, Transactions.PACKING_LIST)) {
            List<String> items = new ArrayList<>();
            Set<String> covered = new LinkedHashSet<>();
            for (LineMatching.Group group : LineMatching.match(invoice, packingList)) {
                if (!Collections.disjoint(group.invoiceLines(), invoiceLines)) {
                    items.addAll(group.items());
                    covered.addAll(group.invoiceLines());
                }
            }
            if (!items.isEmpty() && covered.equals(new LinkedHashSet<>(invoiceLines))) {
                LineSums.Quantity weight = LineSums.quantity(packingList, List.of(packingList), FactNames.LINE_NET_WEIGHT, items);
                if (weight != null && weight.kind() == Rec20Units.Kind.MASS) {
                    return new NetWeight(weight, Transactions.label(packingList), items);
                }
            }
        }
        LineSums.Quantity weight = LineSums.quantity(invoice, invoices, FactNames.LINE_NET_WEIGHT, invoiceLines);
        return weight == null || weight.kind() != Rec20Units.Kind.MASS ? null : new NetWeight(weight, Transactions.labels(invoices), invoiceLines);
    }

    /** The units of the legal quantities of some items, each once. */
    private static Set<String> legalKinds(DocumentFacts declaration, List<String> items) {
        Set<String> units = new LinkedHashSet<>();
        for (String item : items) {
            for (Fact fact : Transactions.keyed(declaration, FactNames.LINE_LEGAL_QUANTITY, item)) {
                Rec20Units.convert(fact).ifPresent(converted -> units.add(converted.unit()));
            }
        }
        return units;
    }

    /** The sum of the legal quantities of some items that convert to one base unit. */
    private static LineSums.Quantity legalOfKind(DocumentFacts declaration, List<String> items, String unit) {
        BigDecimal sum = BigDecimal.ZERO;
        Rec20Units.Kind kind = null;
        List<Evidence> evidence = new ArrayList<>();
        for (String item : items) {
            boolean found = false;
            for (Fact fact : Transactions.keyed(declaration, FactNames.LINE_LEGAL_QUANTITY, item)) {
                Rec20Units.Converted converted = Rec20Units.convert(fact).orElse(null);
                if (converted != null && converted.unit().equals(unit)) {
                    sum = sum.add(converted.value());
                    kind = converted.kind();
                    evidence.add(declaration.evidence(FactNames.LINE_LEGAL_QUANTITY, fact));
                    found = true;
                }
            }
            if (!found) {
                return null;
            }
        }
        return new LineSums.Quantity(sum, unit, kind, evidence);
    }
}
