package org.tradecert.schema.diff;

import java.util.Set;

/**
 * One change found in one syntax, before the two syntaxes are paired.
 *
 * @param component the component key (aggregate, data type or {@code codelist:ID}); {@code (module)} for schema-level facts
 * @param member    the member key inside the component, or null for the component itself
 * @param detail    what exactly changed: a facet name, a code value, a renamed member
 * @param decided   false when the class could not be decided and is BREAK by default
 */
public record SyntaxChange(
        Syntax syntax,
        ChangeKind kind,
        ChangeClass changeClass,
        boolean decided,
        String component,
        String member,
        String detail,
        String oldValue,
        String newValue,
        String file,
        int line,
        String declaration,
        Set<Modifier> modifiers) {

    /** What must match for an XML Schema change and a JSON Schema change to be the same change. */
    String pairingKey() {
        return family() + "|" + component + "|" + (member == null ? "" : member) + "|" + (detail == null ? "" : detail);
    }

    private String family() {
        return switch (kind) {
            case SD101, SD102, SD103, SD104 -> "membership";
            case SD201, SD202 -> "min";
            case SD203, SD204 -> "max";
            case SD205, SD206 -> "null";
            case SD301, SD302, SD303 -> "type";
            case SD304, SD305 -> "facet";
            case SD401, SD402 -> "enum";
            case SD501, SD502 -> "choice";
            case SD601, SD602 -> "wildcard";
            default -> kind.name();
        };
    }
}
