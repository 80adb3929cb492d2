package org.tradecert.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.crypto.Jcs;
import org.tradecert.crypto.JcsException;

import java.time.Instant;

/**
 * The part of a block that its hash and the operator's signature cover: height, previous
 * block hash, ledger time and the RFC 9162 Merkle root over the statement digests of its
 * transactions. Hashes are computed over the RFC 8785 form of this header, so every field is
 * bound without ambiguity.
 */
public record BlockHeader(String chainId, String channel, long height, String previousHash, Instant time, String merkleRoot,
                          int transactionCount, DigestAlgorithm digestAlgorithm) {

    /** The previous-hash of block 0: no block precedes it. */
    public static final String NO_PREVIOUS = "0".repeat(64);

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("format", Anchor.LEDGER_FORMAT);
        node.put("chainId", chainId);
        node.put("channel", channel);
        node.put("height", height);
        node.put("previousHash", previousHash);
        node.put("time", time.toString());
        node.put("merkleRoot", merkleRoot);
        node.put("transactionCount", transactionCount);
        node.put("digestAlgorithm", digestAlgorithm.jwsName());
        return node;
    }

    public byte[] canonical() {
        try {
            return Jcs.canonicalize(toJson());
        } catch (JcsException e) {
            throw new IllegalStateException("a block header of strings and small integers cannot fail canonicalisation", e);
        }
    }

    public String hash() {
        return digestAlgorithm.hex(canonical());
    }

    /**
     * Reads a header as stored; the canonical bytes of the stored JSON, not of this record, are
     * what the stored hash must match, so {@link Block} keeps both.
     *
     * @throws IllegalArgumentException when a field is missing or malformed
     */
    public static BlockHeader fromJson(JsonNode node) {
        if (!Anchor.LEDGER_FORMAT.equals(node.path("format").asText())) {
            throw new IllegalArgumentException("block header format is '" + node.path("format").asText() + "', not " + Anchor.LEDGER_FORMAT);
        }
        DigestAlgorithm algorithm = DigestAlgorithm.byName(node.path("digestAlgorithm").asText())
                .orElseThrow(() -> new IllegalArgumentException("unknown digest algorithm '" + node.path("digestAlgorithm").asText() + "'"));
        for (String field : new String[] {"chainId", "channel", "height", "previousHash", "time", "merkleRoot", "transactionCount"}) {
            if (!node.hasNonNull(field)) {
                throw new IllegalArgumentException("block header has no " + field);
            }
        }
        Instant time;
        try {
            time = Instant.parse(node.path("time").asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("block time '" + node.path("time").asText() + "' is not an RFC 3339 UTC time", e);
        }
        return new BlockHeader(node.path("chainId").asText(), node.path("channel").asText(), node.path("height").asLong(),
                node.path("previousHash").asText(), time, node.path("merkleRoot").asText(), node.path("transactionCount").asInt(),
                algorithm);
    }
}
