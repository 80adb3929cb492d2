package org.tradecert.report;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTML report parsed with the JDK's XML parser. The page is written as polyglot markup
 * (HTML that is also well-formed XML), so a strict XML parse is the strongest well-formedness
 * check available without a browser; it fails on any unclosed element or unescaped {@code <} or {@code &}.
 */
final class HtmlPage {

    private HtmlPage() {
    }

    static Document parse(byte[] html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            // The page's only DOCTYPE is <!DOCTYPE html>, which names no external DTD to load.
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(html));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("the HTML report is not well-formed: " + e.getMessage(), e);
        }
    }

    static List<Element> elements(Document page, String tag) {
        NodeList nodes = page.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    static List<Element> withClass(Document page, String tag, String className) {
        return elements(page, tag).stream().filter(element -> List.of(element.getAttribute("class").split(" ")).contains(className)).toList();
    }
}
