package org.tradecert.rules.declaration;

import java.util.Set;

/**
 * The China customs transaction modes (成交方式) grouped by whether their price includes
 * freight and insurance. The modes are 1 CIF, 2 C&F, 3 FOB, 4 C&I and 7 EXW. Modes 5 (market
 * price) and 6 (bunkering price) are no price terms and belong to no group.
 */
final class ChargeModes {

    /** Prices that include the freight: CIF and C&F. */
    static final Set<String> FREIGHT_INCLUDED = Set.of("1", "2");
    /** Prices that exclude the freight: FOB, C&I and EXW. */
    static final Set<String> FREIGHT_EXCLUDED = Set.of("3", "4", "7");
    /** Prices that include the insurance: CIF and C&I. */
    static final Set<String> INSURANCE_INCLUDED = Set.of("1", "4");
    /** Prices that exclude the insurance: C&F, FOB and EXW. */
    static final Set<String> INSURANCE_EXCLUDED = Set.of("2", "3", "7");

    private ChargeModes() {
    }
}
