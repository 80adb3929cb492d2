package org.tradecert.crossdoc;

import org.tradecert.api.Location;
import org.tradecert.model.common.v1.TradePartyType;
import org.tradecert.model.udt.v1.AmountType;
import org.tradecert.model.udt.v1.MeasureType;
import org.tradecert.model.udt.v1.QuantityType;
import org.tradecert.model.udt.v1.SchemedIDType;
import org.tradecert.rules.ModelLocator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the facts of one document while an extractor walks its model; each fact gets the
 * location of the element it came from. Absent values (null) are skipped, so extractors need
 * no null checks around optional properties, and a fact already taken from the same element
 * is skipped, so extractors may overlap.
 */
public final class FactsBuilder {

    private final ModelLocator locator;
    private final Map<String, List<Fact>> facts = new LinkedHashMap<>();

    public FactsBuilder(ModelLocator locator) {
        this.locator = locator;
    }

    /**
     * Adds a value read from property {@code property} of {@code owner}.
     *
     * @param key what ties the value to others of the same document (a line id, a container number), or null
     */
    public FactsBuilder add(String name, Object owner, String property, String value, String qualifier, String key) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Location location = owner == null ? null : locator.locate(owner, property);
        String path = location == null ? null : location.xpath() != null ? location.xpath() : location.jsonPointer();
        int line = location == null || location.line() == null ? 0 : location.line();
        Fact fact = new Fact(value.strip(), qualifier, path, line, key);
        List<Fact> values = facts.computeIfAbsent(name, any -> new ArrayList<>());

        // Two extractors may take the same fact from the same element; it is kept once.
        if (path == null || !values.contains(fact)) {
            values.add(fact);
        }
        return this;
    }

    public FactsBuilder text(String name, Object owner, String property, String value) {
        return add(name, owner, property, value, null, null);
    }

    public FactsBuilder text(String name, Object owner, String property, String value, String key) {
        return add(name, owner, property, value, null, key);
    }

    public FactsBuilder amount(String name, Object owner, String property, AmountType amount, String key) {
        return amount == null || amount.getValue() == null ? this
                : add(name, owner, property, plain(amount.getValue()), amount.getCurrencyID(), key);
    }

    public FactsBuilder measure(String name, Object owner, String property, MeasureType measure, String key) {
        return measure == null || measure.getValue() == null ? this
                : add(name, owner, property, plain(measure.getValue()), measure.getUnitCode(), key);
    }

    public FactsBuilder quantity(String name, Object owner, String property, QuantityType quantity, String key) {
        return quantity == null || quantity.getValue() == null ? this
                : add(name, owner, property, plain(quantity.getValue()), quantity.getUnitCode(), key);
    }

    public FactsBuilder time(String name, Object owner, String property, OffsetDateTime time, String key) {
        return time == null ? this : add(name, owner, property, time.toString(), null, key);
    }

    public FactsBuilder date(String name, Object owner, String property, LocalDate date, String key) {
        return date == null ? this : add(name, owner, property, date.toString(), null, key);
    }

    /** Adds every global identifier of a party as {@code scheme:value}, so parties are compared by identifier, never by name. */
    public FactsBuilder party(String name, Object owner, String property, TradePartyType party) {
        if (party == null) {
            return this;
        }
        for (SchemedIDType id : party.getGlobalID()) {
            if (id.getValue() != null) {
                add(name, party, "GlobalID", id.getSchemeID() + ":" + id.getValue().strip(), party.getName(), null);
            }
        }
        return this;
    }

    /** Decimal values are kept in plain notation so that 1E+3 and 1000 are written the same way. */
    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    public Map<String, List<Fact>> build() {
        Map<String, List<Fact>> copy = new LinkedHashMap<>();
        facts.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return copy;
    }
}
