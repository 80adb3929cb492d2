package org.tradecert.rules.declaration;

import org.tradecert.rules.DocumentRule;

import java.util.List;

/**
 * The document rules of the goods declaration, after the China customs filling rules:
 * number and direction first, then values and charges, weights and quantities, packages,
 * transport and dates.
 */
public final class DeclarationRules {

    private DeclarationRules() {
    }

    public static List<DocumentRule<?>> all() {
        return List.of(
                new DeclarationNumberForm(),
                new CountriesMatchDirection(),
                new DestinationCountryMatchesDirection(),
                new ChinesePortMatchesDirection(),
                new ItemSequenceContinuous(),
                new CommodityCodeHasTenDigits(),
                new OriginCountryStated(),
                new ItemValueMatchesPrice(),
                new DeclaredValueMatchesItems(),
                new AmountsInDeclarationCurrency(),
                new ExchangeRateIntoYuan(),
                new TransactionModeMatchesDeliveryTerms(),
                new FreightDeclaredWhenRequired(),
                new FreightOnlyWhenRequired(),
                new InsuranceDeclaredWhenRequired(),
                new InsuranceOnlyWhenRequired(),
                new ValuationConfirmationsForImports(),
                new WeightsInKilograms(),
                new NetWeightNotAboveGrossWeight(),
                new NetWeightMatchesItems(),
                new LegalQuantityMatchesTransactionQuantity(),
                new SecondLegalUnitDiffers(),
                new LegalWeightMatchesNetWeight(),
                new PackageCountPositive(),
                new EquipmentPackagesMatchDeclaration(),
                new EquipmentWeightsMatchDeclaration(),
                new TransportModeMatchesMovement(),
                new TransportDocumentMatchesMode(),
                new ExportDateNotBeforeDeclaration(),
                new ImportDeclaredWithinDeadline());
    }
}
