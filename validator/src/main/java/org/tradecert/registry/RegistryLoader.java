package org.tradecert.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.ValidationMessage;
import org.tradecert.checkdigit.Lei;
import org.tradecert.checkdigit.Uscc;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.document.JsonSchemas;
import org.tradecert.json.SafeJson;
import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.schema.generate.ReleaseManifest;
import org.tradecert.schema.model.Bilingual;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a network registry: checks the file against the {@code tradecert-network/1} JSON
 * Schema, then the content the schema cannot check: identifier check digits (USCC, LEI),
 * certificates and CRLs that parse, CRLs signed by a trust anchor, document types that exist,
 * and no organisation listed twice.
 */
public final class RegistryLoader {

    public static final String SCHEMA_ID = "https://schemas.tradecert.org/network/tradecert-network-1.schema.json";

    private final JsonSchema schema;

    public RegistryLoader() {
        this.schema = new JsonSchemas().factory().getSchema(SchemaLocation.of(SCHEMA_ID),
                SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build());
    }

    public NetworkRegistry load(Path file) throws RegistryException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RegistryException(file.toString(), List.of("cannot be read: " + e.getMessage()));
        }
        return load(file.toString(), bytes);
    }

    public NetworkRegistry load(String name, byte[] bytes) throws RegistryException {
        JsonNode tree;
        try {
            tree = SafeJson.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new RegistryException(name, List.of("not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new RegistryException(name, List.of("cannot be read: " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(tree)) {
            problems.add(message.getInstanceLocation() + ": " + message.getMessage());
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new RegistryException(name, problems);
        }

        List<TrustAnchor> anchors = new ArrayList<>();
        int index = 0;
        for (JsonNode anchor : tree.path("trustAnchors")) {
            X509Certificate certificate = certificate(anchor.path("certificate").asText(), "/trustAnchors/" + index + "/certificate", problems);
            if (certificate != null) {
                anchors.add(new TrustAnchor(certificate, null));
            }
            index++;
        }
        X509Certificate operator = certificate(tree.path("ledgerOperator").path("certificate").asText(), "/ledgerOperator/certificate", problems);
        List<X509CRL> crls = crls(tree, anchors, problems);
        List<Participant> participants = participants(tree, problems);
        Policy policy = policy(tree.path("policy"), problems);

        if (!problems.isEmpty()) {
            throw new RegistryException(name, problems);
        }
        JsonNode network = tree.path("network");
        return new NetworkRegistry(network.path("chainId").asText(), network.path("channel").asText(),
                new Bilingual(network.path("name").path("en").asText(), network.path("name").path("zh").asText()),
                network.path("demo").asBoolean(false), policy, List.copyOf(anchors), List.copyOf(crls), List.copyOf(participants),
                operator, ReleaseManifest.sha256(bytes));
    }

    private static List<X509CRL> crls(JsonNode tree, List<TrustAnchor> anchors, List<String> problems) {
        List<X509CRL> crls = new ArrayList<>();
        int index = 0;
        for (JsonNode pem : tree.path("crls")) {
            String where = "/crls/" + index++;
            try {
                X509CRL crl = Pem.crl(pem.asText());
                boolean signed = false;
                for (TrustAnchor anchor : anchors) {
                    if (anchor.getTrustedCert().getSubjectX500Principal().equals(crl.getIssuerX500Principal())) {
                        crl.verify(anchor.getTrustedCert().getPublicKey(), BouncyCastle.PROVIDER);
                        signed = true;
                    }
                }
                if (!signed) {
                    problems.add(where + ": CRL issued by " + crl.getIssuerX500Principal() + ", which is not a trust anchor");
                }
                crls.add(crl);
            } catch (GeneralSecurityException e) {
                problems.add(where + ": CRL cannot be read or its signature is invalid: " + e.getMessage());
            }
        }
        return crls;
    }

    private static List<Participant> participants(JsonNode tree, List<String> problems) {
        List<Participant> participants = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int index = 0;
        for (JsonNode node : tree.path("participants")) {
            String where = "/participants/" + index++;
            String orgId = node.path("orgId").asText();
            String scheme = node.path("orgIdScheme").asText();
            if (!seen.add(orgId)) {
                problems.add(where + "/orgId: " + orgId + " is listed twice");
            }
            if ("USCC".equals(scheme) && !Uscc.isValid(orgId)) {
                problems.add(where + "/orgId: " + orgId + " is not a valid Unified Social Credit Code (check character wrong or invalid characters)");
            }
            if ("LEI".equals(scheme) && !Lei.isValid(orgId)) {
                problems.add(where + "/orgId: " + orgId + " is not a valid LEI (ISO 17442 check digits fail)");
            }
            Set<String> roles = new LinkedHashSet<>();
            node.path("roles").forEach(role -> roles.add(role.asText()));
            List<X509Certificate> certificates = new ArrayList<>();
            int c = 0;
            for (JsonNode pem : node.path("certificates")) {
                X509Certificate certificate = certificate(pem.asText(), where + "/certificates/" + c++, problems);
                if (certificate != null) {
                    certificates.add(certificate);
                }
            }
            participants.add(new Participant(orgId, scheme,
                    new Bilingual(node.path("name").path("en").asText(), node.path("name").path("zh").asText()),
                    Set.copyOf(roles), List.copyOf(certificates)));
        }
        return participants;
    }

    private static Policy policy(JsonNode node, List<String> problems) {
        Set<SignatureAlgorithm> signatures = new LinkedHashSet<>();
        node.path("signatureAlgorithms").forEach(a -> SignatureAlgorithm.byJwsName(a.asText()).ifPresent(signatures::add));
        Set<DigestAlgorithm> digests = new LinkedHashSet<>();
        node.path("digestAlgorithms").forEach(a -> DigestAlgorithm.byName(a.asText()).ifPresent(digests::add));
        DigestAlgorithm statementDigest = DigestAlgorithm.byName(node.path("statementDigestAlgorithm").asText()).orElse(DigestAlgorithm.SM3);
        Map<String, Set<String>> documentTypes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.path("documentTypes").properties()) {
            if (SchemaCatalog.bundled().current(entry.getKey()).isEmpty()) {
                problems.add("/policy/documentTypes/" + entry.getKey() + ": not a document type of the standard");
            }
            Set<String> roles = new LinkedHashSet<>();
            entry.getValue().forEach(role -> roles.add(role.asText()));
            documentTypes.put(entry.getKey(), Set.copyOf(roles));
        }
        return new Policy(Set.copyOf(signatures), Set.copyOf(digests), statementDigest,
                Duration.ofSeconds(node.path("maxClockSkewSeconds").asLong()),
                Duration.ofSeconds(node.path("maxSubmissionAgeSeconds").asLong()),
                node.path("requireLowS").asBoolean(true), Map.copyOf(documentTypes));
    }

    private static X509Certificate certificate(String pem, String where, List<String> problems) {
        try {
            return Pem.certificate(pem);
        } catch (GeneralSecurityException e) {
            problems.add(where + ": certificate cannot be read: " + e.getMessage());
            return null;
        }
    }
}
