package org.tradecert.envelope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.ValidationMessage;
import org.tradecert.api.Finding;
import org.tradecert.api.Location;
import org.tradecert.crypto.Jcs;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.document.JsonSchemas;
import org.tradecert.json.SafeJson;
import org.tradecert.ledger.Anchor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads an envelope and checks its structure (layer 2): strict JSON, the envelope schema, the
 * protected headers, and a statement that is exactly its own RFC 8785 canonical form and
 * matches the statement schema. Cryptography and policy are checked later by
 * {@link SubmissionVerifier}; a reader never trusts what it reads here.
 */
public final class EnvelopeReader {

    /** Header parameters this verifier understands; any other name in {@code crit} is rejected (RFC 7515 section 4.1.11). */
    static final Set<String> UNDERSTOOD_CRITICAL = Set.of();

    /** Deepest JSON nesting in an envelope; the format needs far less. */
    static final int MAX_DEPTH = 16;

    public static final String SCHEMA_ID = "https://schemas.tradecert.org/envelope/tradecert-envelope-1.schema.json";

    private static final ObjectMapper STRICT = SafeJson.mapper(MAX_DEPTH);

    private final JsonSchema envelopeSchema;
    private final JsonSchema statementSchema;
    private final JsonSchema headerSchema;

    public EnvelopeReader() {
        var factory = new JsonSchemas().factory();
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        this.envelopeSchema = factory.getSchema(SchemaLocation.of(SCHEMA_ID), config);
        this.statementSchema = factory.getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/statement"), config);
        this.headerSchema = factory.getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/protectedHeader"), config);
    }

    /** The envelope, when its structure allows reading it, and the structural findings. */
    public record Result(Envelope envelope, List<Finding> findings) {
    }

    /**
     * @param detachedDocument supplies the document bytes when the envelope does not embed them; may return null
     */
    public Result read(byte[] bytes, String name, Supplier<byte[]> detachedDocument) {
        List<Finding> findings = new ArrayList<>();
        Location file = Location.ofFile(name);

        JsonNode tree;
        try {
            tree = STRICT.readTree(bytes);
        } catch (JsonProcessingException e) {
            findings.add(EnvelopeRules.JSON.finding(location(name, e), e.getOriginalMessage()));
            return new Result(null, findings);
        } catch (IOException e) {
            findings.add(EnvelopeRules.JSON.finding(file, e.getMessage()));
            return new Result(null, findings);
        } catch (NumberFormatException e) {
            // A decimal exponent beyond the int range (1e99999999999) fails as the tree is built, unwrapped by Jackson.
            findings.add(EnvelopeRules.JSON.finding(file, e.getMessage()));
            return new Result(null, findings);
        }
        if (tree == null || !tree.isObject()) {
            findings.add(EnvelopeRules.JSON.finding(file, "the envelope is not a JSON object"));
            return new Result(null, findings);
        }
        if (schemaViolations(envelopeSchema, tree, name, "", EnvelopeRules.STRUCTURE, findings)) {
            return new Result(null, findings);
        }

        String payload = tree.path("payload").asText();
        byte[] statementBytes = decodeUrl(payload);
        if (statementBytes == null) {
            findings.add(EnvelopeRules.STRUCTURE.finding(pointer(name, "/payload"), "the payload is not base64url without padding"));
            return new Result(null, findings);
        }
        Statement statement = statement(statementBytes, name, findings);

        List<Envelope.SignatureEntry> signatures = new ArrayList<>();
        int index = 0;
        for (JsonNode signature : tree.path("signatures")) {
            Envelope.SignatureEntry entry = signature(signature, name, "/signatures/" + index++, findings);
            if (entry != null) {
                signatures.add(entry);
            }
        }

        byte[] document = null;
        String mediaType = null;
        JsonNode embedded = tree.get("document");
        if (embedded != null) {
            mediaType = embedded.path("mediaType").asText();
            try {
                document = Base64.getDecoder().decode(embedded.path("content").asText());
            } catch (IllegalArgumentException e) {
                findings.add(EnvelopeRules.STRUCTURE.finding(pointer(name, "/document/content"), "the embedded document is not valid base64"));
            }
        } else if (detachedDocument != null) {
            document = detachedDocument.get();
        }
        Anchor anchor = tree.has("anchor") ? Anchor.fromJson(tree.get("anchor")) : null;

        if (statement == null || signatures.size() != tree.path("signatures").size()) {
            return new Result(null, findings);
        }
        if (mediaType != null && !mediaType.equals(statement.mediaType())) {
            findings.add(EnvelopeRules.MEDIA_TYPE.mismatch(pointer(name, "/document/mediaType"), statement.mediaType(), mediaType));
        }
        Envelope envelope = new Envelope(name, payload, statementBytes, statement, List.copyOf(signatures), document, mediaType, anchor);
        List<Finding> located = findings.stream().map(f -> f.withLocation(f.location().withSubmission(statement.submissionId()))).toList();
        return new Result(envelope, located);
    }

