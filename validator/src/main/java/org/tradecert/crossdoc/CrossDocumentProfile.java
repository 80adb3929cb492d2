package org.tradecert.crossdoc;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tolerances of the cross-document rules for one network: how far two documents may differ
 * before a difference is reported. A network sets its own in a profile file; the defaults are
 * those of common customs and documentary-credit practice.
 *
 * @param amountTolerancePercent     relative difference allowed between amounts that should agree (default 0.5 %)
 * @param declaredValueTolerancePercent relative difference allowed between declared and invoiced value after the Incoterms adjustment (default 1 %)
 * @param seaWeightTolerancePercent  relative difference allowed between gross weights of a sea consignment (default 0.5 %)
 * @param airWeightTolerancePercent  relative difference allowed between gross weights of an air consignment (default 1 %)
 * @param airWeightToleranceKilograms absolute difference always allowed for air consignments (default 0.5 kg)
 * @param bankChargeAllowance        bank charges a payment may fall short of the invoice by, in the payment currency (default 50)
 * @param minimumInsurancePercent    insured value as a share of the CIF or CIP value (default 110 %, UCP 600 article 28)
 * @param measuredQuantityTolerancePercent relative difference allowed between quantities measured in units of mass, length,
 *                                   area or volume (default 0.5 %); counted quantities must agree exactly
 * @param latePaymentDays            days after the due date from which a payment counts as very late (default 30)
 * @param earlyPaymentDays           days before shipment from which a payment counts as a very early prepayment (default 90)
 */
