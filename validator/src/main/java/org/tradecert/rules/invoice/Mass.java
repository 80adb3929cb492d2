package org.tradecert.rules.invoice;

import org.tradecert.model.udt.v1.MeasureType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * Weights in kilograms, converted from the UNECE Recommendation 20 mass units that trade
 * documents use, so that rules can compare a net weight in kilograms with a gross weight in
 * tonnes. Comparisons are made to the gram, which absorbs the long decimals of pound and
 * ounce conversions.
 */
public final class Mass {

    /** Kilograms per unit, by Recommendation 20 code. The pound and the ounce are the international avoirdupois units. */
    private static final Map<String, BigDecimal> KILOGRAMS = Map.of(
            "KGM", BigDecimal.ONE,
            "GRM", new BigDecimal("0.001"),
            "MGM", new BigDecimal("0.000001"),
            "TNE", new BigDecimal("1000"),
            "KTN", new BigDecimal("1000000"),
            "LBR", new BigDecimal("0.45359237"),
            "ONZ", new BigDecimal("0.028349523125"));

    /** Decimal places of kilograms kept for comparisons: grams. */
    public static final int COMPARISON_SCALE = 3;

    private Mass() {
    }

    /** Converts a weight into kilograms to the gram. Returns empty when the measure is absent or not in a mass unit. */
    public static Optional<BigDecimal> kilograms(MeasureType measure) {
        if (measure == null || measure.getValue() == null || measure.getUnitCode() == null) {
            return Optional.empty();
        }
        BigDecimal factor = KILOGRAMS.get(measure.getUnitCode());
        if (factor == null) {
            return Optional.empty();
        }
        return Optional.of(measure.getValue().multiply(factor).setScale(COMPARISON_SCALE, RoundingMode.HALF_UP));
    }

    /** True when the unit code is a mass unit this class converts. */
    public static boolean isMassUnit(String unitCode) {
        return unitCode != null && KILOGRAMS.containsKey(unitCode);
    }

    /** Formats a measure as findings show it: {@code 34600 KGM}. */
    public static String text(MeasureType measure) {
        return Money.plain(measure.getValue()) + (measure.getUnitCode() == null ? "" : " " + measure.getUnitCode());
    }

    /** Formats kilograms as findings show them: {@code 34600 KGM}, without trailing zeros after the point. */
    public static String kilogramText(BigDecimal kilograms) {
        BigDecimal stripped = kilograms.stripTrailingZeros();
        return Money.plain(stripped.scale() < 0 ? stripped.setScale(0) : stripped) + " KGM";
    }
}
