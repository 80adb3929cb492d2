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
import java.util.Set;

/**
 * X16: the goods have the same HS subheading (the first six digits of the code, which the
 * national 8- or 10-digit codes of the declaration extend) on every document: a packing list
 * or declaration item that names its invoice lines has their subheading, and any other item,
 * booking commodity or transport document cargo line has a subheading the invoice bills.
 * Customs classifies by the declaration; a different subheading on the invoice points to
 * misclassification.
 *
 * <p>NOTE: whether a national code is valid on the declaration date needs the national
 * tariff, which is not among the bundled code lists.
 */
public final class HsCodesMatch extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X16-HS-CODE", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "Customs practice; ICC Key Trade Documents and Data Elements", Transactions.INVOICE, Transactions.PACKING_LIST,
            Transactions.DECLARATION, Transactions.BOOKING, Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL);

    public HsCodesMatch() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        boolean compared = false;
        for (GoodsLines.Pairing pairing : GoodsLines.pairings(transaction)) {
            DocumentFacts document = pairing.document();
            DocumentFacts invoice = pairing.invoice();
            Set<String> billed = new LinkedHashSet<>();
            List<Evidence> billedEvidence = new ArrayList<>();
            for (String line : LineMatching.lines(invoice)) {
                String hs = LineMatching.hs6(invoice, line);
                if (hs != null) {
                    billed.add(hs);
                    Fact fact = Transactions.keyed(invoice, FactNames.LINE_HS, line).get(0);
                    billedEvidence.add(Invoices.owner(pairing.invoices(), fact).evidence(FactNames.LINE_HS, fact));
                }
            }
            if (billed.isEmpty()) {
                continue;
            }
            for (String item : LineMatching.lines(document)) {
                String hs = LineMatching.hs6(document, item);
                if (hs == null) {
                    continue;
                }
                compared = true;
                Fact stated = Transactions.keyed(document, FactNames.LINE_HS, item).get(0);
                List<String> referenced = pairing.itemised() ? LineMatching.referencedLines(invoice, document, item) : List.of();
                if (!referenced.isEmpty()) {
                    for (String line : referenced) {
                        String lineHs = LineMatching.hs6(invoice, line);
                        if (lineHs != null && !lineHs.equals(hs)) {
                            Fact lineFact = Transactions.keyed(invoice, FactNames.LINE_HS, line).get(0);
                            LineSums.mismatch(context, document, List.of(item), Transactions.labels(pairing.invoices()), List.of(line),
                                    FactNames.LINE_HS, lineFact.value(), stated.value(), List.of(document.evidence(FactNames.LINE_HS, stated)),
                                    List.of(Invoices.owner(pairing.invoices(), lineFact).evidence(FactNames.LINE_HS, lineFact)), "");
                        }
                    }
                } else if (!billed.contains(hs)) {
                    LineSums.mismatch(context, document, List.of(item), Transactions.labels(pairing.invoices()), LineMatching.lines(invoice),
                            FactNames.LINE_HS, String.join(", ", billed), stated.value(), List.of(document.evidence(FactNames.LINE_HS, stated)),
                            billedEvidence, "");
                }
            }
        }
        if (Transactions.ofTypes(transaction, Transactions.INVOICE).isEmpty()) {
            NotApplicable.missingDocument(context, Transactions.INVOICE);
        } else if (!compared) {
            NotApplicable.fewerThanTwo(context, FactNames.LINE_HS,
                    transaction.current().stream().filter(document -> document.has(FactNames.LINE_HS)).toList());
        }
    }
}
