package org.tradecert.crossdoc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradecert.api.Evidence;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.RuleOutcome;
import org.tradecert.codelist.CodeListRegistry;
import org.tradecert.crossdoc.rules.ConsistencyRules;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each consistency rule on the example shipments: silent on the consistent documents, and
 * fired by one changed value of one document, with evidence from the documents compared.
 * Each case names every rule the change fires, so a rule that fires on another rule's
 * difference fails here.
 */
class ConsistencyRulesTest {

    private static final CodeListRegistry CODE_LISTS = CodeListRegistry.builtIn();

    /** Replaces the first occurrence of {@code from}; fails when the document does not contain it, so no case tests nothing. */
    static UnaryOperator<String> first(String from, String to) {
        return text -> {
            int at = text.indexOf(from);
            if (at < 0) {
                throw new IllegalArgumentException("the document does not contain " + from);
            }
            return text.substring(0, at) + to + text.substring(at + from.length());
        };
    }

    /**
     * One changed document and the rules it must fire.
     *
     * @param shipment {@code sea} or {@code air}
     * @param document the file name of the changed document, without extension
     * @param fires    the ids of every rule the change must fire, and no other
     */
    record Case(String name, String shipment, String document, UnaryOperator<String> edit, Set<String> fires) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Case sea(String name, String document, UnaryOperator<String> edit, String... fires) {
        return new Case(name, "sea", document, edit, Set.of(fires));
    }

    static Case air(String name, String document, UnaryOperator<String> edit, String... fires) {
        return new Case(name, "air", document, edit, Set.of(fires));
    }

