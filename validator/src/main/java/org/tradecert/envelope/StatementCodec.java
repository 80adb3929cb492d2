package org.tradecert.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.crypto.Jcs;
import org.tradecert.crypto.JcsException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Writes a statement as RFC 8785 canonical JSON and reads one back from a parsed tree. */
public final class StatementCodec {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private StatementCodec() {
    }

    public static ObjectNode toJson(Statement statement) {
        ObjectNode node = JSON.objectNode();
        node.put("profile", statement.profile());
        node.put("submissionId", statement.submissionId());
        node.put("nonce", statement.nonce());
        node.put("createdAt", statement.createdAt().toString());
        ObjectNode network = node.putObject("network");
        network.put("chainId", statement.chainId());
        network.put("channel", statement.channel());
        node.put("docType", statement.docType());
        node.put("docId", statement.docId());
        node.put("docVersion", statement.docVersion());
        if (statement.supersedes() == null) {
            node.putNull("supersedes");
        } else {
            node.put("supersedes", statement.supersedes());
        }
        node.put("schemaId", statement.schemaId());
        node.put("mediaType", statement.mediaType());
        node.put("payloadLength", statement.payloadLength());
        ObjectNode digest = node.putObject("payloadDigest");
        digest.put("alg", statement.payloadDigestAlgorithm());
        digest.put("value", statement.payloadDigest());
        ObjectNode submitter = node.putObject("submitter");
        submitter.put("orgId", statement.submitterOrgId());
        submitter.put("orgIdScheme", statement.submitterOrgIdScheme());
        submitter.put("role", statement.submitterRole());
        ArrayNode references = node.putArray("references");
        for (Statement.Reference reference : statement.references()) {
            ObjectNode entry = references.addObject();
            entry.put("docType", reference.docType());
            entry.put("docId", reference.docId());
            entry.put("statementDigest", reference.statementDigest());
        }
        return node;
    }

    public static byte[] canonical(Statement statement) {
        try {
            return Jcs.canonicalize(toJson(statement));
        } catch (JcsException e) {
            throw new IllegalStateException("a statement built by tradecert is not canonicalisable", e);
        }
    }

    /**
     * Reads a statement that has passed the statement JSON Schema.
     *
     * @throws IllegalArgumentException when a value has the right JSON type but not the right form
     */
    public static Statement fromJson(JsonNode node) {
        List<Statement.Reference> references = new ArrayList<>();
        for (JsonNode entry : node.path("references")) {
            references.add(new Statement.Reference(entry.path("docType").asText(), entry.path("docId").asText(),
                    entry.path("statementDigest").asText()));
        }
        Instant createdAt;
        try {
            createdAt = Instant.parse(node.path("createdAt").asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("createdAt '" + node.path("createdAt").asText() + "' is not an RFC 3339 UTC time", e);
        }
        JsonNode supersedes = node.path("supersedes");
        return new Statement(
                node.path("profile").asText(),
                node.path("submissionId").asText(),
                node.path("nonce").asText(),
                createdAt,
                node.path("network").path("chainId").asText(),
                node.path("network").path("channel").asText(),
                node.path("docType").asText(),
                node.path("docId").asText(),
                node.path("docVersion").asInt(),
                supersedes.isNull() || supersedes.isMissingNode() ? null : supersedes.asText(),
                node.path("schemaId").asText(),
                node.path("mediaType").asText(),
                node.path("payloadLength").asLong(),
                node.path("payloadDigest").path("alg").asText(),
                node.path("payloadDigest").path("value").asText(),
                node.path("submitter").path("orgId").asText(),
                node.path("submitter").path("orgIdScheme").asText(),
                node.path("submitter").path("role").asText(),
                references);
    }
}
