package org.tradecert.ledger;

import java.io.Closeable;
import java.util.Iterator;

/** The blocks of a ledger in height order, read one at a time so memory does not grow with the ledger. */
public interface BlockSource extends Closeable {

    LedgerConfig config();

    /** The network registry stored with the ledger, or null when the ledger has none. */
    byte[] registry();

    Iterator<StoredBlock> blocks();

    /** A label for messages: the ledger directory or the export file. */
    String label();
}
