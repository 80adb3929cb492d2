package org.tradecert.api;

import java.util.Locale;

/** How serious a finding is; {@code FATAL} and {@code ERROR} make a submission non-conformant. */
public enum Severity {
    FATAL, ERROR, WARNING, INFO;

    /** True when this severity is at least as serious as the threshold. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
