package org.tradecert.rules.common;

import org.tradecert.model.udt.v1.MeasureType;
import org.tradecert.model.udt.v1.QuantityType;
import org.tradecert.rules.RuleContext;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Checks of a stated total against the parts it sums, shared by the rules of every document
 * type that states a total weight or number of packages. A mismatch is reported on the total
 * with the sum as the expected value ({0}) and the total as the actual value ({1}).
 */
public final class Totals {

    private Totals() {
    }

    /**
     * The relation the sum of the parts must have to the stated total. Containers can also carry
     * goods of other consignments (less than container load), so a container sum may exceed a
     * consignment total but never fall short of it.
     */
    public enum Bound {
        /** The parts add up to the total. */
        EQUAL,
        /** The parts add up to at least the total. */
        NOT_BELOW
    }

    /**
     * Compares a stated total weight with the sum of the weights of its parts, within the
     * rounding tolerance of {@link Measures#agrees}. Returns false, reporting nothing, when the
     * comparison cannot be made: no parts, a part without a weight, or a unit that is not a unit of mass.
     *
     * @param arguments further message arguments, from {2} on
     */
    public static boolean checkWeight(RuleContext context, Object owner, String property, MeasureType stated, List<MeasureType> parts,
                                      Object... arguments) {
        return checkWeight(Bound.EQUAL, context, owner, property, stated, parts, arguments);
    }

    /** Compares a stated total weight with the sum of the weights of its parts under the given bound, as the method above does. */
    public static boolean checkWeight(Bound bound, RuleContext context, Object owner, String property, MeasureType stated,
                                      List<MeasureType> parts, Object... arguments) {
        if (parts.isEmpty()) {
            return false;
        }
        Optional<BigDecimal> sum = Measures.sumInUnitOf(stated, parts, Measures.Kind.MASS);
        if (sum.isEmpty()) {
            return false;
        }
        boolean above = sum.get().compareTo(stated.getValue()) > 0;
        boolean accepted = Measures.agrees(stated.getValue(), sum.get()) || (bound == Bound.NOT_BELOW && above);
        if (!accepted) {
            String expected = Measures.show(sum.get(), stated.getValue(), stated.getUnitCode());
            context.mismatch(owner, property, expected, Measures.show(stated), arguments);
        }
        return true;
    }

    /**
     * Compares a stated count with the sum of the counts of its parts, exactly. Returns false,
     * reporting nothing, when there are no parts or a count is missing.
     */
    public static boolean checkCount(RuleContext context, Object owner, String property, QuantityType stated, List<QuantityType> parts,
                                     Object... arguments) {
        return checkCount(Bound.EQUAL, context, owner, property, stated, parts, arguments);
    }

    /** Compares a stated count with the sum of the counts of its parts under the given bound, as the method above does. */
    public static boolean checkCount(Bound bound, RuleContext context, Object owner, String property, QuantityType stated,
                                     List<QuantityType> parts, Object... arguments) {
        if (parts.isEmpty() || stated == null || stated.getValue() == null) {
            return false;
        }
        Optional<BigDecimal> sum = Measures.sumOfCounts(parts);
        if (sum.isEmpty()) {
            return false;
        }
        int order = sum.get().compareTo(stated.getValue());
        boolean accepted = order == 0 || (bound == Bound.NOT_BELOW && order > 0);
        if (!accepted) {
            context.mismatch(owner, property, sum.get().toPlainString(), stated.getValue().toPlainString(), arguments);
        }
        return true;
    }

    /**
     * Reports a net weight above the gross weight of the same goods, after converting both to
     * kilograms. Returns false when either weight is missing or not in a unit of mass.
     */
    public static boolean checkNetWithinGross(RuleContext context, Object owner, MeasureType net, MeasureType gross, Object... arguments) {
        Optional<Integer> order = Measures.compare(net, gross, Measures.Kind.MASS);
        if (order.isEmpty()) {
            return false;
        }
        if (order.get() > 0) {
            Object[] all = new Object[arguments.length + 2];
            all[0] = Measures.show(net);
            all[1] = Measures.show(gross);
            System.arraycopy(arguments, 0, all, 2, arguments.length);
            context.reportAt(owner, "NetWeightMeasure", all);
        }
        return true;
    }
}
