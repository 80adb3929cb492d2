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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * X18: each packing list or declaration item has the country of origin (原产国) of the
 * invoice lines it names; an item that names none has the origin of an invoice line with the
 * same HS subheading. Origin decides preferential duty and trade remedies, so a change of
 * origin between documents is an error.
 *
 * <p>NOTE: certificates of origin are not a document type of the standard yet, so the
 * origin they certify and their listing among the declaration's supporting documents are
 * not compared.
 */
public final class OriginMatches extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X18-ORIGIN", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "Customs practice", Transactions.INVOICE, Transactions.PACKING_LIST, Transactions.DECLARATION);

    public OriginMatches() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        boolean compared = false;
        for (GoodsLines.Pairing pairing : GoodsLines.pairings(transaction)) {
            if (!pairing.itemised()) {
                continue;
            }
            DocumentFacts document = pairing.document();
            DocumentFacts invoice = pairing.invoice();
            for (String item : LineMatching.lines(document)) {
                String origin = LineMatching.origin(document, item);
                if (origin == null) {
                    continue;
                }
                List<String> lines = LineMatching.referencedLines(invoice, document, item);
                boolean referenced = !lines.isEmpty();
                if (!referenced) {
                    String hs = LineMatching.hs6(document, item);
                    lines = LineMatching.lines(invoice).stream().filter(line -> hs != null && hs.equals(LineMatching.hs6(invoice, line))).toList();
                }
                Set<String> expected = new LinkedHashSet<>();
                List<Evidence> evidence = new ArrayList<>();
                for (String line : lines) {
                    for (Fact lineOrigin : Transactions.keyed(invoice, FactNames.LINE_ORIGIN, line)) {
                        expected.add(lineOrigin.value().toUpperCase(Locale.ROOT));
                        evidence.add(Invoices.owner(pairing.invoices(), lineOrigin).evidence(FactNames.LINE_ORIGIN, lineOrigin));
                    }
                }
                if (expected.isEmpty()) {
                    continue;
                }
                compared = true;
                boolean consistent = referenced ? expected.size() == 1 && expected.contains(origin.toUpperCase(Locale.ROOT))
                        : expected.contains(origin.toUpperCase(Locale.ROOT));
                if (!consistent) {
                    Fact stated = Transactions.keyed(document, FactNames.LINE_ORIGIN, item).get(0);
                    LineSums.mismatch(context, document, List.of(item), Transactions.labels(pairing.invoices()), lines, FactNames.LINE_ORIGIN,
                            String.join(", ", expected), stated.value(), List.of(document.evidence(FactNames.LINE_ORIGIN, stated)), evidence, "");
                }
            }
        }
        if (Transactions.ofTypes(transaction, Transactions.INVOICE).isEmpty()) {
            NotApplicable.missingDocument(context, Transactions.INVOICE);
        } else if (!compared) {
            NotApplicable.fewerThanTwo(context, FactNames.LINE_ORIGIN,
                    transaction.current().stream().filter(document -> document.has(FactNames.LINE_ORIGIN)).toList());
        }
    }
}
