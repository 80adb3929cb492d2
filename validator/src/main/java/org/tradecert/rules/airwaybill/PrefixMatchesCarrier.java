package org.tradecert.rules.airwaybill;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.airwaybill.v1.AirWaybillType;
import org.tradecert.model.udt.v1.SchemedIDType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.common.Outcomes;
import org.tradecert.rules.common.TypeCodes;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The three-digit prefix of an airline's air waybill number is the prefix of the carrier named
 * on it, where the carrier gives its prefix as an identifier with the scheme IATA. Air waybill
 * stock is issued per airline, so another prefix means another airline's number.
 */
public final class PrefixMatchesCarrier extends DocumentRule<AirWaybillType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("AWB-PREFIX-CARRIER", Layer.DOCUMENT_RULES, Severity.ERROR,
            "IATA Resolution 600a (air waybill number: the issuing carrier's three-digit prefix); IATA ONE Record Waybill#waybillPrefix",
            "air-waybill");

    /** UNTDID 1001 codes of air waybills numbered by an airline: 740 air waybill, 741 master air waybill. */
    private static final Set<String> AIRLINE_WAYBILL_TYPES = Set.of("740", "741");

    /** An IATA identifier that is a three-digit airline prefix, not a two-character airline designator. */
    private static final Pattern PREFIX = Pattern.compile("[0-9]{3}");

    /** An air waybill number whose prefix can be read; other numbers are reported by COMMON-AWB-NUMBER-FORMAT. */
    private static final Pattern NUMBER = Pattern.compile("[0-9]{3}-?[0-9]{8}");

    public PrefixMatchesCarrier() {
        super(DEFINITION, AirWaybillType.class);
    }

    @Override
    public void check(AirWaybillType waybill, RuleContext context) {
        if (!TypeCodes.require(waybill.getExchangedDocument(), AIRLINE_WAYBILL_TYPES, context)) {
            return;
        }
        String number = waybill.getExchangedDocument().getID();
        List<String> prefixes = waybill.getCarrierTradeParty().getGlobalID().stream()
                .filter(id -> "IATA".equals(id.getSchemeID()) && id.getValue() != null && PREFIX.matcher(id.getValue()).matches())
                .map(SchemedIDType::getValue)
                .toList();
        if (number == null || !NUMBER.matcher(number).matches() || prefixes.isEmpty()) {
            context.notApplicable(Outcomes.ABSENT, "CarrierTradeParty/GlobalID[IATA]");
            return;
        }
        String prefix = number.substring(0, 3);
        if (!prefixes.contains(prefix)) {
            context.mismatch(waybill.getExchangedDocument(), "ID", String.join(", ", prefixes), prefix, number);
        }
    }
}
