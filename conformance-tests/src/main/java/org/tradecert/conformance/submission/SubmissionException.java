package org.tradecert.conformance.submission;

import org.tradecert.conformance.Text;

/**
 * Submissions that cannot be read as given. {@code configuration} is true when the network
 * registry is missing or invalid, false for a path that cannot be read.
 */
public final class SubmissionException extends Exception {

    private final transient Text text;
    private final boolean configuration;

    public SubmissionException(Text text, boolean configuration, Throwable cause) {
        super(text.toString(), cause);
        this.text = text;
        this.configuration = configuration;
    }

    public Text text() {
        return text;
    }

    public boolean configuration() {
        return configuration;
    }
}
