package org.tradecert.engine;

import java.nio.file.Path;

/**
 * One thing to validate. Files are read when their turn comes, not when the input is listed,
 * so a run over a large directory or ledger holds only the documents being worked on.
 */
public sealed interface Input {

    /** The name reports use: the path as given, or a label. */
    String name();

    /** A file holding a document or an envelope; which of the two is told from its content. */
    record File(Path path, String name) implements Input {
    }

    /** Bytes already in memory, for example standard input or an HTTP request body. */
    record Bytes(byte[] content, String name) implements Input {
    }

    /** A sandbox ledger directory: its chain is verified and every submission on it is validated. */
    record Ledger(Path directory, String name) implements Input {
    }

    /** A ledger export file ({@code tradecert-ledger-export/1}), checked like the ledger it came from. */
    record LedgerExportFile(Path file, String name) implements Input {
    }

    /**
     * An input that cannot be used as given: it does not exist, cannot be listed or is not a
     * regular file. It still gets a result, so N inputs give N results.
     *
     * @param rule   the input rule that says why
     * @param detail the system's words, for an I/O failure; else null
     */
    record Unusable(String name, org.tradecert.rules.RuleDefinition rule, String detail) implements Input {
    }
}
