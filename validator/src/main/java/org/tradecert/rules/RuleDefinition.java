package org.tradecert.rules;

import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.Location;
import org.tradecert.api.Severity;

import java.util.Arrays;
import java.util.List;

/**
 * The catalogue entry of a check: stable id, layer, default severity, the document types it
 * applies to (empty for all) and where the requirement comes from. Its message and description
 * live in the message bundles under {@code rule.<id>.message} and {@code rule.<id>.description}.
 */
public record RuleDefinition(String id, Layer layer, Severity severity, List<String> documentTypes, String source) {

    public static RuleDefinition of(String id, Layer layer, Severity severity, String source, String... documentTypes) {
        return new RuleDefinition(id, layer, severity, List.of(documentTypes), source);
    }

    public String messageKey() {
        return "rule." + id + ".message";
    }

    public String descriptionKey() {
        return "rule." + id + ".description";
    }

    public boolean appliesTo(String documentType) {
        return documentTypes.isEmpty() || documentTypes.contains(documentType);
    }

    /** A finding of this rule at its default severity. */
    public Finding finding(Location location, Object... arguments) {
        return new Finding(id, severity, severity, location, strings(arguments), null, null, List.of());
    }

    /**
     * A finding of this rule that compares an expected with an actual value. The message sees
     * the expected value as argument {0}, the actual value as {1} and the further arguments from {2} on.
     */
    public Finding mismatch(Location location, String expected, String actual, Object... arguments) {
        Object[] all = new Object[arguments.length + 2];
        all[0] = expected;
        all[1] = actual;
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return new Finding(id, severity, severity, location, strings(all), expected, actual, List.of());
    }

    static List<String> strings(Object[] arguments) {
        return Arrays.stream(arguments).map(String::valueOf).toList();
    }
}
