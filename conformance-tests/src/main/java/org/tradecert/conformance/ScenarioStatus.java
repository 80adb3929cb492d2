package org.tradecert.conformance;

import java.util.Locale;

/**
 * The result of one scenario for one participant. {@code NOT_APPLICABLE} means the participant
 * made no submission of the kind the scenario is about, which is not a pass; {@code ERROR}
 * means the scenario could not reach a result, for example because a layer could not run.
 */
public enum ScenarioStatus {
    PASSED, FAILED, NOT_APPLICABLE, ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The result that decides when two combine: failed, then error, then passed, then not applicable. */
    public ScenarioStatus combine(ScenarioStatus other) {
        return rank(other) > rank(this) ? other : this;
    }

    private static int rank(ScenarioStatus status) {
        return switch (status) {
            case NOT_APPLICABLE -> 0;
            case PASSED -> 1;
            case ERROR -> 2;
            case FAILED -> 3;
        };
    }
}
