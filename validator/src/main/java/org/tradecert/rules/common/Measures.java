package org.tradecert.rules.common;

import org.tradecert.model.udt.v1.MeasureType;
import org.tradecert.model.udt.v1.QuantityType;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Weights, volumes and counts as the document rules compare them: UNECE Recommendation 20
 * units of mass and volume with exact conversion factors, sums of parts, and the tolerance a
 * stated total is allowed. Every value stays a {@link BigDecimal}.
 *
 * <p>A stated total agrees with the sum of its parts when the two differ by at most half a unit
 * in the last decimal place the total is written with, so a total of {@code 34600} covers parts
 * adding up to 34599.5 to 34600.5 and a total of {@code 412.5} parts adding up to 412.45 to 412.55.
 * That is the rounding the writer of the total may apply and nothing more.
 */
public final class Measures {

    /** The base unit a kind of measure is converted to before comparing. */
    public enum Kind {
        MASS("KGM"),
        VOLUME("MTQ");

        private final String baseUnit;

        Kind(String baseUnit) {
            this.baseUnit = baseUnit;
        }

        public String baseUnit() {
            return baseUnit;
        }
    }

    /** Precision of conversions that divide: 34 significant digits, far beyond any weight or volume written in a document. */
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    /** Kilograms per unit of the Recommendation 20 units of mass; the pound and ounce factors are the exact international definitions. */
    private static final Map<String, BigDecimal> MASS_FACTORS = Map.of(
            "KGM", new BigDecimal("1"),
            "GRM", new BigDecimal("0.001"),
            "MGM", new BigDecimal("0.000001"),
            "HGM", new BigDecimal("0.1"),
            "DTN", new BigDecimal("100"),
            "TNE", new BigDecimal("1000"),
            "LBR", new BigDecimal("0.45359237"),
            "ONZ", new BigDecimal("0.028349523125"),
            "STN", new BigDecimal("907.18474"),
            "LTN", new BigDecimal("1016.0469088"));

    /** Cubic metres per unit of the Recommendation 20 units of volume; the factors of the inch and gallon units are their exact definitions. */
    private static final Map<String, BigDecimal> VOLUME_FACTORS = Map.ofEntries(
            Map.entry("MTQ", new BigDecimal("1")),
            Map.entry("DMQ", new BigDecimal("0.001")),
            Map.entry("LTR", new BigDecimal("0.001")),
            Map.entry("HLT", new BigDecimal("0.1")),
            Map.entry("CMQ", new BigDecimal("0.000001")),
            Map.entry("MLT", new BigDecimal("0.000001")),
            Map.entry("MMQ", new BigDecimal("0.000000001")),
            Map.entry("INQ", new BigDecimal("0.000016387064")),
            Map.entry("FTQ", new BigDecimal("0.028316846592")),
            Map.entry("YDQ", new BigDecimal("0.764554857984")),
            Map.entry("GLL", new BigDecimal("0.003785411784")),
            Map.entry("GLI", new BigDecimal("0.00454609")));

    private Measures() {
    }

    /** Returns the kind of a unit code, or empty when the code is not one of the units of mass or volume listed here. */
    public static Optional<Kind> kindOf(String unitCode) {
        if (unitCode == null) {
            return Optional.empty();
        }
        if (MASS_FACTORS.containsKey(unitCode)) {
            return Optional.of(Kind.MASS);
        }
        if (VOLUME_FACTORS.containsKey(unitCode)) {
            return Optional.of(Kind.VOLUME);
        }
        return Optional.empty();
    }

    /** Lists the unit codes of one kind, sorted, for messages. */
    public static String unitsOf(Kind kind) {
        Map<String, BigDecimal> factors = kind == Kind.MASS ? MASS_FACTORS : VOLUME_FACTORS;
        return String.join(", ", factors.keySet().stream().sorted().toList());
    }

