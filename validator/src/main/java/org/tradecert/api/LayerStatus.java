package org.tradecert.api;

import java.util.Locale;

/**
 * What became of one layer for one document. {@code SKIPPED} means an earlier layer failed so
 * badly that this one could not run on trustworthy data; {@code NOT_APPLICABLE} means the layer
 * has nothing to check for this input (a raw document has no envelope); {@code ERROR} means the
 * layer itself failed, which never counts as valid.
 */
public enum LayerStatus {
    VALID, INVALID, SKIPPED, NOT_APPLICABLE, ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True when the layer did not reach a verdict, so the run is incomplete (exit code 5). */
    public boolean incomplete() {
        return this == SKIPPED || this == ERROR;
    }
}
