package org.tradecert.schema.diff;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradecert.schema.governance.FixtureRepository;
import org.tradecert.schema.source.ReleaseLocator;
import org.tradecert.schema.source.SchemaRepository;
import org.tradecert.schema.source.Sources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One (old, new) pair for every catalogue kind that the standard's model format can produce,
 * with the class it must get and the syntaxes it must show in. The old release is the released
 * transport event 1.0.0 (or the edited one, for the reverse cases); the new one is generated
 * from an edited copy of its model. Kinds the generators never emit (nillable, fixed and
 * default values, choices, wildcards, substitution groups, formats, dialects) have no pair.
 */
class ChangeCatalogueTest {

    private static final String TYPE = "transport-event.yaml";
    private static final String COMMON = "common.yaml";

    /** An edit of one model file. */
    record Edit(String file, String from, String to) {
    }

    /**
     * @param reverse when true the edited model is the old release and the released one the new
     */
    record Case(ChangeKind kind, ChangeClass expected, boolean xsd, boolean json, boolean reverse, String version, List<Edit> edits) {
        @Override
        public String toString() {
            return kind + " " + expected + (reverse ? " (reverse)" : "");
        }
    }

    private static final String OPTIONAL_MEMBER = """
                  - xml: Remarks
                    json: remarks
                    den: Transport_ Event. Remarks. Text
                    card: 0..n
                    type: Text
                    definition:
                      en: Remarks.
                      zh: 备注。
            """;

    static Stream<Case> cases() {
        String reasonCard = "        den: Transport_ Event. Reason. Text\n        card: 0..1\n        type: Text";
        return Stream.of(
                both(ChangeKind.SD101, ChangeClass.WIDEN, append(OPTIONAL_MEMBER)),
                both(ChangeKind.SD102, ChangeClass.BREAK, append(OPTIONAL_MEMBER.replace("0..n", "1..1"))),
                both(ChangeKind.SD103, ChangeClass.NARROW, edit(TYPE, block("Reason"), "")),
                both(ChangeKind.SD104, ChangeClass.BREAK, edit(TYPE, block("EventClassifierCode"), "")),
                both(ChangeKind.SD105, ChangeClass.BREAK, edit(TYPE, "xml: CarrierAssignedID\n        json: carrierAssignedId",
                        "xml: BookingReferenceID\n        json: bookingReferenceId")),
                new Case(ChangeKind.SD106, ChangeClass.BREAK, true, false, false, "1.0.0",
                        List.of(edit(TYPE, block("EventClassifierCode"), ""), edit(TYPE, "      - xml: EventTypeCode\n", block("EventClassifierCode") + "      - xml: EventTypeCode\n"))),
                both(ChangeKind.SD201, ChangeClass.NARROW, edit(TYPE, "Transport Document. Referenced_ Document\n        card: 0..1",
                        "Transport Document. Referenced_ Document\n        card: 1..1")),
                both(ChangeKind.SD202, ChangeClass.WIDEN, edit(TYPE, "Occurrence. Logistics_ Location\n        card: 1..1",
                        "Occurrence. Logistics_ Location\n        card: 0..1")),
                both(ChangeKind.SD203, ChangeClass.NARROW, edit(TYPE, "Logistics_ Transport Equipment\n        card: 0..n",
                        "Logistics_ Transport Equipment\n        card: 0..5")),
                new Case(ChangeKind.SD204, ChangeClass.WIDEN, true, true, true, "1.0.0", List.of(edit(TYPE,
                        "Logistics_ Transport Equipment\n        card: 0..n", "Logistics_ Transport Equipment\n        card: 0..5"))),
                both(ChangeKind.SD204, ChangeClass.BREAK, edit(TYPE, "Carrier Assigned_ Identification. Identifier\n        card: 0..1",
                        "Carrier Assigned_ Identification. Identifier\n        card: 0..n")),
                both(ChangeKind.SD301, ChangeClass.BREAK, edit(TYPE, reasonCard, reasonCard.replace("type: Text", "type: Date"))),
                both(ChangeKind.SD302, ChangeClass.WIDEN, edit(TYPE, "Identification. Identifier\n        card: 0..1\n        type: Identifier",
                        "Identification. Identifier\n        card: 0..1\n        type: Text")),
                both(ChangeKind.SD303, ChangeClass.NARROW, edit(TYPE, reasonCard, reasonCard.replace("type: Text", "type: Identifier"))),
                both(ChangeKind.SD304, ChangeClass.NARROW, edit(COMMON, "    binding: pattern\n    pattern: \"[A-Z]{2}[A-Z0-9]{3}\"\n",
                        "    binding: enumeration\n    values:\n      - code: CNSHA\n      - code: CNTXG\n")),
                new Case(ChangeKind.SD305, ChangeClass.WIDEN, true, true, true, "1.0.0", List.of(edit(COMMON,
                        "    binding: pattern\n    pattern: \"[A-Z]{2}[A-Z0-9]{3}\"\n", "    binding: enumeration\n    values:\n      - code: CNSHA\n"))),
                both(ChangeKind.SD306, ChangeClass.NARROW, edit(COMMON, "pattern: \"[A-Z]{2}[A-Z0-9]{3}\"", "pattern: \"[A-Z]{2}[A-Z]{3}\"")),
                both(ChangeKind.SD306, ChangeClass.WIDEN, edit(COMMON, "pattern: \"[A-Z]{2}[A-Z0-9]{3}\"", "pattern: \"[A-Z]{2}[A-Z0-9]{3,4}\"")),
                both(ChangeKind.SD306, ChangeClass.BREAK, edit(COMMON, "pattern: \"[A-Z]{2}[A-Z0-9]{3}\"", "pattern: \"[A-Z]{3}[A-Z0-9]{3}\"")),
                both(ChangeKind.SD401, ChangeClass.WIDEN, edit(COMMON, "      - code: EST\n", "      - code: EST\n      - code: REQ\n")),
                both(ChangeKind.SD402, ChangeClass.NARROW, edit(COMMON, "      - code: EST\n        name: {en: Estimated, zh: 预计}\n", "")),
                both(ChangeKind.SD403, ChangeClass.WIDEN, edit(COMMON, "    agency: DCSA\n    version: \"2.0\"", "    agency: DCSA\n    version: \"2.1\""),
                        edit(COMMON, "      - code: EST\n", "      - code: EST\n      - code: REQ\n")),
                new Case(ChangeKind.SD701, ChangeClass.BREAK, true, false, false, "1.0.0",
                        List.of(edit(TYPE, "urn:tradecert:schema:transport-event:1", "urn:tradecert:schema:transport-events:1"))),
                new Case(ChangeKind.SD702, ChangeClass.EQ, true, true, false, "1.0.1",
                        List.of(edit(TYPE, "version: 1.0.0\nstatus: draft", "version: 1.0.1\nstatus: draft"),
                                edit(TYPE, "transport-event/1.0.0/json", "transport-event/1.0.1/json"))),
                new Case(ChangeKind.SD704, ChangeClass.EQ, true, true, true, "1.0.0", List.of(edit(TYPE, "entities:\n",
                        "entities:\n  UnusedNote:\n    den: Unused_ Note. Details\n    definition: {en: Unused., zh: 未使用。}\n    properties:\n"
                                + "      - {xml: Content, json: content, den: Unused_ Note. Content. Text, card: 1..1, type: Text, definition: {en: Text., zh: 文字。}}\n"))),
                both(ChangeKind.SD801, ChangeClass.EQ, edit(TYPE, "en: The reason of the event in words.", "en: The reason of the event, in words.")),
                both(ChangeKind.SD802, ChangeClass.EQ, edit(TYPE, reasonCard, reasonCard + "\n        deprecated: {since: 1.0.0, sunset: 2027-12-31}")));
    }

