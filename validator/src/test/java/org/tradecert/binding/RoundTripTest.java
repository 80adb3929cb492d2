package org.tradecert.binding;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tradecert.ProjectPaths;
import org.tradecert.document.DocumentReader;
import org.tradecert.document.JsonReading;
import org.tradecert.document.XmlReading;
import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.xml.XmlWriter;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** XML to JSON to XML, and JSON to XML to JSON, give back an equal document for every example. */
class RoundTripTest {

    private static final SchemaCatalog CATALOG = SchemaCatalog.bundled();
    private static final DocumentReader READER = new DocumentReader(CATALOG);

    @TestFactory
    Stream<DynamicTest> xmlToJsonToXmlIsLossless() {
        return examples(".xml").map(file -> DynamicTest.dynamicTest(name(file), () -> {
            DocumentReader.Result read = READER.read(Files.readAllBytes(file), file.toString(), null, Locale.ENGLISH, false);
            DocumentCodec codec = new DocumentCodec(CATALOG.model(read.release()), read.release());

            JsonNode json = codec.toJson(read.dom().getDocumentElement());
            Document back = codec.toXml(json);
            Document reparsed = XmlReading.read(XmlWriter.write(back), "round trip", null, Locale.ENGLISH).document();

            assertThat(canonical(reparsed.getDocumentElement())).isEqualTo(canonical(read.dom().getDocumentElement()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> jsonToXmlToJsonIsLossless() {
        return examples(".json").map(file -> DynamicTest.dynamicTest(name(file), () -> {
            DocumentReader.Result read = READER.read(Files.readAllBytes(file), file.toString(), null, Locale.ENGLISH, false);
            DocumentCodec codec = new DocumentCodec(CATALOG.model(read.release()), read.release());

            Document xml = codec.toXml(read.json());
            Document reparsed = XmlReading.read(XmlWriter.write(xml), "round trip", null, Locale.ENGLISH).document();
            JsonNode back = codec.toJson(reparsed.getDocumentElement());

            assertThat(back).isEqualTo(read.json());
        }));
    }

    @TestFactory
    Stream<DynamicTest> committedJsonTwinEqualsConvertedXml() {
        return examples(".xml").map(file -> DynamicTest.dynamicTest(name(file), () -> {
            Path twin = file.resolveSibling(file.getFileName().toString().replace(".xml", ".json"));
            DocumentReader.Result read = READER.read(Files.readAllBytes(file), file.toString(), null, Locale.ENGLISH, false);
            DocumentCodec codec = new DocumentCodec(CATALOG.model(read.release()), read.release());

            JsonNode expected = JsonReading.read(Files.readAllBytes(twin)).tree();

            assertThat(twin).exists();
            assertThat(codec.toJson(read.dom().getDocumentElement())).isEqualTo(expected);
        }));
    }

    @Test
    void textWithCarriageReturnAndTabSurvives() throws Exception {
        Path file = ProjectPaths.examples().resolve("documents/valid/sea/commercial-invoice.json");
        DocumentReader.Result read = READER.read(Files.readAllBytes(file), file.toString(), null, Locale.ENGLISH, false);
        DocumentCodec codec = new DocumentCodec(CATALOG.model(read.release()), read.release());
        ((com.fasterxml.jackson.databind.node.ObjectNode) read.json().path("seller")).put("name", "Line\r\nwith\ttab & <angle>");

        Document xml = codec.toXml(read.json());
        Document reparsed = XmlReading.read(XmlWriter.write(xml), "round trip", null, Locale.ENGLISH).document();

        assertThat(codec.toJson(reparsed.getDocumentElement()).path("seller").path("name").asText())
                .isEqualTo("Line\r\nwith\ttab & <angle>");
    }

    private static Stream<Path> examples(String extension) {
        return ProjectPaths.files(ProjectPaths.examples().resolve("documents/valid"), extension).stream();
    }

    private static String name(Path file) {
        return ProjectPaths.examples().relativize(file).toString();
    }

    /** The infoset that matters: namespace and local names, attributes and leaf text, without prefixes or indentation. */
    static String canonical(Element element) {
        StringBuilder out = new StringBuilder();
        canonical(element, out);
        return out.toString();
    }

    private static void canonical(Element element, StringBuilder out) {
        out.append('{').append(element.getNamespaceURI()).append('}').append(element.getLocalName());
        TreeMap<String, String> attributes = new TreeMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr attribute = (Attr) map.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                attributes.put(attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName(), attribute.getValue());
            }
        }
        out.append(attributes);
        List<Element> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e);
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            }
        }
        if (children.isEmpty()) {
            out.append('=').append(text);
        } else {
            out.append('(');
            children.forEach(child -> canonical(child, out));
            out.append(')');
        }
    }
}
