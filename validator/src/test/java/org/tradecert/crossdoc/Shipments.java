package org.tradecert.crossdoc;

import org.tradecert.ProjectPaths;
import org.tradecert.document.DocumentReader;
import org.tradecert.rules.BinderLocator;
import org.tradecert.schema.catalog.SchemaCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The example sea and air shipments as trade transactions, their facts extracted from the
 * real example files by the real extractors; a test may change the text of any document
 * before it is read, to make one value disagree.
 */
public final class Shipments {

    private static final DocumentReader READER = new DocumentReader(SchemaCatalog.bundled());

    /** One document of a shipment: its file name, type, issuer role and the earlier documents its statement references. */
    public record Step(String name, String type, String role, String... references) {
    }

    public static final List<Step> SEA = List.of(
            new Step("booking-request", "booking", "freight-forwarder"),
            new Step("booking-confirmation", "booking", "ocean-carrier", "booking-request"),
            new Step("commercial-invoice", "commercial-invoice", "exporter"),
            new Step("packing-list", "packing-list", "exporter", "commercial-invoice"),
            new Step("goods-declaration", "goods-declaration", "customs-broker", "commercial-invoice", "packing-list"),
            new Step("transport-event-01-gate-in-BOHU1024615", "transport-event", "terminal-operator", "booking-confirmation"),
            new Step("transport-event-02-gate-in-BOHU2047359", "transport-event", "terminal-operator", "booking-confirmation"),
            new Step("transport-event-03-customs-release", "transport-event", "customs", "goods-declaration"),
            new Step("transport-event-04-load-BOHU1024615", "transport-event", "ocean-carrier", "booking-confirmation"),
            new Step("transport-event-05-load-BOHU2047359", "transport-event", "ocean-carrier", "booking-confirmation"),
            new Step("sea-transport-document", "sea-transport-document", "ocean-carrier", "booking-confirmation"),
            new Step("transport-event-06-departure", "transport-event", "ocean-carrier", "sea-transport-document"),
            new Step("payment-advice", "payment-advice", "bank", "commercial-invoice"),
            new Step("transport-event-07-arrival", "transport-event", "ocean-carrier", "sea-transport-document"),
            new Step("transport-event-08-discharge-BOHU1024615", "transport-event", "ocean-carrier", "sea-transport-document"),
            new Step("transport-event-09-discharge-BOHU2047359", "transport-event", "ocean-carrier", "sea-transport-document"));

    public static final List<Step> AIR = List.of(
            new Step("booking-request", "booking", "freight-forwarder"),
            new Step("booking-confirmation", "booking", "airline", "booking-request"),
            new Step("commercial-invoice", "commercial-invoice", "exporter"),
            new Step("packing-list", "packing-list", "exporter", "commercial-invoice"),
            new Step("goods-declaration", "goods-declaration", "customs-broker", "commercial-invoice", "packing-list"),
            new Step("transport-event-01-received-from-shipper", "transport-event", "airline", "booking-confirmation"),
            new Step("transport-event-02-customs-release", "transport-event", "customs", "goods-declaration"),
            new Step("air-waybill", "air-waybill", "airline", "booking-confirmation"),
            new Step("transport-event-03-manifested", "transport-event", "airline", "air-waybill"),
            new Step("transport-event-04-departure", "transport-event", "airline", "air-waybill"),
            new Step("transport-event-05-arrival", "transport-event", "airline", "air-waybill"),
            new Step("transport-event-06-received-from-flight", "transport-event", "airline", "air-waybill"),
            new Step("payment-advice", "payment-advice", "bank", "commercial-invoice"));

    private Shipments() {
    }

    /** The sea shipment in XML, unchanged. */
    public static TradeTransaction sea() {
        return build("sea", SEA, "xml", Map.of());
    }

    /** The air shipment in XML, unchanged. */
    public static TradeTransaction air() {
        return build("air", AIR, "xml", Map.of());
    }

    /**
     * A shipment with some documents changed before they are read.
     *
     * @param edits the text changes by file name without extension, e.g. {@code packing-list}
     */
    public static TradeTransaction build(String shipment, List<Step> steps, String syntax, Map<String, UnaryOperator<String>> edits) {
        return new TradeTransaction(shipment, documents(shipment, steps, syntax, edits));
    }

    /** The documents of a shipment as the index would keep them, in ledger order. */
    public static List<DocumentFacts> documents(String shipment, List<Step> steps, String syntax, Map<String, UnaryOperator<String>> edits) {
        Path folder = ProjectPaths.examples().resolve("documents/valid").resolve(shipment);
        Map<String, Step> byName = new HashMap<>();
        List<DocumentFacts> documents = new ArrayList<>();
        long index = 0;
        for (Step step : steps) {
            byName.put(step.name(), step);
            List<String> references = new ArrayList<>();
            for (String reference : step.references()) {
                references.add("digest:" + digest(shipment, reference));
            }
            Path file = folder.resolve(step.name() + "." + syntax);
            UnaryOperator<String> edit = edits.getOrDefault(step.name(), UnaryOperator.identity());
            documents.add(read(file, edit, index++, step.type(), step.role(), digest(shipment, step.name()), references));
        }
        return documents;
    }

    /** The facts of one example file after an edit of its text, as a submission of {@code role}. */
    public static DocumentFacts read(Path file, UnaryOperator<String> edit, long index, String type, String role, String digest,
                                     List<String> references) {
        String text;
        try {
            text = edit.apply(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.toString();
        DocumentReader.Result read = READER.read(text.getBytes(StandardCharsets.UTF_8), name, type, Locale.ENGLISH, true);
        if (read.bound() == null) {
            throw new IllegalStateException(name + " cannot be bound after the edit: " + read.problem() + " " + read.violations() + " " + read.bindError());
        }
        Map<String, List<Fact>> facts = FactExtractors.extract(read.bound().root(), new BinderLocator(name, read.bound().binder()));
        Fact number = facts.getOrDefault(FactNames.DOCUMENT_NUMBER, List.of()).stream().findFirst().orElse(null);
        String syntax = name.endsWith(".json") ? "json" : "xml";
        return new DocumentFacts(index, name, "submission-" + index, digest, type, number == null ? null : number.value(), 1, role, role,
                null, null, null, references, syntax, true, facts);
    }

    private static String digest(String shipment, String name) {
        return shipment + "-" + name;
    }
}
