package org.tradecert.crossdoc.history;

import org.tradecert.api.Evidence;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Finds where one document names another: by its number, in its statement's references or in its content. */
final class DocumentReferences {

    /** UNTDID 1001 codes under which a document of each type is referenced. */
    private static final Map<String, List<String>> CODES = Map.of(
            "commercial-invoice", List.of("380", "381", "325"),
            "packing-list", List.of("271"),
            "goods-declaration", List.of("830", "929"),
            "booking", List.of("335", "770"),
            "payment-advice", List.of("481"),
            "sea-transport-document", List.of("705", "706", "707", "710", "714"),
            "air-waybill", List.of("740", "741", "703"));

    /** Content facts that name a document of a type by its number. */
    private static final Map<String, List<String>> NAMING_FACTS = Map.of(
            "commercial-invoice", List.of(FactNames.INVOICE_NUMBER, FactNames.REMITTED_INVOICE),
            "goods-declaration", List.of(FactNames.DECLARATION_NUMBER),
            "sea-transport-document", List.of(FactNames.TRANSPORT_DOCUMENT_NUMBER, FactNames.MASTER_TRANSPORT_DOCUMENT_NUMBER),
            "air-waybill", List.of(FactNames.TRANSPORT_DOCUMENT_NUMBER, FactNames.MASTER_TRANSPORT_DOCUMENT_NUMBER),
            "booking", List.of(FactNames.BOOKING_NUMBER));

    private DocumentReferences() {
    }

    /**
     * Returns the numbers a document is known by: its statement's document id, the number in its
     * content and, for transport documents and booking confirmations, the transport document
     * number or carrier booking reference it assigns.
     */
    static Set<String> numbers(DocumentFacts document) {
        Set<String> numbers = new LinkedHashSet<>();
        add(numbers, document.documentId());
        for (Fact fact : document.all(FactNames.DOCUMENT_NUMBER)) {
            add(numbers, fact.value());
        }
        for (Fact fact : ownNumbers(document)) {
            add(numbers, fact.value());
        }
        return numbers;
    }

    /** Returns the facts in which a document assigns a number of its own besides its document number. */
    static List<Fact> ownNumbers(DocumentFacts document) {
        return switch (document.documentType()) {
            case "sea-transport-document", "air-waybill" -> document.all(FactNames.TRANSPORT_DOCUMENT_NUMBER);
            case "booking" -> document.all(FactNames.BOOKING_NUMBER);
            default -> List.of();
        };
    }

    /**
     * Finds where {@code document} names a document of {@code type} known by one of
     * {@code numbers} or {@code digests}, and returns that place as evidence, or null when it does not.
     */
    static Evidence reference(DocumentFacts document, String type, Set<String> numbers, Collection<String> digests) {
        for (String reference : document.references()) {
            String matched = null;
            if (reference.startsWith("digest:") && digests.contains(reference.substring("digest:".length()))) {
                matched = reference;
            } else if (reference.startsWith("doc:" + type + ":") && numbers.contains(normal(reference.substring(("doc:" + type + ":").length())))) {
                matched = reference;
            }
            if (matched != null) {
                return new Evidence("references", matched, document.documentType(), document.documentId(), document.locate(null));
            }
        }
        for (Fact fact : document.all(FactNames.REFERENCED_DOCUMENT)) {
            int colon = fact.value().indexOf(':');
            if (colon > 0 && CODES.getOrDefault(type, List.of()).contains(fact.value().substring(0, colon))
                    && numbers.contains(normal(fact.value().substring(colon + 1)))) {
                return document.evidence(FactNames.REFERENCED_DOCUMENT, fact);
            }
        }
        for (String name : NAMING_FACTS.getOrDefault(type, List.of())) {
            for (Fact fact : document.all(name)) {
                if (numbers.contains(normal(fact.value()))) {
                    return document.evidence(name, fact);
                }
            }
        }
        return null;
    }

    private static void add(Set<String> numbers, String number) {
        if (number != null && !number.isBlank()) {
            numbers.add(normal(number));
        }
    }

    /** Document numbers compare without surrounding space and without regard to case. */
    static String normal(String number) {
        return number.strip().toUpperCase(Locale.ROOT);
    }
}
