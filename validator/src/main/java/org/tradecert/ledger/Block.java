package org.tradecert.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.crypto.Jcs;
import org.tradecert.crypto.JcsException;

import java.util.ArrayList;
import java.util.List;

/**
 * One block of the sandbox ledger as stored: its header, the stored hash and operator
 * signature, and its transactions, each an envelope with the statement digest and the
 * transaction id the ledger gave it.
 *
 * @param headerJson          the header exactly as stored, whose canonical form the hash must match
 * @param operatorSignature   BASE64URL of the operator's signature over the canonical header
 */
public record Block(BlockHeader header, JsonNode headerJson, String hash, String operatorAlgorithm, String operatorSignature,
                    List<Transaction> transactions) {

    /**
     * One anchored submission.
     *
     * @param envelope the envelope as submitted, without anchor
     */
    public record Transaction(String transactionId, String statementDigest, ObjectNode envelope) {
    }

    /** The canonical bytes of the header as stored (not as re-serialised), which the hash and signature cover. */
    public byte[] storedHeaderBytes() throws JcsException {
        return Jcs.canonicalize(headerJson);
    }

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set("header", headerJson);
        node.put("hash", hash);
        ObjectNode signature = node.putObject("operatorSignature");
        signature.put("alg", operatorAlgorithm);
        signature.put("value", operatorSignature);
        ArrayNode list = node.putArray("transactions");
        for (Transaction transaction : transactions) {
            ObjectNode entry = list.addObject();
            entry.put("transactionId", transaction.transactionId());
            entry.put("statementDigest", transaction.statementDigest());
            entry.set("envelope", transaction.envelope());
        }
        return node;
    }

    /** @throws IllegalArgumentException when the block is not of the ledger's format */
    public static Block fromJson(JsonNode node) {
        if (!node.isObject() || !node.path("header").isObject()) {
            throw new IllegalArgumentException("a block must be a JSON object with a header");
        }
        BlockHeader header = BlockHeader.fromJson(node.get("header"));
        List<Transaction> transactions = new ArrayList<>();
        for (JsonNode entry : node.path("transactions")) {
            if (!entry.path("envelope").isObject()) {
                throw new IllegalArgumentException("a transaction of block " + header.height() + " has no envelope");
            }
            transactions.add(new Transaction(entry.path("transactionId").asText(), entry.path("statementDigest").asText(),
                    (ObjectNode) entry.get("envelope")));
        }
        return new Block(header, node.get("header"), node.path("hash").asText(), node.path("operatorSignature").path("alg").asText(),
                node.path("operatorSignature").path("value").asText(), List.copyOf(transactions));
    }
}
