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
 * X19: the seller side is one party on every document: the invoice's seller, the packing
 * list's exporter, the booking's and transport document's shipper and the declaration's
 * domestic consignor (境内收发货人, for an export) share at least one registered identifier
 * (scheme and value, such as a USCC or an LEI); the buyer side likewise (buyer, importer,
 * consignee, overseas consignee). Parties are compared by identifier, never by name, because
 * a declaration names them in Chinese and an invoice in English. The consignee of a bill of
 * lading made out to order is a bank or an endorsee, so it is not compared. The reference is
 * the invoice, else the declaration, else the packing list. Misrepresented parties are a
 * trade-based money laundering indicator.
 *
 * <p>NOTE: the check digits of USCC and LEI are document rules; whether an LEI is active
 * needs the GLEIF registry, which the toolkit does not consult (it makes no network access).
 */
public final class PartiesMatch extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X19-PARTIES", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "FATF-Egmont trade-based money laundering indicators (2021); bank KYC practice", Transactions.INVOICE, Transactions.PACKING_LIST,
            Transactions.BOOKING, Transactions.DECLARATION, Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL);

    private static final List<String> REFERENCE_ORDER = List.of(Transactions.INVOICE, Transactions.DECLARATION, Transactions.PACKING_LIST,
            Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL, Transactions.BOOKING);

    public PartiesMatch() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> documents = new ArrayList<>();
        for (String type : REFERENCE_ORDER) {
            documents.addAll(Transactions.ofTypes(transaction, type));
        }
        boolean compared = compare(context, documents, FactNames.SELLER_ID);
        List<DocumentFacts> buyers = documents.stream().filter(document -> !toOrder(document)).toList();
        compared |= compare(context, buyers, FactNames.BUYER_ID);
        if (!compared) {
            NotApplicable.fewerThanTwo(context, FactNames.SELLER_ID, documents.stream().filter(document -> document.has(FactNames.SELLER_ID)).toList());
        }
    }

    /** Compares one side's identifiers of every document with those of the first document that states it. */
    private static boolean compare(CrossContext context, List<DocumentFacts> documents, String side) {
        List<DocumentFacts> stating = documents.stream().filter(document -> document.has(side)).toList();
        if (stating.size() < 2) {
            return false;
        }
        DocumentFacts reference = stating.get(0);
        Set<String> expected = identifiers(reference, side);
        for (DocumentFacts document : stating.subList(1, stating.size())) {
            Set<String> stated = identifiers(document, side);
            if (stated.stream().noneMatch(expected::contains)) {
                List<Evidence> evidence = new ArrayList<>();
                document.all(side).forEach(fact -> evidence.add(document.evidence(side, fact)));
                reference.all(side).forEach(fact -> evidence.add(reference.evidence(side, fact)));
                context.mismatch(String.join(", ", expected), String.join(", ", stated), evidence, Transactions.label(document),
                        Transactions.label(reference), side);
            }
        }
        return true;
    }

    private static Set<String> identifiers(DocumentFacts document, String side) {
        Set<String> identifiers = new LinkedHashSet<>();
        for (Fact fact : document.all(side)) {
            identifiers.add(fact.value().strip());
        }
        return identifiers;
    }

    private static boolean toOrder(DocumentFacts document) {
        Fact toOrder = document.first(FactNames.TO_ORDER);
        return toOrder != null && Boolean.parseBoolean(toOrder.value());
    }
}
