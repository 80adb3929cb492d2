package org.tradecert.crypto;

/** Raised when a JSON value has no RFC 8785 canonical form; the message names the value. */
public class JcsException extends Exception {

    public JcsException(String message) {
        super(message);
    }
}
