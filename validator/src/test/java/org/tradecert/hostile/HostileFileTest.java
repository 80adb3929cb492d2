package org.tradecert.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerStatus;
import org.tradecert.engine.Validator;
import org.tradecert.registry.RegistryException;
import org.tradecert.registry.RegistryLoader;
import org.tradecert.sandbox.SandboxConsortium;
import org.tradecert.schema.generate.JsonText;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tradecert.hostile.Outcomes.CONFORMANT;
import static org.tradecert.hostile.Outcomes.INCOMPLETE;
import static org.tradecert.hostile.Outcomes.INPUT_OUTPUT;
import static org.tradecert.hostile.Outcomes.NON_CONFORMANT;
import static org.tradecert.hostile.Outcomes.assertNoLeak;
import static org.tradecert.hostile.Outcomes.assertOutcome;
import static org.tradecert.hostile.Outcomes.describe;
import static org.tradecert.hostile.Outcomes.exitCode;
import static org.tradecert.hostile.Outcomes.validate;
import static org.tradecert.hostile.Outcomes.validateAll;

/**
 * Tests the file-handling items C2 to C6 of the hostile-input checklist (the item ids of
 * docs/hostile-input.md): archives, devices, pipes and links, text aimed at a terminal, the
 * time limit, and a network registry that cannot be trusted. C1 concerns envelopes and lives
 * in {@link HostileEnvelopeTest}.
 */
class HostileFileTest {

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    static Canary canary;
    static HostileInputs inputs;
    static Consortium consortium;

    @BeforeAll
    static void start() throws Exception {
        canary = Canary.start();
        inputs = new HostileInputs(shared.resolve("inputs"), canary);
        consortium = Consortium.create(shared.resolve("consortium"));
    }

    @AfterAll
    static void stop() {
        canary.close();
    }

    @AfterEach
    void noConnectionReachedTheCanary() {
        assertThat(canary.connections()).as("connections to the loopback canary").isZero();
    }

    @Test
    void c02CompressedBombNeverDecompressed() throws Exception {
        List<HostileInputs.Case> cases = inputs.c02();
        for (HostileInputs.Case bomb : cases) {
            assertThat(Files.size(bomb.input())).as("the compressed size").isLessThan(1_000_000);
        }

        Outcomes.assertCases(Validator.builder().build(), cases);
    }

    @Test
    void c03DeviceFifoAndLinkNeverRead() {
        List<HostileInputs.Case> cases = inputs.c03();

        List<DocumentResult> results = Outcomes.assertCases(Validator.builder().build(), cases);

        assertThat(results).allSatisfy(result -> assertThat(result.inputError()).isTrue());
    }

