package org.tradecert.examples.ledgers;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** XPath over the example documents, with the namespace prefixes their files use. */
final class ExampleXPath {

    private static final Map<String, String> NAMESPACES = Map.of(
            "bkg", "urn:tradecert:schema:booking:1",
            "ci", "urn:tradecert:schema:commercial-invoice:1",
            "pl", "urn:tradecert:schema:packing-list:1",
            "gd", "urn:tradecert:schema:goods-declaration:1",
            "std", "urn:tradecert:schema:sea-transport-document:1",
            "awb", "urn:tradecert:schema:air-waybill:1",
            "te", "urn:tradecert:schema:transport-event:1",
            "pa", "urn:tradecert:schema:payment-advice:1",
            "ram", "urn:tradecert:schema:common:1");

    private static final NamespaceContext PREFIXES = new NamespaceContext() {
        @Override
        public String getNamespaceURI(String prefix) {
            return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
        }

        @Override
        public String getPrefix(String namespaceUri) {
            return NAMESPACES.entrySet().stream().filter(entry -> entry.getValue().equals(namespaceUri)).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        }

        @Override
        public Iterator<String> getPrefixes(String namespaceUri) {
            String prefix = getPrefix(namespaceUri);
            return prefix == null ? List.<String>of().iterator() : List.of(prefix).iterator();
        }
    };

    private ExampleXPath() {
    }

    /** Returns the nodes the XPath selects; throws {@link IllegalStateException} when it selects none. */
    static NodeList select(Document document, String xpath) {
        XPath compiler = XPathFactory.newInstance().newXPath();
        compiler.setNamespaceContext(PREFIXES);
        NodeList nodes;
        try {
            nodes = (NodeList) compiler.evaluate(xpath, document, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException("invalid XPath " + xpath + ": " + e.getMessage(), e);
        }
        if (nodes.getLength() == 0) {
            throw new IllegalStateException("the XPath " + xpath + " selects nothing in " + document.getDocumentElement().getLocalName());
        }
        return nodes;
    }
}
