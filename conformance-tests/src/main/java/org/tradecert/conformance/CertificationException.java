package org.tradecert.conformance;

/**
 * A certification that cannot run: the request is wrong ({@link Kind#USAGE}), the suite, rule
 * pack or network registry is unusable ({@link Kind#CONFIGURATION}), or the submissions cannot be
 * read or hold nothing of the participant ({@link Kind#INPUT}).
 */
public final class CertificationException extends Exception {

    /** What went wrong, which decides the exit code of the command. */
    public enum Kind {
        USAGE, CONFIGURATION, INPUT
    }

    private final Kind kind;
    private final transient java.util.List<Text> texts;

    public CertificationException(Kind kind, java.util.List<Text> texts, Throwable cause) {
        super(texts.toString(), cause);
        this.kind = kind;
        this.texts = java.util.List.copyOf(texts);
    }

    public CertificationException(Kind kind, Text text) {
        this(kind, java.util.List.of(text), null);
    }

    public Kind kind() {
        return kind;
    }

    /** The problems, each a text of the conformance bundle. */
    public java.util.List<Text> texts() {
        return texts;
    }
}
