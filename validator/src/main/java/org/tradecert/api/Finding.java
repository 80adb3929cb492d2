package org.tradecert.api;

import java.util.List;

/**
 * One result of a check, as typed data: the rule, its effective and original severity, where
 * it applies, the arguments of the rule's message, the expected and actual values and the
 * evidence. The text is rendered from the rule's message in the reader's language.
 */
public record Finding(
        String ruleId,
        Severity severity,
        Severity originalSeverity,
        Location location,
        List<String> arguments,
        String expected,
        String actual,
        List<Evidence> evidence) {

    public Finding {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public Finding withSeverity(Severity effective) {
        return new Finding(ruleId, effective, originalSeverity, location, arguments, expected, actual, evidence);
    }

    public Finding withLocation(Location newLocation) {
        return new Finding(ruleId, severity, originalSeverity, newLocation, arguments, expected, actual, evidence);
    }

    public boolean overridden() {
        return severity != originalSeverity;
    }
}
