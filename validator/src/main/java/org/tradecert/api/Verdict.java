package org.tradecert.api;

import java.util.Locale;

/** The overall conclusion about one input, or about a run: the worst of its inputs. */
public enum Verdict {
    CONFORMANT, INCOMPLETE, NON_CONFORMANT, INPUT_ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The more serious of two verdicts; an input error outranks everything. */
    public Verdict worse(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
