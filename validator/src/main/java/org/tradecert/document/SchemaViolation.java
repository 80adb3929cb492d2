package org.tradecert.document;

import org.tradecert.api.Location;
import org.tradecert.rules.RuleDefinition;

/**
 * One way a document breaks its XML Schema or JSON Schema: the kind of fault as a rule of
 * {@link SchemaRules}, the message (the validator's, rewritten in plain words by {@link SchemaMessages}
 * where its form is known), and where.
 */
public record SchemaViolation(RuleDefinition rule, String message, Location location) {

    /** The kind of fault behind an XML Schema error, read from the constraint code Xerces puts first in every language. */
    public static RuleDefinition ofXsd(String message) {
        String code = message == null ? "" : message.substring(0, Math.max(0, message.indexOf(':')));
        if (code.startsWith("cvc-enumeration-valid")) {
            return SchemaRules.CODE_VALUE;
        }
        if (code.startsWith("cvc-complex-type") || code.startsWith("cvc-elt") || code.startsWith("cvc-identity-constraint")) {
            return SchemaRules.STRUCTURE;
        }
        if (code.startsWith("cvc-pattern-valid") || code.startsWith("cvc-datatype-valid") || code.startsWith("cvc-type")
                || code.startsWith("cvc-attribute") || code.startsWith("cvc-minLength") || code.startsWith("cvc-maxLength")
                || code.startsWith("cvc-length") || code.startsWith("cvc-totalDigits") || code.startsWith("cvc-fractionDigits")
                || code.startsWith("cvc-minInclusive") || code.startsWith("cvc-maxInclusive") || code.startsWith("cvc-minExclusive")
                || code.startsWith("cvc-maxExclusive")) {
            return SchemaRules.VALUE_FORM;
        }
        return SchemaRules.VIOLATION;
    }

    /**
     * True for the follow-up errors Xerces raises after a facet error on the same value (the
     * value is then also "not valid for its type"); they say nothing new and would make an XML
     * document report more kinds of fault than its JSON twin.
     */
    public static boolean xsdConsequence(String message) {
        return message != null && (message.startsWith("cvc-type.3.1.3") || message.startsWith("cvc-attribute.3")
                || message.startsWith("cvc-complex-type.2.2") || message.startsWith("cvc-elt.5.2.1"));
    }

    /** The kind of fault behind a JSON Schema error, from the keyword that failed. */
    public static RuleDefinition ofJsonSchema(String keyword) {
        return switch (keyword == null ? "" : keyword) {
            case "enum", "const" -> SchemaRules.CODE_VALUE;
            case "required", "additionalProperties", "unevaluatedProperties", "minItems", "maxItems", "dependentRequired",
                 "minProperties", "maxProperties", "false", "propertyNames" -> SchemaRules.STRUCTURE;
            case "pattern", "format", "type", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
                 "exclusiveMaximum", "multipleOf" -> SchemaRules.VALUE_FORM;
            default -> SchemaRules.VIOLATION;
        };
    }
}
