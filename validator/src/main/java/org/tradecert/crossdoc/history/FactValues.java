package org.tradecert.crossdoc.history;

import org.tradecert.crossdoc.Fact;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Compares fact values as what they mean, not as written: times by instant, numbers by value, codes and identifiers without regard to case. */
final class FactValues {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private FactValues() {
    }

    /** Returns the comparable form of a fact, with its qualifier (unit or currency) when requested. */
    static String normalise(Fact fact, boolean withQualifier) {
        String value = fact.value().strip();
        String normal;
        if (DECIMAL.matcher(value).matches()) {
            normal = new BigDecimal(value).stripTrailingZeros().toPlainString();
        } else {
            normal = instant(value);
        }
        if (withQualifier && fact.qualifier() != null) {
            normal = normal + " " + fact.qualifier().strip().toUpperCase(Locale.ROOT);
        }
        return normal;
    }

    /** Returns the set of comparable forms of several facts, so order and repetition do not matter. */
    static Set<String> normalise(Collection<Fact> facts, boolean withQualifier) {
        Set<String> values = new TreeSet<>();
        for (Fact fact : facts) {
            values.add(normalise(fact, withQualifier));
        }
        return values;
    }

    /** Returns an ISO 8601 date and time as its instant, so that one moment written with two offsets compares equal, and other text in upper case. */
    private static String instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant().toString();
        } catch (DateTimeParseException e) {
            return value.toUpperCase(Locale.ROOT);
        }
    }

    /** Joins the facts as written, for a message. */
    static String written(Collection<Fact> facts) {
        Set<String> values = new TreeSet<>();
        for (Fact fact : facts) {
            values.add(fact.qualifier() == null ? fact.value() : fact.value() + " " + fact.qualifier());
        }
        return values.isEmpty() ? "-" : String.join(", ", values);
    }
}
