package org.tradecert.crossdoc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;

/**
 * Converts quantities written in UNECE Recommendation 20 units to one base unit per kind of
 * quantity, so that 1.2 TNE and 1200 KGM compare as equal. Factors are the exact definitions
 * of the units (an avoirdupois pound is 0.45359237 kg by the 1959 international agreement,
 * a US gallon 231 cubic inches), kept as decimals: no binary floating point touches a value.
 *
 * <p>Piece, "one" and "each" (H87, C62, EA, NAR) all count single articles, so they convert
 * into one another; pairs and sets are counts of their own kind, because a pair of shoes is
 * not two articles on an invoice line. A unit outside the table converts only to itself.
 */
public final class Rec20Units {

    /** What a unit measures; values of different kinds are never compared. */
    public enum Kind {
        MASS("KGM"), LENGTH("MTR"), AREA("MTK"), VOLUME("MTQ"), COUNT("C62"), PAIRS("PR"), SETS("SET"), ENERGY("KWH"), POWER("KWT");

        private final String baseUnit;

        Kind(String baseUnit) {
            this.baseUnit = baseUnit;
        }

        /** Returns the unit that values of this kind are converted to. */
        public String baseUnit() {
            return baseUnit;
        }

        /** Returns whether quantities of this kind are measured (mass, length, area, volume) rather than counted or metered. */
        public boolean measured() {
            return this == MASS || this == LENGTH || this == AREA || this == VOLUME;
        }
    }

    /**
     * A value converted to the base unit of its kind.
     *
     * @param kind the kind of quantity, or null for a unit outside the table (then {@code unit} is that unit)
     */
    public record Converted(BigDecimal value, Kind kind, String unit) {

        /** Returns whether two converted values measure the same kind of quantity in the same unit. */
        public boolean comparableWith(Converted other) {
            return other != null && unit.equals(other.unit);
        }
    }

    private record Unit(Kind kind, BigDecimal factor) {
    }

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("KGM", new Unit(Kind.MASS, BigDecimal.ONE)),
            Map.entry("GRM", new Unit(Kind.MASS, new BigDecimal("0.001"))),
            Map.entry("MGM", new Unit(Kind.MASS, new BigDecimal("0.000001"))),
            Map.entry("TNE", new Unit(Kind.MASS, new BigDecimal("1000"))),
            Map.entry("KTN", new Unit(Kind.MASS, new BigDecimal("1000000"))),
            Map.entry("LBR", new Unit(Kind.MASS, new BigDecimal("0.45359237"))),
            Map.entry("ONZ", new Unit(Kind.MASS, new BigDecimal("0.028349523125"))),
            Map.entry("MTR", new Unit(Kind.LENGTH, BigDecimal.ONE)),
            Map.entry("CMT", new Unit(Kind.LENGTH, new BigDecimal("0.01"))),
            Map.entry("MMT", new Unit(Kind.LENGTH, new BigDecimal("0.001"))),
            Map.entry("KMT", new Unit(Kind.LENGTH, new BigDecimal("1000"))),
            Map.entry("INH", new Unit(Kind.LENGTH, new BigDecimal("0.0254"))),
            Map.entry("FOT", new Unit(Kind.LENGTH, new BigDecimal("0.3048"))),
            Map.entry("YRD", new Unit(Kind.LENGTH, new BigDecimal("0.9144"))),
            Map.entry("MTK", new Unit(Kind.AREA, BigDecimal.ONE)),
            Map.entry("CMK", new Unit(Kind.AREA, new BigDecimal("0.0001"))),
            Map.entry("FTK", new Unit(Kind.AREA, new BigDecimal("0.09290304"))),
            Map.entry("HAR", new Unit(Kind.AREA, new BigDecimal("10000"))),
            Map.entry("ACR", new Unit(Kind.AREA, new BigDecimal("4046.8564224"))),
            Map.entry("MTQ", new Unit(Kind.VOLUME, BigDecimal.ONE)),
            Map.entry("CMQ", new Unit(Kind.VOLUME, new BigDecimal("0.000001"))),
            Map.entry("LTR", new Unit(Kind.VOLUME, new BigDecimal("0.001"))),
            Map.entry("MLT", new Unit(Kind.VOLUME, new BigDecimal("0.000001"))),
            Map.entry("HLT", new Unit(Kind.VOLUME, new BigDecimal("0.1"))),
            Map.entry("GLL", new Unit(Kind.VOLUME, new BigDecimal("0.003785411784"))),
            Map.entry("BLL", new Unit(Kind.VOLUME, new BigDecimal("0.158987294928"))),
            Map.entry("C62", new Unit(Kind.COUNT, BigDecimal.ONE)),
            Map.entry("H87", new Unit(Kind.COUNT, BigDecimal.ONE)),
            Map.entry("EA", new Unit(Kind.COUNT, BigDecimal.ONE)),
            Map.entry("NAR", new Unit(Kind.COUNT, BigDecimal.ONE)),
            Map.entry("DZN", new Unit(Kind.COUNT, new BigDecimal("12"))),
            Map.entry("GRO", new Unit(Kind.COUNT, new BigDecimal("144"))),
            Map.entry("PR", new Unit(Kind.PAIRS, BigDecimal.ONE)),
            Map.entry("NPR", new Unit(Kind.PAIRS, BigDecimal.ONE)),
            Map.entry("SET", new Unit(Kind.SETS, BigDecimal.ONE)),
            Map.entry("KWH", new Unit(Kind.ENERGY, BigDecimal.ONE)),
            Map.entry("MWH", new Unit(Kind.ENERGY, new BigDecimal("1000"))),
            Map.entry("KWT", new Unit(Kind.POWER, BigDecimal.ONE)),
            Map.entry("WTT", new Unit(Kind.POWER, new BigDecimal("0.001"))),
            Map.entry("MAW", new Unit(Kind.POWER, new BigDecimal("1000"))));

    private Rec20Units() {
    }

    /** Returns the kind of quantity a unit measures, if the table lists the unit. */
    public static Optional<Kind> kind(String unitCode) {
        Unit unit = unitCode == null ? null : UNITS.get(unitCode.strip());
        return unit == null ? Optional.empty() : Optional.of(unit.kind());
    }

    /**
     * Returns the value in the base unit of its kind; a unit outside the table keeps its value and
     * unit, so it still compares with values in that same unit. Empty when the unit is missing.
     */
    public static Optional<Converted> convert(BigDecimal value, String unitCode) {
        if (value == null || unitCode == null || unitCode.isBlank()) {
            return Optional.empty();
        }
        String code = unitCode.strip();
        Unit unit = UNITS.get(code);
        if (unit == null) {
            return Optional.of(new Converted(value, null, code));
        }
        BigDecimal converted = value.multiply(unit.factor(), MathContext.DECIMAL128).stripTrailingZeros();
        return Optional.of(new Converted(converted, unit.kind(), unit.kind().baseUnit()));
    }

    /** Returns the value of a fact (value as written, unit as qualifier) in its base unit; empty when the value is no decimal or has no unit. */
    public static Optional<Converted> convert(Fact fact) {
        if (fact == null || fact.value() == null) {
            return Optional.empty();
        }
        try {
            return convert(new BigDecimal(fact.value().strip()), fact.qualifier());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Returns the value of a fact in kilograms; empty unless its unit is a unit of mass. */
    public static Optional<BigDecimal> kilograms(Fact fact) {
        return convert(fact).filter(converted -> converted.kind() == Kind.MASS).map(Converted::value);
    }
}
