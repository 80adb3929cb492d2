package org.tradecert.rules.common;

/**
 * Message keys of the reasons a document rule gives when it has nothing to check. The first is
 * in the main message bundle; the others are in the rules-transport bundles with the rules that use them.
 */
public final class Outcomes {

    /** {0}: the property the rule checks, absent from the document. */
    public static final String ABSENT = Outcomes.ABSENT;

    /** {0}: the type codes the rule applies to; {1}: the type code of the document. */
    public static final String OTHER_TYPE_CODE = "outcome.other-type-code";

    /** {0}: the condition under which the rule applies, such as {@code ShippedOnBoardIndicator = true}. */
    public static final String CONDITION_NOT_MET = "outcome.condition-not-met";

    /** {0}: the UNTDID 1225 message function code of a document that is not an original issue. */
    public static final String NOT_ORIGINAL = "outcome.not-original";

    private Outcomes() {
    }
}
