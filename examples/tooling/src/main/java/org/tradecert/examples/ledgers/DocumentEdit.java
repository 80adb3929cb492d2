package org.tradecert.examples.ledgers;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.List;

/**
 * A change to one example document, made on its XML form. A JSON document is converted to
 * XML, changed and converted back, so one edit builds a variant in either syntax. XPaths use
 * the prefixes of the example files: {@code bkg ci pl gd std awb te pa} for the document types
 * and {@code ram} for the common components.
 */
@FunctionalInterface
public interface DocumentEdit {

    /** Changes the document in place; throws {@link IllegalStateException} when a path matches nothing. */
    void apply(Document document);

    /** Applies this edit, then the next one. */
    default DocumentEdit then(DocumentEdit next) {
        return document -> {
            apply(document);
            next.apply(document);
        };
    }

    /** Sets the text of every node the XPath selects (elements or attributes); at least one must match. */
    static DocumentEdit set(String xpath, String value) {
        return document -> {
            NodeList nodes = ExampleXPath.select(document, xpath);
            for (int i = 0; i < nodes.getLength(); i++) {
                nodes.item(i).setTextContent(value);
            }
        };
    }

    /** Sets the text of every selected node whose text is {@code from} to {@code to}; at least one node must contain {@code from}. */
    static DocumentEdit replace(String xpath, String from, String to) {
        return document -> {
            NodeList nodes = ExampleXPath.select(document, xpath);
            int changed = 0;
            for (int i = 0; i < nodes.getLength(); i++) {
                Node node = nodes.item(i);
                if (from.equals(node.getTextContent())) {
                    node.setTextContent(to);
                    changed++;
                }
            }
            if (changed == 0) {
                throw new IllegalStateException("no node selected by " + xpath + " contains " + from);
            }
        };
    }

    /** Applies the edits in order. */
    static DocumentEdit all(List<DocumentEdit> edits) {
        return document -> edits.forEach(edit -> edit.apply(document));
    }
}
