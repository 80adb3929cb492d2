package org.tradecert.crossdoc.history;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An issuer gives each of its documents of one type a number of its own. The number may be in
 * the content, a bill of lading or air waybill number, or a carrier booking reference. Two
 * documents of one type and issuer with different document ids and the same number pass as
 * one, the pattern of multiple invoicing and duplicate bills of lading.
 *
 * <p>Versions of one document share their number by design and are not compared. Two
 * statements with the same document id are left to the supersession checks of the
 * authorisation layer. Numbers are compared within one type only, because an invoice and its
 * packing list often share a number on purpose.
 */
public final class DocumentNumberReused extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-HIST-NUMBER-REUSED", Layer.CROSS_DOCUMENT,
            Severity.ERROR, "tradecert ledger history; FATF-Egmont trade-based money laundering risk indicators (2021): multiple invoicing");

    public DocumentNumberReused() {
        super(DEFINITION);
    }

    /** A document under one of its numbers, with the evidence of where it carries that number. */
    private record Holder(DocumentFacts document, Evidence evidence) {
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        Map<String, List<Holder>> holders = new LinkedHashMap<>();
        for (DocumentFacts document : transaction.current()) {
            Map<String, Evidence> numbers = numbers(document);
            numbers.forEach((number, evidence) -> holders
                    .computeIfAbsent(document.organisation() + "\u0000" + document.documentType() + "\u0000" + number, any -> new ArrayList<>())
                    .add(new Holder(document, evidence)));
        }

        for (List<Holder> sharing : holders.values()) {
            Holder first = sharing.get(0);
            // current() keeps one version per type, issuer and document id, so every further holder is a document with another id.
            for (Holder other : sharing.subList(1, sharing.size())) {
                context.report(List.of(other.evidence(), first.evidence()), other.evidence().value(), other.document().organisation(),
                        other.document().documentType(), other.document().documentId(), first.document().documentId());
            }
        }
    }

    /** Returns each number a document is known by, once, with the evidence of the first place it carries it. */
    private static Map<String, Evidence> numbers(DocumentFacts document) {
        Map<String, Evidence> numbers = new LinkedHashMap<>();
        if (document.documentId() != null && !document.documentId().isBlank()) {
            numbers.put(DocumentReferences.normal(document.documentId()),
                    new Evidence("documentId", document.documentId(), document.documentType(), document.documentId(), document.locate(null)));
        }
        List<Fact> facts = new ArrayList<>(document.all(FactNames.DOCUMENT_NUMBER));
        facts.addAll(DocumentReferences.ownNumbers(document));
        for (Fact fact : facts) {
            String label = document.all(FactNames.DOCUMENT_NUMBER).contains(fact) ? FactNames.DOCUMENT_NUMBER
                    : document.documentType().equals("booking") ? FactNames.BOOKING_NUMBER : FactNames.TRANSPORT_DOCUMENT_NUMBER;
            numbers.putIfAbsent(DocumentReferences.normal(fact.value()), document.evidence(label, fact));
        }
        return numbers;
    }
}
