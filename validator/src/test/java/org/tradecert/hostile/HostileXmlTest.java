package org.tradecert.hostile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerStatus;
import org.tradecert.engine.Validator;
import org.tradecert.xml.SafeXml;
import org.xml.sax.SAXException;

import javax.xml.transform.stream.StreamSource;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tradecert.hostile.Outcomes.NON_CONFORMANT;
import static org.tradecert.hostile.Outcomes.assertOutcome;
import static org.tradecert.hostile.Outcomes.validate;

/**
 * Tests the XML payload items X1 to X19 of the hostile-input checklist (the item ids of
 * docs/hostile-input.md), each fed to the real engine. Each test checks the rule id, the exit
 * code and that no layer crashed. After each test no connection has reached the loopback
 * canary, and no result contains content of a local file. X20 is an envelope item and lives in
 * {@link HostileEnvelopeTest}.
 */
class HostileXmlTest {

    @TempDir
    static Path temp;

    static Canary canary;
    static HostileInputs inputs;
    static Validator validator;

    @BeforeAll
    static void start() {
        canary = Canary.start();
        inputs = new HostileInputs(temp.resolve("inputs"), canary);
        validator = Validator.builder().build();
    }

    @AfterAll
    static void stop() {
        canary.close();
    }

    @AfterEach
    void noConnectionReachedTheCanary() {
        assertThat(canary.connections()).as("connections to the loopback canary").isZero();
    }

    private static List<DocumentResult> assertCases(List<HostileInputs.Case> cases) {
        return Outcomes.assertCases(validator, cases);
    }

    @Test
    void x01BillionLaughsRejectedAtDoctype() {
        List<DocumentResult> results = assertCases(inputs.x01());

        Finding first = results.get(0).findings().get(0);
        assertThat(first.location().line()).as("the DOCTYPE is on line 2").isEqualTo(2);
        assertThat(results.get(0).layer(Layer.SCHEMA).status()).isEqualTo(LayerStatus.SKIPPED);
        assertThat(results.get(2).layer(Layer.INPUT).status()).as("the CII invoice is screened like any XML").isEqualTo(LayerStatus.INVALID);
    }

    @Test
    void x02ExternalEntityNeverReadsTheFile() {
        assertCases(inputs.x02());
    }

    @Test
    void x03ParameterEntityNeverConnects() {
        assertCases(inputs.x03());
    }

    @Test
    void x04ExternalDtdNeverFetched() {
        assertCases(inputs.x04());
    }

    @Test
    void x05SchemaLocationHintReportedAndIgnored() {
        List<DocumentResult> results = assertCases(inputs.x05());

        for (DocumentResult result : results) {
            assertThat(result.layer(Layer.SCHEMA).status()).as("validated against the bundled schema").isEqualTo(LayerStatus.VALID);
            assertThat(result.documentType()).isEqualTo("commercial-invoice");
        }
        assertThat(results.get(0).findings().get(0).arguments().get(0)).contains(canary.url("x05/invoice.xsd"));
    }

    /**
     * tradecert never loads a schema pack from outside. The engine compiles only the schemas
     * bundled in its jar, and the one schema factory it uses rejects every external import or
     * include. Here that factory gets a schema importing from the canary and including the
     * secret file, and must fail without opening either.
     */
    @Test
    void x06RemoteSchemaImportFailsClosed() throws Exception {
        String importing = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:hostile\">"
                + "<xs:import namespace=\"urn:remote\" schemaLocation=\"" + canary.url("x06/remote.xsd") + "\"/></xs:schema>";
        String including = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">"
                + "<xs:include schemaLocation=\"" + inputs.secretUrl() + "\"/></xs:schema>";

        for (String schema : List.of(importing, including)) {
            StreamSource source = new StreamSource(new StringReader(schema), temp.resolve("pack.xsd").toUri().toString());
            assertThatThrownBy(() -> SafeXml.schemaFactory(null).newSchema(source))
                    .isInstanceOf(SAXException.class)
                    .hasMessageContaining("accessExternalSchema")
                    .hasMessageNotContaining(HostileInputs.SECRET);
        }
        assertThat(Arrays.stream(Validator.Builder.class.getMethods()).map(Method::getName))
                .as("no builder option loads a schema from elsewhere")
                .noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("schema"));
    }

    @Test
    void x07XIncludeNotProcessedAndRejectedBySchema() {
        assertCases(inputs.x07());
    }

    @Test
    void x08StylesheetInstructionReportedNeverApplied() {
        List<DocumentResult> results = assertCases(inputs.x08());

        assertThat(results.get(0).findings().get(0).arguments()).containsExactly("xml-stylesheet");
    }

    @Test
    void x09DeepNestingStopsAtDepthLimit() {
        List<DocumentResult> results = assertCases(inputs.x09());

        assertThat(results.get(0).findings().get(0).arguments().get(0)).contains(Integer.toString(SafeXml.MAX_ELEMENT_DEPTH));
    }

    @Test
    void x10AttributesAndNameStopAtLimits() {
        assertCases(inputs.x10());
    }

    @Test
    void x11OversizedFileRejectedBeforeParsing() throws Exception {
        HostileInputs.Case over = inputs.x11().get(0);
        assertThat(Files.size(over.input())).isEqualTo(Validator.DEFAULT_MAX_BYTES + 1);

        List<DocumentResult> results = assertCases(List.of(over));

        assertThat(results.get(0).findings().get(0).arguments())
                .containsExactly(Long.toString(Validator.DEFAULT_MAX_BYTES + 1), Long.toString(Validator.DEFAULT_MAX_BYTES));
        assertThat(results.get(0).syntax()).as("never parsed").isNull();
    }

    @Test
    void x12EncodingsOtherThanUtf8Rejected() {
        assertCases(inputs.x12());
    }

    @Test
    void x13CollidingAttributeNamesBoundedByAttributeLimit() {
        assertCases(inputs.x13());
    }

    @Test
    void x14TypeFollowsNamespaceNotPrefix() throws Exception {
        assertCases(inputs.x14());

        Path invoice = Consortium.example("commercial-invoice.xml");
        DocumentResult forced = validate(Validator.builder().type("packing-list").build(), invoice);
        assertOutcome(forced, NON_CONFORMANT, "SCHEMA-TYPE-MISMATCH");
    }

    @Test
    void x15DuplicateSignaturesAndIdsRejectedBySchema() {
        assertCases(inputs.x15());
    }

    @Test
    void x16EmbeddedXmlDsigNeverProcessed() {
        assertCases(inputs.x16());
    }

    @Test
    void x17SignatureWrappingRejectedBySchema() {
        assertCases(inputs.x17());
    }

    /**
     * tradecert has no way to take rules or style sheets at run time. The engine's builder has no
     * such option, and no XSLT or Schematron processor (Saxon) is on the classpath. The command
     * line's side is checked by HostileOptionsTest in the CLI module.
     */
    @Test
    void x18x19NoRuntimeSchematronOrXslt() {
        List<String> options = Arrays.stream(Validator.Builder.class.getMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && method.getDeclaringClass() == Validator.Builder.class)
                .map(method -> method.getName().toLowerCase(Locale.ROOT))
                .toList();

        assertThat(options).as("builder options").isNotEmpty()
                .noneMatch(name -> name.contains("xsl") || name.contains("stylesheet") || name.contains("schematron")
                        || name.contains("transform") || name.contains("rulepack"));
        assertThatThrownBy(() -> Class.forName("net.sf.saxon.Transform")).isInstanceOf(ClassNotFoundException.class);
    }
}
