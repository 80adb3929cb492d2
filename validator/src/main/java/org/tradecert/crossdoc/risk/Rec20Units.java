package org.tradecert.crossdoc.risk;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Converts quantities between UNECE Recommendation 20 units of one dimension, with exact
 * factors: the international avoirdupois pound is 0.45359237 kg and the US gallon 3.785411784
 * litres by definition. Counts of pieces (H87, C62, EA, NAR) are one dimension, with the dozen
 * (12) and the gross (144). Pairs and sets are counts of their own, because a pair is not two
 * pieces for a price.
 */
public final class Rec20Units {

    private record Unit(String dimension, BigDecimal factor) {
    }

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("KGM", new Unit("mass", BigDecimal.ONE)),
            Map.entry("GRM", new Unit("mass", new BigDecimal("0.001"))),
            Map.entry("MGM", new Unit("mass", new BigDecimal("0.000001"))),
            Map.entry("TNE", new Unit("mass", new BigDecimal("1000"))),
            Map.entry("KTN", new Unit("mass", new BigDecimal("1000000"))),
            Map.entry("LBR", new Unit("mass", new BigDecimal("0.45359237"))),
            Map.entry("ONZ", new Unit("mass", new BigDecimal("0.028349523125"))),
            Map.entry("H87", new Unit("count", BigDecimal.ONE)),
            Map.entry("C62", new Unit("count", BigDecimal.ONE)),
            Map.entry("EA", new Unit("count", BigDecimal.ONE)),
            Map.entry("NAR", new Unit("count", BigDecimal.ONE)),
            Map.entry("DZN", new Unit("count", new BigDecimal("12"))),
            Map.entry("GRO", new Unit("count", new BigDecimal("144"))),
            Map.entry("PR", new Unit("pairs", BigDecimal.ONE)),
            Map.entry("NPR", new Unit("pairs", BigDecimal.ONE)),
            Map.entry("SET", new Unit("sets", BigDecimal.ONE)),
            Map.entry("LTR", new Unit("volume", BigDecimal.ONE)),
            Map.entry("MLT", new Unit("volume", new BigDecimal("0.001"))),
            Map.entry("HLT", new Unit("volume", new BigDecimal("100"))),
            Map.entry("CMQ", new Unit("volume", new BigDecimal("0.001"))),
            Map.entry("MTQ", new Unit("volume", new BigDecimal("1000"))),
            Map.entry("GLL", new Unit("volume", new BigDecimal("3.785411784"))),
            Map.entry("MTR", new Unit("length", BigDecimal.ONE)),
            Map.entry("CMT", new Unit("length", new BigDecimal("0.01"))),
            Map.entry("MMT", new Unit("length", new BigDecimal("0.001"))),
            Map.entry("KMT", new Unit("length", new BigDecimal("1000"))),
            Map.entry("INH", new Unit("length", new BigDecimal("0.0254"))),
            Map.entry("FOT", new Unit("length", new BigDecimal("0.3048"))),
            Map.entry("YRD", new Unit("length", new BigDecimal("0.9144"))),
            Map.entry("MTK", new Unit("area", BigDecimal.ONE)),
            Map.entry("CMK", new Unit("area", new BigDecimal("0.0001"))),
            Map.entry("FTK", new Unit("area", new BigDecimal("0.09290304"))),
            Map.entry("HAR", new Unit("area", new BigDecimal("10000"))),
            Map.entry("ACR", new Unit("area", new BigDecimal("4046.8564224"))));

    private Rec20Units() {
    }

    /** Converts a quantity to another unit of the same dimension; returns nothing when either unit is unknown or the dimensions differ. */
    public static Optional<BigDecimal> convert(BigDecimal quantity, String from, String to) {
        Unit source = unit(from);
        Unit target = unit(to);
        if (quantity == null || source == null || target == null || !source.dimension().equals(target.dimension())) {
            return Optional.empty();
        }
        return Optional.of(quantity.multiply(source.factor()).divide(target.factor(), MathContext.DECIMAL64));
    }

    /** Checks whether a unit is a unit of mass, so that a quantity in it is a weight. */
    public static boolean isMass(String code) {
        Unit unit = unit(code);
        return unit != null && unit.dimension().equals("mass");
    }

    private static Unit unit(String code) {
        return code == null ? null : UNITS.get(code.strip().toUpperCase(Locale.ROOT));
    }
}
