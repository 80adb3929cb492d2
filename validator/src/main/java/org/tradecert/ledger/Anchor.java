package org.tradecert.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the ledger recorded a submission: the transaction, the block and its place in the
 * chain, the RFC 9162 inclusion proof of the statement digest under the block's Merkle root,
 * and the ledger time, which is the trusted time certificates are checked at.
 */
public record Anchor(
        String chainId,
        String channel,
        String transactionId,
        String statementDigest,
        long blockHeight,
        String blockHash,
        String previousBlockHash,
        String merkleRoot,
        int leafIndex,
        int treeSize,
        List<String> inclusionProof,
        Instant ledgerTime) {

    public static final String LEDGER_FORMAT = "tradecert-ledger/1";

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("ledger", LEDGER_FORMAT);
        node.put("chainId", chainId);
        node.put("channel", channel);
        node.put("transactionId", transactionId);
        node.put("statementDigest", statementDigest);
        node.put("blockHeight", blockHeight);
        node.put("blockHash", blockHash);
        node.put("previousBlockHash", previousBlockHash);
        node.put("merkleRoot", merkleRoot);
        node.put("leafIndex", leafIndex);
        node.put("treeSize", treeSize);
        inclusionProof.forEach(node.putArray("inclusionProof")::add);
        node.put("ledgerTime", ledgerTime.toString());
        return node;
    }

    /** Reads an anchor that has passed the envelope schema; a malformed ledger time becomes the epoch and fails later checks. */
    public static Anchor fromJson(JsonNode node) {
        List<String> proof = new ArrayList<>();
        node.path("inclusionProof").forEach(p -> proof.add(p.asText()));
        Instant time;
        try {
            time = Instant.parse(node.path("ledgerTime").asText());
        } catch (java.time.format.DateTimeParseException e) {
            time = Instant.EPOCH;
        }
        return new Anchor(node.path("chainId").asText(), node.path("channel").asText(), node.path("transactionId").asText(),
                node.path("statementDigest").asText(), node.path("blockHeight").asLong(), node.path("blockHash").asText(),
                node.path("previousBlockHash").asText(), node.path("merkleRoot").asText(), node.path("leafIndex").asInt(),
                node.path("treeSize").asInt(), List.copyOf(proof), time);
    }
}
