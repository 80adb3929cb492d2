package org.tradecert.crossdoc;

import java.math.BigDecimal;

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
 */
public record CrossDocumentProfile(
        BigDecimal amountTolerancePercent,
        BigDecimal declaredValueTolerancePercent,
        BigDecimal seaWeightTolerancePercent,
        BigDecimal airWeightTolerancePercent,
        BigDecimal airWeightToleranceKilograms,
        BigDecimal bankChargeAllowance,
        BigDecimal minimumInsurancePercent) {

    public static CrossDocumentProfile defaults() {
        return new CrossDocumentProfile(new BigDecimal("0.5"), new BigDecimal("1"), new BigDecimal("0.5"), new BigDecimal("1"),
                new BigDecimal("0.5"), new BigDecimal("50"), new BigDecimal("110"));
    }
}
