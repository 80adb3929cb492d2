package org.tradecert.conformance.certificate;

import org.tradecert.conformance.Text;

/** A certificate that cannot be signed or read; the text says why, in the conformance bundle. */
public final class CertificateException extends Exception {

    private final transient Text text;

    public CertificateException(Text text, Throwable cause) {
        super(text.toString(), cause);
        this.text = text;
    }

    public CertificateException(Text text) {
        this(text, null);
    }

    public Text text() {
        return text;
    }
}
