package org.tradecert.envelope;

import java.util.List;

/**
 * Raised when a document cannot be signed; carries a message key of the library bundle and
 * its arguments, so each channel words it in the user's language.
 */
public class SigningException extends Exception {

    private final String messageKey;
    private final List<String> arguments;

    public SigningException(String messageKey, Object... arguments) {
        super(messageKey + " " + java.util.Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> arguments() {
        return arguments;
    }
}
