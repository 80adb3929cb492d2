package org.tradecert.examples.ledgers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.binding.ConversionException;
import org.tradecert.binding.DocumentCodec;
import org.tradecert.document.DocumentReader;
import org.tradecert.document.DocumentSyntax;
import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.schema.generate.JsonText;
import org.tradecert.xml.XmlWriter;
import org.w3c.dom.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * The valid example documents of both shipments, in XML or in their JSON twins, read from
 * {@code examples/documents/valid/}. An edited document is written back in the syntax it was
 * read in; an unedited one keeps its exact bytes.
 */
public final class ExampleDocuments {

    private final Path validRoot;
    private final DocumentSyntax syntax;
    private final DocumentReader reader = new DocumentReader(SchemaCatalog.bundled());

    /**
     * @param validRoot the folder {@code examples/documents/valid}
     * @param syntax    which of the twins to read
     */
    public ExampleDocuments(Path validRoot, DocumentSyntax syntax) {
        this.validRoot = validRoot;
        this.syntax = syntax;
    }

    public DocumentSyntax syntax() {
        return syntax;
    }

    /** Returns the file of a document, e.g. {@code sea/packing-list.json}. */
    public Path file(Shipment shipment, String document) {
        return validRoot.resolve(shipment.folder()).resolve(document + (syntax == DocumentSyntax.XML ? ".xml" : ".json"));
    }

    /** Reads a document's bytes and applies the edit when one is given. */
    public byte[] read(Shipment shipment, String document, DocumentEdit edit) throws IOException {
        Path file = file(shipment, document);
        byte[] bytes = Files.readAllBytes(file);
        return edit == null ? bytes : edited(bytes, file.toString(), edit);
    }

    /** Returns the issue date and time the document states in ExchangedDocument/IssueDateTime. */
    public Instant issueTime(byte[] document, String name) {
        Document dom = parse(document, name).dom();
        String text = ExampleXPath.select(dom, "/*/*[local-name()='ExchangedDocument']/ram:IssueDateTime").item(0).getTextContent();
        return OffsetDateTime.parse(text).toInstant();
    }

    private byte[] edited(byte[] bytes, String name, DocumentEdit edit) {
        DocumentReader.Result read = parse(bytes, name);
        Document dom = read.dom();
        edit.apply(dom);

        // The parsed DOM keeps no namespace declarations, so XML is written from the converter's DOM, which has them.
        DocumentCodec codec = new DocumentCodec(reader.catalog().model(read.release()), read.release());
        try {
            ObjectNode json = codec.toJson(dom.getDocumentElement());
            return read.syntax() == DocumentSyntax.XML ? XmlWriter.write(codec.toXml(json)) : JsonText.write(json).getBytes(StandardCharsets.UTF_8);
        } catch (ConversionException e) {
            throw new IllegalStateException("the edited " + name + " cannot be written again: " + e.problems(), e);
        }
    }

    private DocumentReader.Result parse(byte[] bytes, String name) {
        DocumentReader.Result read = reader.read(bytes, name, null, Locale.ROOT, false);
        if (!read.schemaValid()) {
            throw new IllegalStateException(name + " is not a valid example document: "
                    + (read.problem() != null ? read.problem() : read.violations().get(0)));
        }
        return read;
    }
}
