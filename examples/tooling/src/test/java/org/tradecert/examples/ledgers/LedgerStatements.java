package org.tradecert.examples.ledgers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tradecert.envelope.DocumentSigning;
import org.tradecert.envelope.SigningException;
import org.tradecert.envelope.Statement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the signed statements of a sandbox ledger's blocks, in block order. */
final class LedgerStatements {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LedgerStatements() {
    }

    /** Returns the statements of one block file, in their order in the block. */
    static List<Statement> read(Path block) throws IOException {
        List<Statement> statements = new ArrayList<>();
        for (JsonNode transaction : JSON.readTree(block.toFile()).path("transactions")) {
            try {
                statements.add(DocumentSigning.statementOf(transaction.path("envelope")));
            } catch (SigningException e) {
                throw new IOException(block + " holds an envelope whose statement cannot be read: " + e.getMessage(), e);
            }
        }
        return statements;
    }

    /** Returns the statements of every block of a ledger folder. */
    static List<Statement> ofLedger(Path ledger) throws IOException {
        List<Statement> statements = new ArrayList<>();
        try (Stream<Path> blocks = Files.list(ledger.resolve("blocks"))) {
            for (Path block : blocks.sorted().toList()) {
                statements.addAll(read(block));
            }
        }
        return statements;
    }

    /** Describes a statement by what the shipment plan fixes: type, number, version, role and the documents it references. */
    static String plan(Statement statement) {
        List<String> references = statement.references().stream().map(reference -> reference.docType() + " " + reference.docId()).toList();
        return statement.docType() + " " + statement.docId() + " v" + statement.docVersion() + " by " + statement.submitterRole()
                + " -> " + references;
    }
}
