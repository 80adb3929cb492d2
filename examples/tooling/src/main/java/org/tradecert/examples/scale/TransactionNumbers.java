package org.tradecert.examples.scale;

import org.tradecert.checkdigit.AirWaybillNumber;
import org.tradecert.checkdigit.Iso6346;
import org.tradecert.examples.ledgers.Shipment;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The identifiers of one generated transaction: every number that ties the documents of a demo
 * shipment together, renumbered for transaction {@code k} so that no two transactions share
 * one. Container and air waybill numbers get valid check digits, and the declaration number
 * keeps its form (customs office, year, direction, nine-digit sequence). Dates, parties,
 * goods, weights and amounts stay those of the demo shipment.
 */
final class TransactionNumbers {

    /** The identifiers of the sea shipment that are renumbered. */
    private static final List<String> SEA = List.of("BR-BHF-2609-0077", "BC-BOHL-260921-0077", "BOHL-BKG-260921-0077",
            "HL-INV-2026-0142", "HL-PL-2026-0142", "020220260001234567", "BOHL26TXG004251", "HHCB-PA-2026-110912",
            "VDB-PAY-20261106-01", "CT-HL-2026-0918", "VDB-45017", "BOHU1024615", "BOHU2047359", "BH2610001", "BH2610002",
            "EV-CNTXG-261010-0001", "EV-CNTXG-261010-0002", "EV-CNTXG-261010-0003", "EV-CNTXG-261011-0004",
            "EV-CNTXG-261011-0005", "EV-CNTXG-261012-0006", "EV-NLRTM-261118-0007", "EV-NLRTM-261118-0008",
            "EV-NLRTM-261118-0009");

    /** The identifiers of the air shipment that are renumbered. */
    private static final List<String> AIR = List.of("BR-BHF-2610-0112", "BC-BCA-261026-0112", "BCA-261026-0112",
            "HL-INV-2026-0157", "HL-PL-2026-0157", "020820260001234890", "963-26100454", "HHCB-PA-2026-111907",
            "FEM-PAY-20261117-02", "CT-HL-2026-1020", "FEM-PO-88231", "EV-CNTSN-261029-0001", "EV-CNTSN-261029-0002",
            "EV-CNTSN-261029-0003", "EV-CNTSN-261030-0004", "EV-DEFRA-261030-0005", "EV-DEFRA-261030-0006");

    private final Map<String, String> replacements;
    private final Pattern pattern;

    private TransactionNumbers(Map<String, String> replacements) {
        this.replacements = replacements;
        // The longest identifiers come first, so BC-BCA-261026-0112 is replaced whole, not through BCA-261026-0112.
        this.pattern = Pattern.compile(replacements.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|")));
    }

    /** Returns the numbers of transaction {@code k}, from 0 to 99999, of a shipment. */
    static TransactionNumbers of(Shipment shipment, int k) {
        if (k < 0 || k > 99_999) {
            throw new IllegalArgumentException("transaction numbers run from 0 to 99999, not " + k);
        }
        String five = String.format("%05d", k);
        Map<String, String> replacements = new LinkedHashMap<>();
        for (String identifier : shipment == Shipment.SEA ? SEA : AIR) {
            replacements.put(identifier, renumbered(identifier, k, five));
        }
        return new TransactionNumbers(replacements);
    }

    private static String renumbered(String identifier, int k, String five) {
        if (identifier.matches("\\d{18}")) {
            // Customs office, year and direction stay; the nine-digit sequence becomes 3 followed by k.
            return identifier.substring(0, 9) + "3" + String.format("%08d", k);
        }
        if (identifier.matches("[A-Z]{4}\\d{7}")) {
            String serial = String.format("%06d", 300_000 + 2 * k + (identifier.startsWith("BOHU2") ? 1 : 0));
            String owner = identifier.substring(0, 4);
            return owner + serial + Iso6346.checkCharacter(owner + serial);
        }
        if (identifier.matches("\\d{3}-\\d{8}")) {
            String withoutCheck = identifier.substring(0, 4) + String.format("%07d", 3_000_000 + k);
            return withoutCheck + AirWaybillNumber.checkCharacter(withoutCheck);
        }
        if (identifier.matches("BH\\d{7}")) {
            return "BH" + String.format("%07d", 3_000_000 + 2 * k + (identifier.endsWith("2") ? 1 : 0));
        }
        return identifier + "-" + five;
    }

    /** Returns the text with every identifier of the demo shipment replaced by this transaction's. */
    String apply(String text) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacements.get(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Returns this transaction's version of one identifier of the demo shipment. */
    String number(String demoIdentifier) {
        String replaced = replacements.get(demoIdentifier);
        return replaced == null ? demoIdentifier : replaced;
    }
}
