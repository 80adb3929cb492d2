package org.tradecert.crossdoc.rules;

import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches the items of a packing list or declaration to the lines of the invoice they
 * describe. An item that names its invoice lines is matched to them; an item that does not is
 * matched to every invoice line with the same HS subheading and, where both state it, the same
 * country of origin, as customs matches invoice lines to declaration items. Items and lines
 * that are matched, directly or through one another, form one group, so an item declaring two
 * invoice lines, or two items sharing one line, are compared as a whole.
 */
final class LineMatching {

    /**
     * Invoice lines and items that describe the same goods.
     *
     * @param invoiceLines the line ids of the invoice, in invoice order; empty when the items match no line
     * @param items        the item keys of the other document, in its order; empty when no item declares the lines
     * @param byReference  true when an item of the group named its invoice lines
     */
    record Group(List<String> invoiceLines, List<String> items, boolean byReference) {
    }

    private LineMatching() {
    }

    /** Returns the line ids of a document in document order: every key of its line facts. */
    static List<String> lines(DocumentFacts document) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : List.of(FactNames.LINE_HS, FactNames.LINE_AMOUNT, FactNames.LINE_QUANTITY, FactNames.LINE_DESCRIPTION,
                FactNames.LINE_INVOICE_LINE, FactNames.LINE_NET_WEIGHT)) {
            for (Fact fact : document.all(name)) {
                if (fact.key() != null) {
                    keys.add(fact.key());
                }
            }
        }
        return new ArrayList<>(keys);
    }

    /** Returns the HS subheading (first six digits) of a line, or null. */
    static String hs6(DocumentFacts document, String line) {
        for (Fact fact : Transactions.keyed(document, FactNames.LINE_HS, line)) {
            StringBuilder digits = new StringBuilder(6);
            for (int i = 0; i < fact.value().length() && digits.length() < 6; i++) {
                char c = fact.value().charAt(i);
                if (c >= '0' && c <= '9') {
                    digits.append(c);
                }
            }
            if (digits.length() == 6) {
                return digits.toString();
            }
        }
        return null;
    }

    /** Returns the country of origin of a line, or null. */
    static String origin(DocumentFacts document, String line) {
        List<Fact> origins = Transactions.keyed(document, FactNames.LINE_ORIGIN, line);
        return origins.isEmpty() ? null : origins.get(0).value();
    }

    /** Returns the invoice lines an item names that exist on the invoice. */
    static List<String> referencedLines(DocumentFacts invoice, DocumentFacts other, String item) {
        List<String> invoiceLines = lines(invoice);
        List<String> referenced = new ArrayList<>();
        for (Fact fact : Transactions.keyed(other, FactNames.LINE_INVOICE_LINE, item)) {
            if (invoiceLines.contains(fact.value())) {
                referenced.add(fact.value());
            }
        }
        return referenced;
    }

    /** Returns the groups of invoice lines and items, in invoice order, then the items that match no line. */
    static List<Group> match(DocumentFacts invoice, DocumentFacts other) {
        List<String> invoiceLines = lines(invoice);
        List<String> items = lines(other);
        Map<String, String> parent = new HashMap<>();
        Set<String> referencing = new LinkedHashSet<>();
        invoiceLines.forEach(line -> parent.put("L" + line, "L" + line));
        items.forEach(item -> parent.put("I" + item, "I" + item));

        for (String item : items) {
            List<String> referenced = referencedLines(invoice, other, item);
            if (!referenced.isEmpty()) {
                referencing.add("I" + item);
                referenced.forEach(line -> union(parent, "I" + item, "L" + line));
                continue;
            }
            String hs = hs6(other, item);
            String origin = origin(other, item);
            for (String line : invoiceLines) {
                String lineOrigin = origin(invoice, line);
                boolean sameOrigin = origin == null || lineOrigin == null || origin.equals(lineOrigin);
                if (hs != null && hs.equals(hs6(invoice, line)) && sameOrigin) {
                    union(parent, "I" + item, "L" + line);
                }
            }
        }

        Map<String, List<String>> linesByRoot = new LinkedHashMap<>();
        Map<String, List<String>> itemsByRoot = new LinkedHashMap<>();
        for (String line : invoiceLines) {
            linesByRoot.computeIfAbsent(find(parent, "L" + line), any -> new ArrayList<>()).add(line);
        }
        for (String item : items) {
            String root = find(parent, "I" + item);
            linesByRoot.putIfAbsent(root, new ArrayList<>());
            itemsByRoot.computeIfAbsent(root, any -> new ArrayList<>()).add(item);
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : linesByRoot.entrySet()) {
            List<String> groupItems = itemsByRoot.getOrDefault(entry.getKey(), List.of());
            boolean byReference = groupItems.stream().anyMatch(item -> referencing.contains("I" + item));
            groups.add(new Group(List.copyOf(entry.getValue()), List.copyOf(groupItems), byReference));
        }
        return groups;
    }

    private static String find(Map<String, String> parent, String node) {
        String root = node;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<String, String> parent, String first, String second) {
        String a = find(parent, first);
        String b = find(parent, second);
        if (!a.equals(b)) {
            parent.put(b, a);
        }
    }

    /** Returns a list of line ids or item keys for a message, {@code -} when empty. */
    static String keys(List<String> keys) {
        return keys.isEmpty() ? "-" : String.join(", ", keys);
    }
}
