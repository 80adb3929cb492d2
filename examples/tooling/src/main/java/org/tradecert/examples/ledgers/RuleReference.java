package org.tradecert.examples.ledgers;

import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleDefinition;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A check named in a sidecar: a rule id such as {@code SUPERSEDE-ORG}, or the number of a rule
 * in the standards tables, {@code X01}-{@code X25} for the cross-document rules and
 * {@code P1}-{@code P10} for the price indicators. A number stands for every rule of the
 * catalogue whose id contains it as a part between hyphens, leading zeros aside, so
 * {@code X06} matches {@code XDOC-X06-GROSS-WEIGHT} and {@code P4} matches {@code RISK-P04-PRICE-GAP}.
 */
public record RuleReference(String text) {

    private static final Pattern NUMBER = Pattern.compile("([XP])0*([1-9][0-9]?)");

    /** Returns whether the reference is a number of the standards tables rather than a rule id. */
    public boolean isNumber() {
        return NUMBER.matcher(text).matches();
    }

    /** Returns whether a rule id is the one named, or one of the rules with the number named. */
    public boolean matches(String ruleId) {
        Matcher number = NUMBER.matcher(text);
        if (!number.matches()) {
            return text.equals(ruleId);
        }
        Pattern part = Pattern.compile("(^|-)" + number.group(1) + "0*" + number.group(2) + "(-|$)");
        return part.matcher(ruleId).find();
    }

    /** Returns the ids of the catalogue's rules that the reference names; empty when the catalogue has none yet. */
    public List<String> resolve(RuleCatalogue catalogue) {
        return catalogue.rules().stream().map(RuleDefinition::id).filter(this::matches).toList();
    }
}