    static Stream<Case> cases() {
        return Stream.of(
                sea("payment short of the invoice", "payment-advice",
                        first("<pa:RemittedAmount currencyID=\"USD\">235520.00", "<pa:RemittedAmount currencyID=\"USD\">200000.00"),
                        "XDOC-X01-PAYMENT-TOTAL"),
                sea("payment under a credit short of the invoice", "payment-advice",
                        first("<pa:RemittedAmount currencyID=\"USD\">235520.00", "<pa:RemittedAmount currencyID=\"USD\">200000.00")
                                .andThen(first("<pa:RemittedInvoice>", "<pa:LetterOfCreditReferencedDocument><ram:IssuerAssignedID>LC-RTB-2026-0077"
                                        + "</ram:IssuerAssignedID></pa:LetterOfCreditReferencedDocument><pa:RemittedInvoice>"))::apply,
                        "XDOC-X01-LC-PAYMENT-TOTAL"),
                sea("declared value 30 % under the invoice", "goods-declaration",
                        first("<gd:DeclaredValueForCustomsAmount currencyID=\"USD\">235520.00", "<gd:DeclaredValueForCustomsAmount currencyID=\"USD\">164864.00"),
                        "XDOC-X02-DECLARED-VALUE"),
                sea("payment in another currency without a rate", "payment-advice",
                        first("<pa:InstructedAmount currencyID=\"USD\">", "<pa:InstructedAmount currencyID=\"EUR\">"),
                        "XDOC-X03-CURRENCY"),
                sea("item value under its invoice line", "goods-declaration",
                        first("<gd:DeclaredValueAmount currencyID=\"USD\">102600.00", "<gd:DeclaredValueAmount currencyID=\"USD\">92600.00"),
                        "XDOC-X04-ITEM-VALUE"),
                sea("item unit price under the invoice price", "goods-declaration",
                        first("<gd:UnitPriceAmount currencyID=\"USD\">85.50", "<gd:UnitPriceAmount currencyID=\"USD\">75.50"),
                        "XDOC-X04-ITEM-VALUE"),
                sea("packed quantity differs", "packing-list",
                        first("<pl:ProductQuantity unitCode=\"H87\">1200", "<pl:ProductQuantity unitCode=\"H87\">1100"),
                        "XDOC-X05-QUANTITY"),
                sea("legal quantity in kilograms above the net weight", "goods-declaration",
                        first("<gd:LegalQuantity unitCode=\"H87\">1200", "<gd:LegalQuantity unitCode=\"KGM\">1700"),
                        "XDOC-X05-QUANTITY"),
                sea("packing list gross weight 5 % over", "packing-list",
                        first("<pl:GrossWeightMeasure unitCode=\"KGM\">34600", "<pl:GrossWeightMeasure unitCode=\"KGM\">36330"),
                        "XDOC-X06-GROSS-WEIGHT"),
                sea("packing list gross weight in tonnes", "packing-list",
                        first("<pl:GrossWeightMeasure unitCode=\"KGM\">34600", "<pl:GrossWeightMeasure unitCode=\"TNE\">34.6")),
                sea("container gross weight differs on the bill of lading", "sea-transport-document",
                        first("<ram:GrossWeightMeasure unitCode=\"KGM\">14980", "<ram:GrossWeightMeasure unitCode=\"KGM\">15980"),
                        "XDOC-X06-GROSS-WEIGHT"),
                sea("declared net weight above the gross weight", "goods-declaration",
                        first("<gd:NetWeightMeasure unitCode=\"KGM\">31020", "<gd:NetWeightMeasure unitCode=\"KGM\">35000"),
                        "XDOC-X07-NET-WEIGHT"),
                sea("bill of lading package count differs", "sea-transport-document",
                        first("<std:PackageQuantity>250", "<std:PackageQuantity>260"),
                        "XDOC-X08-PACKAGES"),
                sea("declared package type covers no packing list type", "goods-declaration",
                        first("<gd:PackageTypeCode>23", "<gd:PackageTypeCode>22"),
                        "XDOC-X08-PACKAGES"),
                sea("container number typo on the bill of lading", "sea-transport-document",
                        first("<ram:ID>BOHU1024615</ram:ID>", "<ram:ID>BOHU1024620</ram:ID>"),
                        "XDOC-X09-CONTAINERS"),
                sea("seal changed at discharge without inspection", "transport-event-08-discharge-BOHU1024615",
                        first("<ram:SealID>BH2610001", "<ram:SealID>BH2610009"),
                        "XDOC-X10-SEALS"),
                sea("seal changed at discharge by a reseal", "transport-event-08-discharge-BOHU1024615",
                        first("<ram:SealID>BH2610001", "<ram:SealID>BH2610009")
                                .andThen(first("</te:TransportEvent>", "<te:ReasonCode>RSEA</te:ReasonCode></te:TransportEvent>"))::apply),
                sea("declaration names another bill of lading", "goods-declaration",
                        first("<ram:IssuerAssignedID>BOHL26TXG004251", "<ram:IssuerAssignedID>BOHL26TXG004252"),
                        "XDOC-X11-TRANSPORT-DOCUMENT"),
                sea("voyage differs on the bill of lading", "sea-transport-document",
                        first("<ram:ID>025W</ram:ID>", "<ram:ID>026W</ram:ID>"),
                        "XDOC-X12-CONVEYANCE"),
                sea("vessel name written differently", "goods-declaration",
                        first("<ram:Name>EVER GIVEN</ram:Name>", "<ram:Name>Ever  Given</ram:Name>")),
                sea("port of discharge differs on the bill of lading", "sea-transport-document",
                        first("<ram:UnloadingLocation>\n      <ram:ID>NLRTM</ram:ID>", "<ram:UnloadingLocation>\n      <ram:ID>DEHAM</ram:ID>"),
                        "XDOC-X13-PORTS"),
                sea("CIF named place is not the port of discharge", "commercial-invoice",
                        first("<ram:RelevantTradeLocation>\n      <ram:ID>NLRTM</ram:ID>", "<ram:RelevantTradeLocation>\n      <ram:ID>DEHAM</ram:ID>"),
                        "XDOC-X13-NAMED-PLACE"),
                sea("country of dispatch is not the country of loading", "goods-declaration",
                        first("<gd:ExportCountryID>CN", "<gd:ExportCountryID>VN"),
                        "XDOC-X14-COUNTRIES"),
                sea("declared transport mode is air", "goods-declaration",
                        first("<gd:TransportModeCode>2", "<gd:TransportModeCode>5"),
                        "XDOC-X15-TRANSPORT-MODE"),
                sea("declared HS subheading differs from the invoice", "goods-declaration",
                        first("<ram:ClassCode listID=\"HS\">8504409999", "<ram:ClassCode listID=\"HS\">8504500000"),
                        "XDOC-X16-HS-CODE"),
                sea("booking commodity not on the invoice", "booking-confirmation",
                        first("<bkg:ClassCode listID=\"HS\">850440", "<bkg:ClassCode listID=\"HS\">030617"),
                        "XDOC-X16-HS-CODE"),
                sea("bill of lading describes other goods", "sea-transport-document",
                        first("<std:Description>Industrial switching power supply 24 V 20 A 480 W", "<std:Description>Frozen shrimp"),
                        "XDOC-X17-DESCRIPTION"),
                sea("packing list item of another origin", "packing-list",
                        first("<ram:OriginCountryID>CN", "<ram:OriginCountryID>VN"),
                        "XDOC-X18-ORIGIN"),
                sea("bill of lading consignee is another company", "sea-transport-document",
                        first("724500VDBERG0IND0189", "529900FRKELEC0MB0106"),
                        "XDOC-X19-PARTIES"),
                sea("payment from a third party", "payment-advice",
                        first("724500VDBERG0IND0189", "529900FRKELEC0MB0106"),
                        "XDOC-X20-PAYER-PAYEE"),
                sea("payment into another account", "payment-advice",
                        first("<ram:ProprietaryID>120101000012345678901", "<ram:ProprietaryID>990101000012345678901"),
                        "XDOC-X20-PAYER-PAYEE"),
                sea("booking confirmation under CFR", "booking-confirmation",
                        first("<ram:DeliveryTypeCode>CIF", "<ram:DeliveryTypeCode>CFR"),
                        "XDOC-X21-INCOTERMS"),
                sea("freight collect under CIF", "sea-transport-document",
                        first("<std:FreightPaymentTermCode>PRE", "<std:FreightPaymentTermCode>COL"),
                        "XDOC-X21-FREIGHT-TERM"),
                sea("insured value under 110 %", "commercial-invoice",
                        first("<ci:InsuranceValueAmount currencyID=\"USD\">259072.00", "<ci:InsuranceValueAmount currencyID=\"USD\">240000.00"),
                        "XDOC-X22-INSURANCE"),
                sea("declared premium differs from the invoice", "goods-declaration",
                        first("<gd:InsuranceChargeAmount currencyID=\"USD\">520.00", "<gd:InsuranceChargeAmount currencyID=\"USD\">320.00"),
                        "XDOC-X22-INSURANCE"),
                sea("contract dated after the booking", "commercial-invoice",
                        first("<ram:IssueDate>2026-09-01", "<ram:IssueDate>2026-09-25"),
                        "XDOC-X23-DATE-ORDER"),
                sea("gate in after loading", "transport-event-01-gate-in-BOHU1024615",
                        first("<te:EventDateTime>2026-10-10T08:12:00+08:00", "<te:EventDateTime>2026-10-11T14:00:00+08:00"),
                        "XDOC-X23-DATE-ORDER"),
                sea("payment months after the due date", "payment-advice",
                        first("<pa:ValueDate>2026-11-10", "<pa:ValueDate>2027-01-20"),
                        "XDOC-X24-PAYMENT-TIMING"),
                sea("due date does not follow the payment terms", "commercial-invoice",
                        first("<ci:DueDate>2026-11-10", "<ci:DueDate>2026-11-30"),
                        "XDOC-X24-PAYMENT-TIMING"),
                sea("packing list references an unknown invoice", "packing-list",
                        first("<ram:IssuerAssignedID>HL-INV-2026-0142", "<ram:IssuerAssignedID>HL-INV-2026-0999"),
                        "XDOC-X25-REFERENCES"),
                sea("declaration item names a missing invoice line", "goods-declaration",
                        first("<gd:InvoiceLineID>2", "<gd:InvoiceLineID>7"),
                        "XDOC-X25-REFERENCES"),
                air("air waybill gross weight 0.5 kg over", "air-waybill",
                        first("<awb:GrossWeightMeasure unitCode=\"KGM\">412.5", "<awb:GrossWeightMeasure unitCode=\"KGM\">413.0")),
                air("air waybill gross weight 2 % over", "air-waybill",
                        first("<awb:GrossWeightMeasure unitCode=\"KGM\">412.5", "<awb:GrossWeightMeasure unitCode=\"KGM\">420.8"),
                        "XDOC-X06-GROSS-WEIGHT"),
                air("air waybill pieces differ", "air-waybill",
                        first("<awb:PieceQuantity>10", "<awb:PieceQuantity>11"),
                        "XDOC-X08-PACKAGES"),
                air("declared flight not on the routing", "goods-declaration",
                        first("<ram:ID>BH451</ram:ID>", "<ram:ID>BH452</ram:ID>"),
                        "XDOC-X12-CONVEYANCE"),
                air("declared flight with a leading zero", "goods-declaration",
                        first("<ram:ID>BH451</ram:ID>", "<ram:ID>BH0451</ram:ID>")),
                air("air waybill number of another airline", "air-waybill",
                        first("<ram:GlobalID schemeID=\"IATA\">963", "<ram:GlobalID schemeID=\"IATA\">964"),
                        "XDOC-X11-TRANSPORT-DOCUMENT"),
                air("declared transport mode is waterway", "goods-declaration",
                        first("<gd:TransportModeCode>5", "<gd:TransportModeCode>2"),
                        "XDOC-X15-TRANSPORT-MODE"),
                air("CIP declared as FOB", "goods-declaration",
                        first("<gd:TransactionModeCode>1", "<gd:TransactionModeCode>3"),
                        "XDOC-X21-INCOTERMS", "XDOC-X02-DECLARED-VALUE"));
    }

