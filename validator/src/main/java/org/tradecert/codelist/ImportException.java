package org.tradecert.codelist;

/** Raised when an official code-list distribution cannot be read; the message names the file and line. */
public class ImportException extends Exception {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
