package org.tradecert.rules.invoice;

import java.util.Set;

/**
 * The Incoterms 2020 rules grouped by who contracts and pays the main carriage. Under the E-
 * and F-terms the buyer does, under the C- and D-terms the seller does, and under CIF and CIP
 * the seller also insures the goods (Incoterms 2020, article A4 carriage and A5 insurance of
 * each rule).
 */
public final class Incoterms {

    /** EXW, FCA, FAS, FOB: the buyer contracts the main carriage. */
    public static final Set<String> BUYER_CARRIAGE = Set.of("EXW", "FCA", "FAS", "FOB");

    /** CFR, CIF, CPT, CIP, DAP, DPU, DDP: the seller contracts and pays the main carriage. */
    public static final Set<String> SELLER_CARRIAGE = Set.of("CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP");

    /** CIF and CIP: the seller also insures the goods, for at least 110 per cent of the price. */
    public static final Set<String> SELLER_INSURANCE = Set.of("CIF", "CIP");

    private Incoterms() {
    }
}