    private static Case both(ChangeKind kind, ChangeClass expected, Edit... edits) {
        return new Case(kind, expected, true, true, false, "1.0.0", List.of(edits));
    }

    private static Edit edit(String file, String from, String to) {
        return new Edit(file, from, to);
    }

    private static Edit append(String member) {
        return new Edit(TYPE, "      - xml: Reason\n", member + "      - xml: Reason\n");
    }

    /** The whole model block of one member of the transport event, up to the next member. */
    private static String block(String xmlName) {
        try {
            String text = Files.readString(FixtureRepository.MODEL.resolve(TYPE));
            int start = text.indexOf("      - xml: " + xmlName + "\n");
            int end = text.indexOf("      - xml: ", start + 1);
            return text.substring(start, end < 0 ? text.length() : end);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void kindGetsItsClassInItsSyntaxes(Case change, @TempDir Path folder) throws Exception {
        FixtureRepository edited = FixtureRepository.copy(folder);
        edited.edit(TYPE, "status: released", "status: draft");
        for (Edit edit : change.edits()) {
            edited.edit(edit.file(), edit.from(), edit.to());
        }
        if (change.edits().stream().anyMatch(e -> e.file().equals(COMMON))) {
            edited.edit(COMMON, "status: released", "status: draft");
        }
        SchemaRepository released = SchemaRepository.of(Sources.directory(FixtureRepository.TREE));
        SchemaRepository generated = ReleaseLocator.fromModels(edited.model(), null);
        var releasedType = released.load("transport-event", "1.0.0");
        var generatedType = generated.load("transport-event", change.version());

        DiffResult result = change.reverse() ? SchemaDiff.compare(generatedType, releasedType) : SchemaDiff.compare(releasedType, generatedType);

        assertThat(result.findings()).as(result.findings().toString())
                .anySatisfy(f -> {
                    assertThat(f.kind()).isEqualTo(change.kind());
                    assertThat(f.changeClass()).isEqualTo(change.expected());
                    assertThat(f.xsd() != null).as("shows in XML Schema").isEqualTo(change.xsd());
                    assertThat(f.json() != null).as("shows in JSON Schema").isEqualTo(change.json());
                });
        assertThat(result.findings()).extracting(DiffFinding::kind).doesNotContain(ChangeKind.SD901);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("divergences")
    void changeInOneSyntaxOnlyIsDivergence(String file, String from, String to, @TempDir Path folder) throws Exception {
        FixtureRepository copy = FixtureRepository.copy(folder);
        Path schema = copy.tree().resolve("transport-event/1.0.0/" + file);
        String text = Files.readString(schema);
        assertThat(text).contains(from);
        Files.writeString(schema, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        SchemaRepository released = SchemaRepository.of(Sources.directory(FixtureRepository.TREE));
        SchemaRepository edited = SchemaRepository.of(Sources.directory(copy.tree()));

        DiffResult result = SchemaDiff.compare(released.load("transport-event", "1.0.0"), edited.load("transport-event", "1.0.0"));

        assertThat(result.findings()).extracting(DiffFinding::kind).contains(ChangeKind.SD901);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> divergences() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("xsd/transport-event.xsd",
                        "<xsd:element name=\"Reason\" type=\"udt:TextType\" minOccurs=\"0\">", "<xsd:element name=\"Reason\" type=\"udt:TextType\">"),
                org.junit.jupiter.params.provider.Arguments.of("json/transport-event.schema.json",
                        "\"required\": [", "\"required\": [\n    \"reason\","));
    }
}
