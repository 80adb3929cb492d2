package org.tradecert.crossdoc.rules;

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
import java.util.Set;

/**
 * X21 (freight term): under a C- or D-rule the seller pays the main carriage, so the bill of
 * lading, air waybill and booking say freight prepaid (PRE); under an E- or F-rule the buyer
 * usually pays it, so they say collect (COL). A prepaid freight under FOB can be agreed
 * (the seller books and re-invoices the freight), so this is a warning.
 */
public final class FreightTermFitsIncoterm extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X21-FREIGHT-TERM", Layer.CROSS_DOCUMENT, Severity.WARNING,
            "ICC Incoterms 2020; carrier practice", Transactions.INVOICE, Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL,
            Transactions.BOOKING);

    private static final Set<String> SELLER_PAYS_CARRIAGE = Set.of("CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP");
    private static final Set<String> BUYER_PAYS_CARRIAGE = Set.of("EXW", "FCA", "FAS", "FOB");

    public FreightTermFitsIncoterm() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        Consensus.Outcome<String> incoterm = IncotermsMatch.agreed(transaction);
        List<DocumentFacts> carriage = new ArrayList<>(Transactions.transportDocuments(transaction));
        carriage.addAll(Transactions.bookings(transaction));
        List<DocumentFacts> stating = carriage.stream().filter(document -> document.has(FactNames.FREIGHT_PAYMENT_TERM)).toList();
        if (incoterm == null || stating.isEmpty()) {
            context.notApplicable("outcome.crossdoc.absent", incoterm == null ? FactNames.INCOTERM : FactNames.FREIGHT_PAYMENT_TERM);
            return;
        }
        String rule = incoterm.reference().value();
        String expected = SELLER_PAYS_CARRIAGE.contains(rule) ? "PRE" : BUYER_PAYS_CARRIAGE.contains(rule) ? "COL" : null;
        if (expected == null) {
            context.notApplicable("outcome.crossdoc.price-basis", FactNames.INCOTERM, rule);
            return;
        }
        for (DocumentFacts document : stating) {
            Fact term = document.first(FactNames.FREIGHT_PAYMENT_TERM);
            if (!expected.equals(term.value().strip())) {
                context.mismatch(expected, term.value(), List.of(document.evidence(FactNames.FREIGHT_PAYMENT_TERM, term),
                        incoterm.reference().evidence(FactNames.INCOTERM)), Transactions.label(document),
                        Transactions.label(incoterm.reference().document()), FactNames.FREIGHT_PAYMENT_TERM + " " + rule);
            }
        }
    }
}