    static List<Shipments.Step> steps(String shipment) {
        return shipment.equals("sea") ? Shipments.SEA : Shipments.AIR;
    }

    static CrossDocumentLayer.Result run(TradeTransaction transaction) {
        return new CrossDocumentLayer(ConsistencyRules.all(), CrossDocumentProfile.defaults(), CODE_LISTS)
                .run(transaction, "test#transaction:" + transaction.id(), Layer.CROSS_DOCUMENT);
    }

    static Set<String> fired(CrossDocumentLayer.Result result) {
        return result.findings().stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void changeFiresExactlyItsRules(Case change) {
        TradeTransaction transaction = Shipments.build(change.shipment(), steps(change.shipment()), "xml", Map.of(change.document(), change.edit()));

        CrossDocumentLayer.Result result = run(transaction);

        assertThat(result.error()).isNull();
        assertThat(fired(result)).isEqualTo(new TreeSet<>(change.fires()));
        for (Finding finding : result.findings()) {
            assertThat(finding.evidence()).as("evidence of " + finding.ruleId()).isNotEmpty();
            assertThat(finding.evidence()).as("evidence from the changed document " + change.document())
                    .anyMatch(evidence -> evidence.location() != null && evidence.location().file().contains(change.document()));
            assertThat(finding.location().xpath()).as("location of " + finding.ruleId()).isNotNull();
        }
    }

    @Test
    void consistentShipmentsFireNothing() {
        for (TradeTransaction transaction : List.of(Shipments.sea(), Shipments.air())) {
            CrossDocumentLayer.Result result = run(transaction);

            assertThat(result.findings()).as(transaction.id()).isEmpty();
            assertThat(result.outcomes()).as(transaction.id()).hasSize(ConsistencyRules.all().size())
                    .allMatch(outcome -> outcome.status() == RuleOutcome.Status.PASSED || outcome.status() == RuleOutcome.Status.NOT_APPLICABLE);
        }
    }

    @Test
    void airShipmentHasNoContainersOrSeals() {
        CrossDocumentLayer.Result result = run(Shipments.air());

        assertThat(status(result, "XDOC-X09-CONTAINERS")).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(status(result, "XDOC-X10-SEALS")).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(status(result, "XDOC-X06-GROSS-WEIGHT")).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void ruleWithNothingToCompareGivesReason() {
        TradeTransaction invoiceOnly = new TradeTransaction("alone", Shipments.sea().ofType("commercial-invoice"));

        CrossDocumentLayer.Result result = run(invoiceOnly);

        assertThat(fired(result)).as("the packing list the invoice names is missing").containsExactly("XDOC-X25-REFERENCES");
        for (RuleOutcome outcome : result.outcomes()) {
            if (outcome.status() == RuleOutcome.Status.NOT_APPLICABLE) {
                assertThat(outcome.reasonKey()).as(outcome.ruleId()).startsWith("outcome.crossdoc.");
            }
        }
        assertThat(status(result, "XDOC-X06-GROSS-WEIGHT")).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(status(result, "XDOC-X01-PAYMENT-TOTAL")).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
    }

    @Test
    void grossWeightEvidenceNamesEveryDocument() {
        TradeTransaction transaction = Shipments.build("sea", Shipments.SEA, "xml", Map.of("packing-list",
                first("<pl:GrossWeightMeasure unitCode=\"KGM\">34600", "<pl:GrossWeightMeasure unitCode=\"KGM\">36330")));

        Finding finding = run(transaction).findings().get(0);

        assertThat(finding.expected()).isEqualTo("34600 KGM");
        assertThat(finding.actual()).isEqualTo("36330 KGM");
        assertThat(finding.location().xpath()).isEqualTo("/pl:PackingList/pl:GrossWeightMeasure");
        assertThat(finding.evidence()).extracting(Evidence::documentType)
                .containsExactly("packing-list", "commercial-invoice", "goods-declaration", "sea-transport-document");
        assertThat(finding.evidence()).extracting(Evidence::value).containsOnly("36330 KGM", "34600 KGM");
        assertThat(finding.arguments().get(2)).isEqualTo("packing-list HL-PL-2026-0142");
    }

    @Test
    void changedJsonDocumentIsLocatedByPointer() {
        TradeTransaction transaction = Shipments.build("sea", Shipments.SEA, "json", Map.of("packing-list",
                first("\"grossWeight\": {\n    \"content\": \"34600\"", "\"grossWeight\": {\n    \"content\": \"36330\"")));

        List<Finding> findings = run(transaction).findings();

        assertThat(findings).extracting(Finding::ruleId).containsExactly("XDOC-X06-GROSS-WEIGHT");
        assertThat(findings.get(0).location().jsonPointer()).isEqualTo("/grossWeight");
        assertThat(findings.get(0).location().xpath()).isNull();
    }

    @Test
    void duplicateInvoiceNumberOfOneSellerFires() {
        List<DocumentFacts> documents = new ArrayList<>(Shipments.documents("sea", Shipments.SEA, "xml", Map.of()));
        DocumentFacts invoice = documents.get(2);
        documents.add(Shipments.read(Path.of(invoice.source()), first("235520.00", "235530.00"), 99, "commercial-invoice",
                "exporter", "another-digest", List.of()));

        CrossDocumentLayer.Result result = run(new TradeTransaction("duplicate", documents));

        assertThat(fired(result)).contains("XDOC-X25-DUPLICATE-INVOICE");
        Finding finding = result.findings().stream().filter(f -> f.ruleId().equals("XDOC-X25-DUPLICATE-INVOICE")).findFirst().orElseThrow();
        assertThat(finding.arguments()).containsExactly("submission-99", "submission-2", "HL-INV-2026-0142", "USCC:91120116MA05TC707B");
    }

    @Test
    void newVersionOfInvoiceIsNoDuplicate() {
        List<DocumentFacts> documents = new ArrayList<>(Shipments.documents("sea", Shipments.SEA, "xml", Map.of()));
        DocumentFacts invoice = documents.get(2);
        DocumentFacts amended = Shipments.read(Path.of(invoice.source()), UnaryOperator.identity(), 99, "commercial-invoice",
                "exporter", "amended-digest", List.of());
        documents.add(new DocumentFacts(amended.index(), amended.source(), amended.submissionId(), amended.statementDigest(), amended.documentType(),
                amended.documentId(), 2, amended.organisation(), amended.role(), null, null, invoice.statementDigest(), List.of(), "xml", true,
                amended.facts()));

        assertThat(fired(run(new TradeTransaction("versions", documents)))).isEmpty();
    }

    @Test
    void invoiceDeclaredTwiceInFullFires() {
        List<DocumentFacts> documents = new ArrayList<>(Shipments.documents("sea", Shipments.SEA, "xml", Map.of()));
        DocumentFacts declaration = documents.get(4);
        documents.add(Shipments.read(Path.of(declaration.source()), first("<ram:ID>020220260001234567", "<ram:ID>020220260001239999"),
                99, "goods-declaration", "customs-broker", "second-declaration", List.of()));

        assertThat(fired(run(new TradeTransaction("twice", documents)))).containsExactly("XDOC-X25-INVOICE-CLAIMED");
    }

    @Test
    void statementReferenceToUnknownSubmissionFires() {
        List<DocumentFacts> documents = new ArrayList<>(Shipments.documents("sea", Shipments.SEA, "xml", Map.of()));
        DocumentFacts packing = documents.get(3);
        documents.set(3, new DocumentFacts(packing.index(), packing.source(), packing.submissionId(), packing.statementDigest(),
                packing.documentType(), packing.documentId(), 1, packing.organisation(), packing.role(), null, null, null,
                List.of("digest:0123abcd"), "xml", true, packing.facts()));

        CrossDocumentLayer.Result result = run(new TradeTransaction("dangling", documents));

        assertThat(fired(result)).containsExactly("XDOC-X25-REFERENCES");
        assertThat(result.findings().get(0).arguments()).containsExactly("packing-list HL-PL-2026-0142", "digest:0123abcd");
        assertThat(result.findings().get(0).location().submissionId()).isEqualTo(packing.submissionId());
    }

    @Test
    void tighterProfileFiresOnSmallDifference() {
        TradeTransaction transaction = Shipments.build("sea", Shipments.SEA, "xml", Map.of("packing-list",
                first("<pl:GrossWeightMeasure unitCode=\"KGM\">34600", "<pl:GrossWeightMeasure unitCode=\"KGM\">34700")));
        CrossDocumentProfile defaults = CrossDocumentProfile.defaults();
        CrossDocumentProfile strict = new CrossDocumentProfile(defaults.amountTolerancePercent(), defaults.declaredValueTolerancePercent(),
                new BigDecimal("0.1"), defaults.airWeightTolerancePercent(), defaults.airWeightToleranceKilograms(),
                defaults.bankChargeAllowance(), defaults.minimumInsurancePercent(), defaults.measuredQuantityTolerancePercent(),
                defaults.latePaymentDays(), defaults.earlyPaymentDays());

        CrossDocumentLayer.Result lenient = run(transaction);
        CrossDocumentLayer.Result tight = new CrossDocumentLayer(ConsistencyRules.all(), strict, CODE_LISTS)
                .run(transaction, "test", Layer.CROSS_DOCUMENT);

        assertThat(fired(lenient)).isEmpty();
        assertThat(fired(tight)).containsExactly("XDOC-X06-GROSS-WEIGHT");
    }

    private static RuleOutcome.Status status(CrossDocumentLayer.Result result, String id) {
        return result.outcomes().stream().filter(outcome -> outcome.ruleId().equals(id)).findFirst().orElseThrow().status();
    }
}
