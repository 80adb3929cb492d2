package org.tradecert.rules.common;

import org.tradecert.rules.DocumentRule;

import java.util.List;

/** The document rules of the components every document type shares (parties, equipment, transport means). */
public final class CommonRules {

    private CommonRules() {
    }

    public static List<DocumentRule<?>> all() {
        return List.of(
                new UsccFormat(),
                new UsccCheckCharacter(),
                new UsccOrganisationCode(),
                new LeiFormat(),
                new LeiCheckDigits(),
                new ContainerNumberFormat(),
                new ContainerCheckDigit(),
                new ContainerWithinRating(),
                new ImoNumberFormat(),
                new ImoCheckDigit(),
                new AirWaybillNumberFormat(),
                new AirWaybillCheckDigit(),
                new MeasureNotNegative(),
                new MeasureUnitFitsProperty(),
                new CountIsWholeNumber(),
                new PackageNetWeightWithinGross(),
                new DensityPlausible(),
                new MovementLocationsDiffer(),
                new MovementArrivalAfterDeparture(),
                new TransportMeansFitsMode());
    }
}