    private Statement statement(byte[] bytes, String name, List<Finding> findings) {
        JsonNode tree;
        try {
            tree = STRICT.readTree(bytes);
        } catch (IOException e) {
            findings.add(EnvelopeRules.CANONICAL.finding(pointer(name, "/payload"), "the statement is not strict JSON: " + rootMessage(e)));
            return null;
        } catch (NumberFormatException e) {
            findings.add(EnvelopeRules.CANONICAL.finding(pointer(name, "/payload"), "the statement is not strict JSON: " + e.getMessage()));
            return null;
        }
        if (!Jcs.isCanonical(bytes)) {
            findings.add(EnvelopeRules.CANONICAL.finding(pointer(name, "/payload"), "member order, white space, escapes or number form differ from RFC 8785"));
            return null;
        }
        if (schemaViolations(statementSchema, tree, name, "/payload", EnvelopeRules.STATEMENT, findings)) {
            return null;
        }
        if (!Statement.PROFILE.equals(tree.path("profile").asText())) {
            findings.add(EnvelopeRules.PROFILE.mismatch(pointer(name, "/payload"), Statement.PROFILE, tree.path("profile").asText()));
            return null;
        }
        try {
            return StatementCodec.fromJson(tree);
        } catch (IllegalArgumentException e) {
            findings.add(EnvelopeRules.STATEMENT.finding(pointer(name, "/payload"), e.getMessage()));
            return null;
        }
    }

    private Envelope.SignatureEntry signature(JsonNode node, String name, String where, List<Finding> findings) {
        String protectedB64 = node.path("protected").asText();
        byte[] headerBytes = decodeUrl(protectedB64);
        byte[] value = decodeUrl(node.path("signature").asText());
        if (headerBytes == null || value == null) {
            findings.add(EnvelopeRules.HEADER.finding(pointer(name, where), "the protected header or signature is not base64url without padding"));
            return null;
        }
        JsonNode header;
        try {
            header = STRICT.readTree(headerBytes);
        } catch (IOException e) {
            findings.add(EnvelopeRules.HEADER.finding(pointer(name, where + "/protected"), "the protected header is not strict JSON: " + rootMessage(e)));
            return null;
        } catch (NumberFormatException e) {
            findings.add(EnvelopeRules.HEADER.finding(pointer(name, where + "/protected"), "the protected header is not strict JSON: " + e.getMessage()));
            return null;
        }
        if (header == null || !header.isObject()) {
            findings.add(EnvelopeRules.HEADER.finding(pointer(name, where + "/protected"), "the protected header is not a JSON object"));
            return null;
        }
        List<String> crit = new ArrayList<>();
        header.path("crit").forEach(c -> crit.add(c.asText()));
        for (String parameter : crit) {
            if (!UNDERSTOOD_CRITICAL.contains(parameter)) {
                findings.add(EnvelopeRules.CRIT.finding(pointer(name, where + "/protected"), parameter));
                return null;
            }
        }
        String algorithm = header.path("alg").isTextual() ? header.path("alg").asText() : null;
        if (algorithm != null && SignatureAlgorithm.byJwsName(algorithm).isEmpty()) {
            findings.add(EnvelopeRules.ALGORITHM.finding(pointer(name, where + "/protected"), algorithm));
            return null;
        }
        List<Finding> headerFindings = new ArrayList<>();
        if (schemaViolations(headerSchema, header, name, where + "/protected", EnvelopeRules.HEADER, headerFindings)) {
            findings.addAll(headerFindings);
            return null;
        }
        List<String> x5c = new ArrayList<>();
        header.path("x5c").forEach(c -> x5c.add(c.asText()));
        return new Envelope.SignatureEntry(protectedB64, algorithm, List.copyOf(x5c), List.copyOf(crit), value, node.path("signature").asText());
    }

    private static boolean schemaViolations(JsonSchema schema, JsonNode tree, String name, String base,
                                            org.tradecert.rules.RuleDefinition rule, List<Finding> findings) {
        var messages = new ArrayList<>(schema.validate(tree));
        messages.sort(java.util.Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString()).thenComparing(ValidationMessage::getMessage));
        for (ValidationMessage message : messages) {
            findings.add(rule.finding(pointer(name, base + message.getInstanceLocation()), message.getMessage()));
        }
        return !messages.isEmpty();
    }

    /** Decodes BASE64URL without padding, as JWS writes it; returns null for anything else. */
    static byte[] decodeUrl(String text) {
        if (text == null || text.isEmpty() || text.contains("=")) {
            return text != null && text.isEmpty() ? new byte[0] : null;
        }
        try {
            return Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Location pointer(String name, String pointer) {
        return new Location(name, null, null, null, null, pointer);
    }

    private static Location location(String name, JsonProcessingException e) {
        if (e.getLocation() == null) {
            return Location.ofFile(name);
        }
        return new Location(name, null, null, e.getLocation().getLineNr(), e.getLocation().getColumnNr(), null);
    }

    private static String rootMessage(IOException e) {
        return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    }
}
