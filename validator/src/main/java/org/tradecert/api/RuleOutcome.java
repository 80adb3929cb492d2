package org.tradecert.api;

import java.util.List;
import java.util.Locale;

/**
 * What one rule concluded about one document: it held, it failed (its findings say where), it
 * had nothing to check, or it broke while checking. Reports list the outcomes so a reader sees
 * which rules ran, not only which failed.
 *
 * @param reasonKey       for {@code NOT_APPLICABLE} and {@code ERROR}, the message key of the reason; else null
 * @param reasonArguments the arguments of that message
 */
public record RuleOutcome(String ruleId, Status status, String reasonKey, List<String> reasonArguments) {

    public RuleOutcome {
        reasonArguments = reasonArguments == null ? List.of() : List.copyOf(reasonArguments);
    }

    public static RuleOutcome of(String ruleId, Status status) {
        return new RuleOutcome(ruleId, status, null, List.of());
    }

    public enum Status {
        PASSED, FAILED, NOT_APPLICABLE, ERROR;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