    /** Converts a measure to the base unit of its kind. Returns empty when its value or unit is missing or the unit is of another kind. */
    public static Optional<BigDecimal> inBaseUnit(MeasureType measure, Kind kind) {
        if (measure == null || measure.getValue() == null) {
            return Optional.empty();
        }
        BigDecimal factor = factor(measure.getUnitCode(), kind);
        return factor == null ? Optional.empty() : Optional.of(measure.getValue().multiply(factor));
    }

    public static Optional<BigDecimal> kilograms(MeasureType measure) {
        return inBaseUnit(measure, Kind.MASS);
    }

    public static Optional<BigDecimal> cubicMetres(MeasureType measure) {
        return inBaseUnit(measure, Kind.VOLUME);
    }

    /**
     * Adds up the parts in the unit of {@code stated}. Returns empty when a part or the stated
     * measure lacks a value or has a unit that is not of the given kind.
     */
    public static Optional<BigDecimal> sumInUnitOf(MeasureType stated, List<MeasureType> parts, Kind kind) {
        if (stated == null || stated.getValue() == null) {
            return Optional.empty();
        }
        BigDecimal target = factor(stated.getUnitCode(), kind);
        if (target == null) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean sameUnit = true;
        for (MeasureType part : parts) {
            Optional<BigDecimal> base = inBaseUnit(part, kind);
            if (base.isEmpty()) {
                return Optional.empty();
            }
            sameUnit &= stated.getUnitCode().equals(part.getUnitCode());
            sum = sum.add(base.get());
        }
        return Optional.of(sameUnit ? sum : sum.divide(target, PRECISION));
    }

    /**
     * Returns whether a stated total agrees with a value computed in the same unit. They may differ
     * by half a unit in the last decimal place the total is written with, and no more.
     */
    public static boolean agrees(BigDecimal stated, BigDecimal computed) {
        BigDecimal tolerance = BigDecimal.ONE.scaleByPowerOfTen(-Math.max(stated.scale(), 0)).divide(BigDecimal.valueOf(2));
        return stated.subtract(computed).abs().compareTo(tolerance) <= 0;
    }

    /**
     * Compares two measures of one kind after converting both to the base unit. Returns empty when
     * either cannot be converted.
     */
    public static Optional<Integer> compare(MeasureType left, MeasureType right, Kind kind) {
        Optional<BigDecimal> a = inBaseUnit(left, kind);
        Optional<BigDecimal> b = inBaseUnit(right, kind);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(a.get().compareTo(b.get()));
    }

    /**
     * Formats a computed value for a message. A value with more than three decimals beyond those
     * of the stated value it is compared with, which only a unit conversion produces, is rounded to three.
     */
    public static String show(BigDecimal computed, BigDecimal stated, String unitCode) {
        BigDecimal value = computed;
        int decimals = Math.max(stated.scale(), 0) + 3;
        if (computed.scale() > decimals) {
            value = computed.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return value.toPlainString() + " " + unitCode;
    }

    /** Formats a measure for a message as written: {@code 34600 KGM}. */
    public static String show(MeasureType measure) {
        return measure.getValue().toPlainString() + " " + measure.getUnitCode();
    }

    /** Formats a count or quantity for a message as written, with its unit when it has one. */
    public static String show(QuantityType quantity) {
        String value = quantity.getValue().toPlainString();
        return quantity.getUnitCode() == null ? value : value + " " + quantity.getUnitCode();
    }

    /** Adds up counts. Returns empty when one of them is missing. */
    public static Optional<BigDecimal> sumOfCounts(List<QuantityType> counts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (QuantityType count : counts) {
            if (count == null || count.getValue() == null) {
                return Optional.empty();
            }
            sum = sum.add(count.getValue());
        }
        return Optional.of(sum);
    }

    private static BigDecimal factor(String unitCode, Kind kind) {
        if (unitCode == null) {
            return null;
        }
        return (kind == Kind.MASS ? MASS_FACTORS : VOLUME_FACTORS).get(unitCode);
    }
}
