package org.tradecert.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.crypto.DigestAlgorithm;

import java.time.Instant;

/** The identity of a sandbox ledger, kept in its {@code ledger.json}: network, channel, digest algorithm and creation time. */
public record LedgerConfig(String chainId, String channel, DigestAlgorithm digestAlgorithm, Instant created) {

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("format", Anchor.LEDGER_FORMAT);
        node.put("chainId", chainId);
        node.put("channel", channel);
        node.put("digestAlgorithm", digestAlgorithm.jwsName());
        node.put("created", created.toString());
        return node;
    }

    /** @throws IllegalArgumentException when the file is not a sandbox ledger's configuration */
    public static LedgerConfig fromJson(JsonNode node) {
        if (!Anchor.LEDGER_FORMAT.equals(node.path("format").asText())) {
            throw new IllegalArgumentException("not a " + Anchor.LEDGER_FORMAT + " ledger configuration");
        }
        DigestAlgorithm algorithm = DigestAlgorithm.byName(node.path("digestAlgorithm").asText())
                .orElseThrow(() -> new IllegalArgumentException("unknown digest algorithm '" + node.path("digestAlgorithm").asText() + "'"));
        return new LedgerConfig(node.path("chainId").asText(), node.path("channel").asText(), algorithm,
                Instant.parse(node.path("created").asText()));
    }
}
