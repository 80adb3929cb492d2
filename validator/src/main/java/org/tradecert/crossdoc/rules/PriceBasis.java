package org.tradecert.crossdoc.rules;

import java.util.Set;

/**
 * What a price includes besides the goods: main carriage, insurance, and whether it is an
 * ex-works price (which lacks export clearance and loading, so no FOB price can be derived
 * from it). Derived from an Incoterms 2020 rule or from a China customs transaction mode
 * (成交方式): 1 CIF, 2 C&F, 3 FOB, 4 C&I, 7 EXW; modes 5 (market price) and 6 have no basis.
 */
record PriceBasis(boolean carriage, boolean insurance, boolean exWorks) {

    private static final Set<String> WITH_CARRIAGE = Set.of("CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP");
    private static final Set<String> WITH_INSURANCE = Set.of("CIF", "CIP");
    private static final Set<String> DELIVERED = Set.of("DAP", "DPU", "DDP");
    private static final Set<String> KNOWN = Set.of("EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP");

    /**
     * The basis of an invoice price under an Incoterms rule, or null for an unknown rule. Under
     * a D-rule the seller insures for its own sake; the price includes insurance when the
     * invoice states an insurance charge.
     */
    static PriceBasis ofIncoterm(String incoterm, boolean insuranceCharged) {
        if (incoterm == null || !KNOWN.contains(incoterm)) {
            return null;
        }
        boolean insurance = WITH_INSURANCE.contains(incoterm) || DELIVERED.contains(incoterm) && insuranceCharged;
        return new PriceBasis(WITH_CARRIAGE.contains(incoterm), insurance, incoterm.equals("EXW"));
    }

    /** The basis of a value declared under a China customs transaction mode, or null for a mode without one. */
    static PriceBasis ofTransactionMode(String mode) {
        if (mode == null) {
            return null;
        }
        return switch (mode) {
            case "1" -> new PriceBasis(true, true, false);
            case "2" -> new PriceBasis(true, false, false);
            case "3" -> new PriceBasis(false, false, false);
            case "4" -> new PriceBasis(false, true, false);
            case "7" -> new PriceBasis(false, false, true);
            default -> null;
        };
    }
}
