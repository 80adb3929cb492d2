package org.tradecert.crossdoc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradecert.ProjectPaths;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The extractors on the example documents: XML and JSON twins give the same facts, each located in its own syntax. */
class FactExtractorsTest {

    static Stream<Path> xmlExamples() {
        return ProjectPaths.files(ProjectPaths.examples().resolve("documents/valid"), ".xml").stream();
    }

    private static DocumentFacts read(Path file) {
        return Shipments.read(file, UnaryOperator.identity(), 0, null, "test", "digest", List.of());
    }

    /** The facts without their locations: name, then each value with qualifier and key, in document order. */
    private static Map<String, List<String>> withoutLocations(DocumentFacts document) {
        Map<String, List<String>> facts = new TreeMap<>();
        document.facts().forEach((name, values) -> {
            List<String> texts = new ArrayList<>();
            values.forEach(fact -> texts.add(fact.value() + " | " + fact.qualifier() + " | " + fact.key()));
            facts.put(name, texts);
        });
        return facts;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xmlExamples")
    void jsonTwinGivesSameFacts(Path xml) {
        Path json = xml.resolveSibling(xml.getFileName().toString().replace(".xml", ".json"));

        DocumentFacts fromXml = read(xml);
        DocumentFacts fromJson = read(json);

        assertThat(fromXml.facts()).as("facts of " + xml.getFileName()).isNotEmpty();
        assertThat(withoutLocations(fromJson)).isEqualTo(withoutLocations(fromXml));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xmlExamples")
    void everyFactIsLocatedInItsSyntax(Path xml) {
        Path json = xml.resolveSibling(xml.getFileName().toString().replace(".xml", ".json"));

        for (Fact fact : all(read(xml))) {
            assertThat(fact.path()).as("XPath of " + fact).startsWith("/");
            assertThat(fact.line()).as("line of " + fact).isPositive();
        }
        for (Fact fact : all(read(json))) {
            assertThat(fact.path()).as("JSON Pointer of " + fact).startsWith("/").doesNotContain(":");
            assertThat(fact.line()).as("line of " + fact).isZero();
        }
    }

    private static List<Fact> all(DocumentFacts document) {
        List<Fact> facts = new ArrayList<>();
        document.facts().values().forEach(facts::addAll);
        return facts;
    }

    @Test
    void invoiceGivesTotalsLinesAndTransportDocument() {
        DocumentFacts invoice = read(ProjectPaths.examples().resolve("documents/valid/sea/commercial-invoice.xml"));

        assertThat(invoice.first(FactNames.INVOICE_NUMBER).value()).isEqualTo("HL-INV-2026-0142");
        assertThat(invoice.first(FactNames.TRANSPORT_DOCUMENT_NUMBER).value()).isEqualTo("BOHL26TXG004251");
        assertThat(invoice.all(FactNames.REFERENCED_DOCUMENT)).extracting(Fact::value)
                .containsExactlyInAnyOrder("271:HL-PL-2026-0142", "705:BOHL26TXG004251");
        assertThat(invoice.first(FactNames.INVOICE_TOTAL)).extracting(Fact::value, Fact::qualifier).containsExactly("235520.00", "USD");
        assertThat(invoice.first(FactNames.GROSS_WEIGHT)).extracting(Fact::value, Fact::qualifier).containsExactly("34600", "KGM");
        assertThat(invoice.all(FactNames.LINE_AMOUNT)).extracting(Fact::key, Fact::value).containsExactly(
                tuple("1", "102600.00"), tuple("2", "126000.00"));
        assertThat(invoice.all(FactNames.SELLER_ID)).extracting(Fact::value).containsExactly("USCC:91120116MA05TC707B");
        assertThat(invoice.first(FactNames.INVOICE_TOTAL).path())
                .isEqualTo("/ci:CommercialInvoice/ci:MonetarySummation/ci:GrandTotalAmount");
    }

    @Test
    void declarationKeepsChinaCustomsCodesAsWritten() {
        DocumentFacts declaration = read(ProjectPaths.examples().resolve("documents/valid/sea/goods-declaration.xml"));

        assertThat(declaration.first(FactNames.CUSTOMS_TRANSPORT_MODE).value()).isEqualTo("2");
        assertThat(declaration.first(FactNames.TRANSPORT_MODE).value()).isEqualTo("1");
        assertThat(declaration.first(FactNames.TRANSACTION_MODE).value()).isEqualTo("1");
        assertThat(declaration.first(FactNames.PACKAGE_TYPE)).extracting(Fact::value, Fact::qualifier).containsExactly("23", "GACCPackageType");
        assertThat(declaration.all(FactNames.SELLER_ID)).extracting(Fact::value)
                .containsExactly("USCC:91120116MA05TC707B", "CNCUSTOMS:1207961234");
        assertThat(declaration.all(FactNames.BUYER_ID)).extracting(Fact::value).containsExactly("LEI:724500VDBERG0IND0189");
        assertThat(declaration.all(FactNames.LINE_INVOICE_LINE)).extracting(Fact::key, Fact::value).containsExactly(
                tuple("1", "1"), tuple("2", "2"));
    }

    @Test
    void importDeclarationPutsDomesticPartyOnBuyerSide() {
        DocumentFacts declaration = Shipments.read(ProjectPaths.examples().resolve("documents/valid/sea/goods-declaration.xml"),
                text -> text.replace("<ram:TypeCode>830</ram:TypeCode>", "<ram:TypeCode>929</ram:TypeCode>"), 0, null, "test", "digest", List.of());

        assertThat(declaration.all(FactNames.BUYER_ID)).extracting(Fact::value)
                .containsExactly("USCC:91120116MA05TC707B", "CNCUSTOMS:1207961234");
        assertThat(declaration.all(FactNames.SELLER_ID)).extracting(Fact::value).containsExactly("LEI:724500VDBERG0IND0189");
    }

    @Test
    void eventGivesOneEventFactPerContainer() {
        DocumentFacts departure = read(ProjectPaths.examples().resolve("documents/valid/sea/transport-event-06-departure.xml"));

        assertThat(departure.all(FactNames.EVENT)).extracting(Fact::value, Fact::qualifier, Fact::key).containsExactly(
                tuple("DEPA", "2026-10-12T06:30+08:00", "BOHU1024615"),
                tuple("DEPA", "2026-10-12T06:30+08:00", "BOHU2047359"));
        assertThat(departure.all(FactNames.SEAL)).extracting(Fact::key, Fact::value).containsExactly(
                tuple("BOHU1024615", "BH2610001"), tuple("BOHU2047359", "BH2610002"));
        assertThat(departure.has(FactNames.GROSS_WEIGHT)).as("an event states no consignment total").isFalse();
    }

    @Test
    void airEventWithoutContainerGivesOneEventFact() {
        DocumentFacts departure = read(ProjectPaths.examples().resolve("documents/valid/air/transport-event-04-departure.xml"));

        assertThat(departure.all(FactNames.EVENT)).singleElement().extracting(Fact::value, Fact::key).containsExactly("DEPA", null);
        assertThat(departure.first(FactNames.TRANSPORT_DOCUMENT_NUMBER).value()).isEqualTo("963-26100454");
    }

    @Test
    void paymentGivesRemittedInvoiceWithAmount() {
        DocumentFacts payment = read(ProjectPaths.examples().resolve("documents/valid/sea/payment-advice.xml"));

        assertThat(payment.first(FactNames.REMITTED_INVOICE)).extracting(Fact::value, Fact::qualifier)
                .containsExactly("HL-INV-2026-0142", "235520.00 USD");
        assertThat(payment.first(FactNames.PAYEE_ID).value()).isEqualTo("USCC:91120116MA05TC707B");
        assertThat(payment.first(FactNames.PAYER_ID).value()).isEqualTo("LEI:724500VDBERG0IND0189");
        assertThat(payment.first(FactNames.CURRENCY).value()).isEqualTo("USD");
        assertThat(payment.first(FactNames.DECLARATION_NUMBER).value()).isEqualTo("020220260001234567");
    }

    @Test
    void airWaybillGivesLegsAndPieces() {
        DocumentFacts waybill = read(ProjectPaths.examples().resolve("documents/valid/air/air-waybill.xml"));

        assertThat(waybill.first(FactNames.TRANSPORT_DOCUMENT_NUMBER).value()).isEqualTo("963-26100454");
        assertThat(waybill.all(FactNames.VOYAGE)).extracting(Fact::value, Fact::key).containsExactly(tuple("BH451", "1"));
        assertThat(waybill.all(FactNames.ROUTE_LOCATION)).extracting(Fact::value).containsExactly("CNTSN", "DEFRA");
        assertThat(waybill.first(FactNames.PACKAGE_COUNT).value()).isEqualTo("10");
        assertThat(waybill.first(FactNames.CARRIER_ID).value()).isEqualTo("USCC:91120116MA0BC5508K");
    }
}
