package org.tradecert.ledger;

/** Raised when a ledger cannot be opened, read or appended to; the message says which file and why. */
public class LedgerException extends Exception {

    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
