package org.tradecert.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;
import org.tradecert.ProjectPaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every test case of three Wycheproof vector files through {@link Signatures}, read in place
 * from the shared data beside the checkout. A {@code valid} case must verify, an {@code invalid}
 * case must not, and an {@code acceptable} case may do either. Low-S is not required, because
 * Wycheproof's valid ECDSA cases include high-S signatures. The container of each file shows the
 * number of cases in its display name, and its last test publishes how each kind of case ended.
 */
class WycheproofTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    DynamicContainer ecdsaP256Sha256Der(TestReporter reporter) throws IOException {
        return run(reporter, "ecdsa_secp256r1_sha256_test.json", group -> derPublicKey(group.get("publicKeyDer").asText()),
                (key, test) -> Signatures.verifyDer(SignatureAlgorithm.ES256, key, hex(test, "msg"), hex(test, "sig"), false));
    }

    @TestFactory
    DynamicContainer ecdsaP256Sha256P1363(TestReporter reporter) throws IOException {
        return run(reporter, "ecdsa_secp256r1_sha256_p1363_test.json", group -> uncompressedP256Key(group.get("publicKey").get("uncompressed").asText()),
                (key, test) -> Signatures.verify(SignatureAlgorithm.ES256, key, hex(test, "msg"), hex(test, "sig"), false));
    }

    @TestFactory
    DynamicContainer ed25519(TestReporter reporter) throws IOException {
        return run(reporter, "ed25519_test.json", group -> rawEd25519Key(group.get("publicKey").get("pk").asText()),
                (key, test) -> Signatures.verify(SignatureAlgorithm.ED25519, key, hex(test, "msg"), hex(test, "sig"), false));
    }

    private static DynamicContainer run(TestReporter reporter, String fileName, KeyReader keyReader, Check check) throws IOException {
        String relative = "vectors/wycheproof/" + fileName;
        Path file = ProjectPaths.root().resolve("..").resolve("shared").resolve(relative).normalize();
        if (!Files.exists(file)) {
            // Skipping inside a test, not in the factory, makes Surefire count and show the skip.
            return DynamicContainer.dynamicContainer(fileName, List.of(
                    DynamicTest.dynamicTest(fileName + " is absent", () -> ProjectPaths.shared(relative))));
        }
        JsonNode root = JSON.readTree(file.toFile());

        List<DynamicNode> tests = new ArrayList<>();
        Map<String, Integer> expected = new TreeMap<>();
        Map<String, Integer> outcomes = new ConcurrentSkipListMap<>();
        for (JsonNode group : root.get("testGroups")) {
            PublicKey key = readKeyOrNull(keyReader, group);
            for (JsonNode test : group.get("tests")) {
                String result = test.get("result").asText();
                expected.merge(result, 1, Integer::sum);
                String name = "tcId " + test.get("tcId").asInt() + " [" + result + "] " + test.get("comment").asText();
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    // A key that BouncyCastle refuses to import counts as a rejection of every case of its group.
                    Verification verification = key == null ? null : check.verify(key, test);
                    outcomes.merge(result + " -> " + (verification == null ? "key rejected" : verification), 1, Integer::sum);

                    if (result.equals("valid")) {
                        assertThat(verification).isEqualTo(Verification.VALID);
                    } else if (result.equals("invalid")) {
                        assertThat(verification).isNotEqualTo(Verification.VALID);
                    }
                }));
            }
        }
        int caseCount = tests.size();
        assertThat(caseCount).as("test cases in %s", fileName).isEqualTo(root.get("numberOfTests").asInt());

        String summary = fileName + ": " + caseCount + " cases " + expected;
        tests.add(DynamicTest.dynamicTest("outcomes of " + fileName, () -> {
            String report = summary + ", outcomes " + outcomes;
            reporter.publishEntry("wycheproof", report);
            // Surefire does not show report entries, so the counts also go to standard output.
            System.out.println("Wycheproof " + report);
            assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).as("cases run").isEqualTo(caseCount);
        }));
        return DynamicContainer.dynamicContainer(summary, tests);
    }

    private static PublicKey readKeyOrNull(KeyReader keyReader, JsonNode group) {
        try {
            return keyReader.read(group);
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static PublicKey derPublicKey(String derHex) throws GeneralSecurityException {
        return KeyFactory.getInstance("EC", BouncyCastle.PROVIDER).generatePublic(new X509EncodedKeySpec(Hex.decode(derHex)));
    }

    private static PublicKey uncompressedP256Key(String pointHex) throws GeneralSecurityException, IOException {
        SubjectPublicKeyInfo info = new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, SECObjectIdentifiers.secp256r1), Hex.decode(pointHex));
        return KeyFactory.getInstance("EC", BouncyCastle.PROVIDER).generatePublic(new X509EncodedKeySpec(info.getEncoded()));
    }

    private static PublicKey rawEd25519Key(String keyHex) throws GeneralSecurityException, IOException {
        SubjectPublicKeyInfo info = new SubjectPublicKeyInfo(new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519), Hex.decode(keyHex));
        return KeyFactory.getInstance("Ed25519", BouncyCastle.PROVIDER).generatePublic(new X509EncodedKeySpec(info.getEncoded()));
    }

    private static byte[] hex(JsonNode test, String field) {
        return Hex.decode(test.get(field).asText());
    }

    @FunctionalInterface
    private interface KeyReader {
        PublicKey read(JsonNode group) throws GeneralSecurityException, IOException;
    }

    @FunctionalInterface
    private interface Check {
        Verification verify(PublicKey key, JsonNode test);
    }
}
