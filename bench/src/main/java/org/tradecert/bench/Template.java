package org.tradecert.bench;

import org.tradecert.document.DocumentReader;
import org.tradecert.document.DocumentSyntax;
import org.tradecert.registry.Policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One valid example document that generated submissions are made from: its bytes, type,
 * syntax, issuing role, and where its own document number (ExchangedDocument/ID) sits in the
 * bytes, so that copies with other numbers differ from it in those bytes only.
 */
record Template(String shipment, String fileName, byte[] bytes, String documentType, DocumentSyntax syntax, String role,
                String number, int numberStart, int numberEnd) {

    private static final Pattern XML_ID = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?ID>([^<]+)</");
    private static final Pattern JSON_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    /** The name used in generated file names and logs, for example {@code sea/commercial-invoice.xml}. */
    String label() {
        return shipment + "/" + fileName;
    }

    /** Returns the document with another number in place of its own; every other byte is unchanged. */
    byte[] withNumber(String newNumber) {
        byte[] replacement = newNumber.getBytes(StandardCharsets.US_ASCII);
        byte[] result = new byte[bytes.length - (numberEnd - numberStart) + replacement.length];
        System.arraycopy(bytes, 0, result, 0, numberStart);
        System.arraycopy(replacement, 0, result, numberStart, replacement.length);
        System.arraycopy(bytes, numberEnd, result, numberStart + replacement.length, bytes.length - numberEnd);
        return result;
    }

    /**
     * Loads every {@code .xml} and {@code .json} document under {@code valid/sea} and
     * {@code valid/air}, in path order.
     *
     * @throws IllegalStateException if a document is not schema-valid or its number cannot be found
     */
    static List<Template> loadAll(Path validExamples, DocumentReader reader, Policy policy) throws IOException {
        List<Template> templates = new ArrayList<>();
        for (String shipment : List.of("air", "sea")) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(validExamples.resolve(shipment))) {
                files = listing.filter(Template::isDocument).sorted().toList();
            }
            for (Path file : files) {
                templates.add(load(shipment, file, reader, policy));
            }
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no example documents under " + validExamples + "/{sea,air}");
        }
        return templates;
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".xml") || name.endsWith(".json"));
    }

    private static Template load(String shipment, Path file, DocumentReader reader, Policy policy) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        DocumentReader.Result read = reader.read(bytes, file.toString(), null, Locale.ROOT, false);
        if (!read.schemaValid()) {
            throw new IllegalStateException(file + " is not a schema-valid example, so it cannot be signed for the benchmark");
        }
        String type = read.release().id();

        // ISO-8859-1 maps each byte to one char, so string offsets are byte offsets.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        boolean xml = read.syntax() == DocumentSyntax.XML;
        int section = text.indexOf(xml ? "ExchangedDocument>" : "\"exchangedDocument\"");
        Matcher id = (xml ? XML_ID : JSON_ID).matcher(text);
        if (section < 0 || !id.find(section)) {
            throw new IllegalStateException(file + " has no ExchangedDocument ID, the document number the benchmark varies");
        }
        String fileName = file.getFileName().toString();
        return new Template(shipment, fileName, bytes, type, read.syntax(), Issuers.role(shipment, fileName, type, policy),
                id.group(1), id.start(1), id.end(1));
    }
}
