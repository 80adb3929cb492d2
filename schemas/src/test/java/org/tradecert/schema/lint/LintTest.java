package org.tradecert.schema.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradecert.schema.governance.FixtureRepository;
import org.tradecert.schema.governance.GovernanceFinding;
import org.tradecert.schema.source.LoadedRelease;
import org.tradecert.schema.source.ReleaseEntry;
import org.tradecert.schema.source.ReleaseLocator;
import org.tradecert.schema.source.SchemaRepository;
import org.tradecert.schema.source.Sources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** schema lint: the released standard is clean, and each rule fires on a fixture that breaks it. */
class LintTest {

    @Test
    void releasedStandardIsClean() throws Exception {
        SchemaRepository repository = SchemaRepository.of(Sources.directory(FixtureRepository.TREE));
        List<GovernanceFinding> findings = new ArrayList<>();
        for (ReleaseEntry entry : repository.entries()) {
            findings.addAll(Lint.check(repository.load(entry.module(), entry.version())));
        }

        assertThat(findings).isEmpty();
    }

    /** Each case edits a copy of the released transport event model so that it breaks exactly one rule. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            LINT-XML-NAME            | xml: EventTypeCode                       | xml: event_type_code
            LINT-JSON-NAME           | json: eventTypeCode                      | json: EventTypeCode
            LINT-DEFINITION          | zh: 事件原因的文字说明。                   | zh: ''
            LINT-DEN                 | den: Transport_ Event. Reason. Text      | den: Reason Text
            LINT-REPRESENTATION-TERM | den: Transport_ Event. Occurrence. Date Time | den: Transport_ Event. Occurrence. Moment
            LINT-CODE-LIST           | codeList: EventReason                    | schemeList: EventReason
            LINT-CARDINALITY         | card: 0..n                               | card: 2..n
            """)
    void modelRuleFires(String rule, String from, String to, @TempDir Path folder) throws Exception {
        FixtureRepository repository = FixtureRepository.copy(folder).edit("transport-event.yaml", from, to)
                .edit("transport-event.yaml", "status: released", "status: draft");

        assertThat(lint(repository, null)).extracting(GovernanceFinding::ruleId).containsOnly(rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            LINT-ANONYMOUS-TYPE | xsd/transport-event.xsd         | <xsd:element name="Reason" type="udt:TextType" minOccurs="0"> | <xsd:element name="Reason" minOccurs="0">
            LINT-JSON-CLOSED    | json/transport-event.schema.json | "unevaluatedProperties": false                              | "unevaluatedProperties": true
            LINT-NAMESPACE      | xsd/transport-event.xsd         | targetNamespace="urn:tradecert:schema:transport-event:1"     | targetNamespace="urn:tradecert:schema:transport-event"
            """)
    void schemaRuleFires(String rule, String file, String from, String to, @TempDir Path folder) throws Exception {
        FixtureRepository repository = FixtureRepository.copy(folder);
        Path schema = repository.tree().resolve("transport-event/1.0.0/" + file);
        String text = Files.readString(schema);
        assertThat(text).contains(from);
        String changed = text.replace(from, to);
        if (rule.equals("LINT-ANONYMOUS-TYPE")) {
            int reason = changed.indexOf(to);
            int end = changed.indexOf("</xsd:element>", reason);
            changed = changed.substring(0, end) + "<xsd:simpleType><xsd:restriction base=\"xsd:string\"/></xsd:simpleType>" + changed.substring(end);
        }
        if (rule.equals("LINT-NAMESPACE")) {
            changed = changed.replace("xmlns:te=\"urn:tradecert:schema:transport-event:1\"", "xmlns:te=\"urn:tradecert:schema:transport-event\"");
        }
        Files.writeString(schema, changed);
        SchemaRepository tree = SchemaRepository.of(Sources.directory(repository.tree()));

        List<GovernanceFinding> findings = Lint.check(tree.load("transport-event", "1.0.0"));

        assertThat(findings).extracting(GovernanceFinding::ruleId).containsOnly(rule);
    }

    private static List<GovernanceFinding> lint(FixtureRepository repository, Path tree) throws Exception {
        SchemaRepository generated = ReleaseLocator.fromModels(repository.model(), tree);
        ReleaseEntry entry = generated.find("transport-event", "1.0.0").orElseThrow();
        LoadedRelease release = generated.load(entry.module(), entry.version());
        return Lint.check(release);
    }
}