public record CrossDocumentProfile(
        BigDecimal amountTolerancePercent,
        BigDecimal declaredValueTolerancePercent,
        BigDecimal seaWeightTolerancePercent,
        BigDecimal airWeightTolerancePercent,
        BigDecimal airWeightToleranceKilograms,
        BigDecimal bankChargeAllowance,
        BigDecimal minimumInsurancePercent,
        BigDecimal measuredQuantityTolerancePercent,
        int latePaymentDays,
        int earlyPaymentDays) {

    /** The profile file keys, each with its allowed range; a percentage above 100 would let any two values agree. */
    private enum Setting {
        AMOUNT_TOLERANCE_PERCENT("amountTolerancePercent", new BigDecimal("100"), false),
        DECLARED_VALUE_TOLERANCE_PERCENT("declaredValueTolerancePercent", new BigDecimal("100"), false),
        SEA_WEIGHT_TOLERANCE_PERCENT("seaWeightTolerancePercent", new BigDecimal("100"), false),
        AIR_WEIGHT_TOLERANCE_PERCENT("airWeightTolerancePercent", new BigDecimal("100"), false),
        AIR_WEIGHT_TOLERANCE_KILOGRAMS("airWeightToleranceKilograms", null, false),
        BANK_CHARGE_ALLOWANCE("bankChargeAllowance", null, false),
        MINIMUM_INSURANCE_PERCENT("minimumInsurancePercent", new BigDecimal("1000"), false),
        MEASURED_QUANTITY_TOLERANCE_PERCENT("measuredQuantityTolerancePercent", new BigDecimal("100"), false),
        LATE_PAYMENT_DAYS("latePaymentDays", new BigDecimal("3650"), true),
        EARLY_PAYMENT_DAYS("earlyPaymentDays", new BigDecimal("3650"), true);

        private final String key;
        private final BigDecimal maximum;
        private final boolean whole;

        Setting(String key, BigDecimal maximum, boolean whole) {
            this.key = key;
            this.maximum = maximum;
            this.whole = whole;
        }
    }

    public static CrossDocumentProfile defaults() {
        return new CrossDocumentProfile(new BigDecimal("0.5"), new BigDecimal("1"), new BigDecimal("0.5"), new BigDecimal("1"),
                new BigDecimal("0.5"), new BigDecimal("50"), new BigDecimal("110"), new BigDecimal("0.5"), 30, 90);
    }

    /**
     * Reads a profile file: a YAML (or JSON) mapping whose keys are the names of this record's
     * components, each optional, for example {@code seaWeightTolerancePercent: 1}. A key left
     * out keeps its default. Every problem of the file is listed in the exception.
     */
    public static CrossDocumentProfile read(Path file) throws ProfileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ProfileException(List.of("profile.unreadable|" + file + "|" + e.getMessage()));
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(bytes);
        } catch (IOException e) {
            throw new ProfileException(List.of("profile.syntax|" + file + "|" + e.getMessage()));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return defaults();
        }
        if (!root.isObject()) {
            throw new ProfileException(List.of("profile.not-mapping|" + file));
        }

        Map<Setting, BigDecimal> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Setting setting = setting(field.getKey());
            if (setting == null) {
                problems.add("profile.unknown-key|" + field.getKey() + "|" + known());
                continue;
            }
            BigDecimal value = number(field.getValue());
            if (value == null) {
                problems.add("profile.not-a-number|" + field.getKey() + "|" + field.getValue().asText(field.getValue().toString()));
            } else if (value.signum() < 0 && setting.maximum == null) {
                problems.add("profile.negative|" + field.getKey() + "|" + value.toPlainString());
            } else if (value.signum() < 0 || setting.maximum != null && value.compareTo(setting.maximum) > 0) {
                problems.add("profile.out-of-range|" + field.getKey() + "|" + value.toPlainString() + "|" + setting.maximum.toPlainString());
            } else if (setting.whole && value.stripTrailingZeros().scale() > 0) {
                problems.add("profile.not-whole|" + field.getKey() + "|" + value.toPlainString());
            } else {
                values.put(setting, value);
            }
        }
        if (!problems.isEmpty()) {
            throw new ProfileException(problems);
        }
        return merge(values);
    }

    private static CrossDocumentProfile merge(Map<Setting, BigDecimal> values) {
        CrossDocumentProfile base = defaults();
        return new CrossDocumentProfile(
                values.getOrDefault(Setting.AMOUNT_TOLERANCE_PERCENT, base.amountTolerancePercent()),
                values.getOrDefault(Setting.DECLARED_VALUE_TOLERANCE_PERCENT, base.declaredValueTolerancePercent()),
                values.getOrDefault(Setting.SEA_WEIGHT_TOLERANCE_PERCENT, base.seaWeightTolerancePercent()),
                values.getOrDefault(Setting.AIR_WEIGHT_TOLERANCE_PERCENT, base.airWeightTolerancePercent()),
                values.getOrDefault(Setting.AIR_WEIGHT_TOLERANCE_KILOGRAMS, base.airWeightToleranceKilograms()),
                values.getOrDefault(Setting.BANK_CHARGE_ALLOWANCE, base.bankChargeAllowance()),
                values.getOrDefault(Setting.MINIMUM_INSURANCE_PERCENT, base.minimumInsurancePercent()),
                values.getOrDefault(Setting.MEASURED_QUANTITY_TOLERANCE_PERCENT, base.measuredQuantityTolerancePercent()),
                values.containsKey(Setting.LATE_PAYMENT_DAYS) ? values.get(Setting.LATE_PAYMENT_DAYS).intValueExact() : base.latePaymentDays(),
                values.containsKey(Setting.EARLY_PAYMENT_DAYS) ? values.get(Setting.EARLY_PAYMENT_DAYS).intValueExact() : base.earlyPaymentDays());
    }

    private static Setting setting(String key) {
        for (Setting setting : Setting.values()) {
            if (setting.key.equals(key)) {
                return setting;
            }
        }
        return null;
    }

    private static String known() {
        List<String> names = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            names.add(setting.key);
        }
        return String.join(", ", names);
    }

    /** A number written as a YAML number or as a decimal string; null for anything else. */
    private static BigDecimal number(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            try {
                return new BigDecimal(node.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * The problems of a profile file, each coded as {@code key|argument|...}: the key is a
     * message key under {@code profile.} and the arguments fill it, so a caller words them in
     * the reader's language.
     */
    public static final class ProfileException extends Exception {

        private final List<String> problems;

        public ProfileException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
