package org.tradecert.rules;

import java.util.Set;

/**
 * A document rule of layer 7: one class per rule, checking one document type on the bound Java
 * model, so an XML document and its JSON twin give the same findings. Subclasses declare their
 * {@link RuleDefinition} as a constant and report through the {@link RuleContext}.
 *
 * @param <T> the JAXB type of the document root the rule reads, or {@code Object} for a rule on every type
 */
public abstract class DocumentRule<T> {

    private final RuleDefinition definition;
    private final Class<T> documentClass;

    protected DocumentRule(RuleDefinition definition, Class<T> documentClass) {
        this.definition = definition;
        this.documentClass = documentClass;
    }

    public final RuleDefinition definition() {
        return definition;
    }

    public final Class<T> documentClass() {
        return documentClass;
    }

    /**
     * The model properties (XML names) this rule cannot do without. When the document came in a
     * format that does not carry one of them (a CII D16B invoice has no insurance amount), the
     * rule is reported as not applicable instead of being run on data that cannot be there.
     */
    public Set<String> needs() {
        return Set.of();
    }

    /** Checks the document and reports each failure through the context; reports nothing when the rule holds. */
    public abstract void check(T document, RuleContext context);

    /** Runs the rule on a root object known to be of the rule's type. */
    final void checkObject(Object document, RuleContext context) {
        check(documentClass.cast(document), context);
    }
}