    /**
     * The document of an envelope is found beside it by name. When that name is a symbolic link
     * to a file elsewhere, the link is not followed, so the file's content is never read.
     */
    @Test
    void c03DetachedDocumentLinkNeverFollowed() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("submission"));
        ObjectNode envelope = consortium.invoice();
        envelope.remove("document");
        Files.writeString(folder.resolve("commercial-invoice.xml.envelope.json"), JsonText.write(envelope));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere")).resolve("secret.txt");
        Files.writeString(elsewhere, HostileInputs.SECRET);
        Files.createSymbolicLink(folder.resolve("commercial-invoice.xml"), elsewhere);

        List<DocumentResult> results = validateAll(consortium.validator(), List.of(folder));

        assertThat(results).as("the link and the envelope").hasSize(2);
        assertOutcome(results.get(0), INPUT_OUTPUT, "INPUT-NOT-REGULAR");
        assertOutcome(results.get(1), NON_CONFORMANT, "SIG-PAYLOAD-MISSING");
        results.forEach(result -> assertNoLeak(result, HostileInputs.SECRET));

        DocumentResult named = validate(consortium.validator(), folder.resolve("commercial-invoice.xml.envelope.json"));
        assertOutcome(named, NON_CONFORMANT, "SIG-PAYLOAD-MISSING");
        assertNoLeak(named, HostileInputs.SECRET);
    }

    /**
     * Escape sequences and line breaks reach a result only as data. The schema rejects control
     * characters in text before any later layer could quote them. A file name carrying them is
     * kept as it is in the location, and the JSON form of the result escapes every one of them.
     */
    @Test
    void c04TerminalEscapesStayData() throws Exception {
        Outcomes.assertCases(Validator.builder().build(), inputs.c04());

        Path named = temp.resolve("c04-\u001b[2J\u001b[31mred\r\nOK 0 findings.json");
        Files.copy(inputs.c04().get(0).input(), named);
        DocumentResult result = validate(Validator.builder().build(), named);
        assertOutcome(result, NON_CONFORMANT, "SCHEMA-VALUE-FORM");
        assertThat(result.findings().get(0).location().file()).contains("\u001b[31m");

        String json = new ObjectMapper().findAndRegisterModules().writeValueAsString(result);
        assertThat(json.chars()).as("control characters in the JSON form").noneMatch(c -> c < 0x20);
        assertThat(json).contains("\\u001B[31m");
    }

    /**
     * An input that runs out of time gets INPUT-TIMEOUT and never a valid verdict, the other
     * inputs of the run still get their results, and the same process validates normally
     * afterwards. A 1 ns limit makes every input time out without relying on any speed.
     */
    @Test
    void c05TimeoutLeavesProcessHealthy() {
        List<Path> paths = List.of(Consortium.example("commercial-invoice.xml"), inputs.x05().get(0).input(),
                Consortium.example("commercial-invoice.json"));

        List<DocumentResult> hurried = validateAll(Validator.builder().timeout(Duration.ofNanos(1)).build(), paths);

        assertThat(hurried).hasSameSizeAs(paths);
        for (DocumentResult result : hurried) {
            assertThat(result.ruleIds()).as(describe(result)).contains("INPUT-TIMEOUT");
            assertThat(exitCode(result)).as(describe(result)).isEqualTo(NON_CONFORMANT);
            assertThat(result.layers()).as("a layer gave up").anyMatch(layer -> layer.status() == LayerStatus.ERROR);
        }
        assertThat(hurried.get(0).ruleIds()).containsExactly("INPUT-TIMEOUT");
        assertThat(hurried.get(2).ruleIds()).containsExactly("INPUT-TIMEOUT");
        assertOutcome(validate(Validator.builder().build(), Consortium.example("commercial-invoice.xml")), CONFORMANT);
    }

    /**
     * The network registry is configuration that tradecert loads, checks and rejects when it is
     * inconsistent. It carries no signature of its own (see the NOTE in the test). A registry
     * whose CRL signature is broken, or with a wrong check character in an organisation id, is
     * rejected, and an envelope beside such a registry gets no integrity or authorisation verdict.
     */
    @Test
    void c06UntrustworthyRegistryRefused() throws Exception {
        // NOTE: tradecert does not sign network.json, so anyone who can write the file chooses the
        // trust anchors. The checks below catch an inconsistent file, not a consistent forgery.
        String registry = Files.readString(consortium.dir.resolve(SandboxConsortium.REGISTRY));
        int crl = registry.indexOf("-----BEGIN X509 CRL-----");
        int end = registry.indexOf("-----END X509 CRL-----", crl);
        String body = registry.substring(crl, end);
        int flip = body.length() - 20;
        char replaced = body.charAt(flip) == 'A' ? 'B' : 'A';
        String brokenCrl = registry.substring(0, crl + flip) + replaced + registry.substring(crl + flip + 1);
        String wrongCheck = registry.replace("91120116MA05TC707B", "91120116MA05TC707C");

        for (String broken : List.of(brokenCrl, wrongCheck)) {
            assertThatThrownBy(() -> new RegistryLoader().load("network.json", broken.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(RegistryException.class);
        }

        Path folder = Files.createDirectories(temp.resolve("beside-broken-registry"));
        Files.writeString(folder.resolve(SandboxConsortium.REGISTRY), wrongCheck);
        Path envelope = folder.resolve("commercial-invoice.xml.envelope.json");
        Files.writeString(envelope, JsonText.write(consortium.invoice()));

        DocumentResult result = validate(Validator.builder().build(), envelope);

        assertOutcome(result, INCOMPLETE);
        assertThat(result.layer(Layer.INTEGRITY).status()).isEqualTo(LayerStatus.SKIPPED);
        assertThat(result.layer(Layer.AUTHORISATION).status()).isEqualTo(LayerStatus.SKIPPED);
        assertThat(result.layer(Layer.INTEGRITY).detail()).contains("91120116MA05TC707C");
    }
}
