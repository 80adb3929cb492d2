package org.tradecert.crypto;

/** Raised when a key cannot be read or used. The message names the problem and how to fix it. */
public class KeyException extends Exception {

    public KeyException(String message) {
        super(message);
    }

    public KeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
