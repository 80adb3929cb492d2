package org.tradecert.crossdoc.rules;

import org.tradecert.crossdoc.CrossDocumentRule;

import java.util.List;

/**
 * The cross-document consistency rules X01-X25 of layer 8, in the order of their numbers.
 * Where the standards table gives one check two severities, or one number several checks
 * with their own wording, the check is split into rules of their own (X01, X13, X21, X25).
 */
public final class ConsistencyRules {

    private ConsistencyRules() {
    }

    public static List<CrossDocumentRule> all() {
        return List.of(
                new PaymentsMatchInvoice(),
                new LetterOfCreditPaymentsMatchInvoice(),
                new DeclaredValueMatchesInvoice(),
                new CurrenciesCoherent(),
                new ItemValuesMatchInvoiceLines(),
                new QuantitiesMatch(),
                new GrossWeightMatches(),
                new NetWeightNotAboveGross(),
                new PackagesMatch(),
                new ContainersMatch(),
                new SealsMatch(),
                new TransportDocumentNumberMatches(),
                new ConveyanceMatches(),
                new PortsMatch(),
                new NamedPlaceFitsIncoterm(),
                new CountriesMatchPorts(),
                new TransportModeMatches(),
                new HsCodesMatch(),
                new DescriptionsDoNotConflict(),
                new OriginMatches(),
                new PartiesMatch(),
                new PayerAndPayeePlausible(),
                new IncotermsMatch(),
                new FreightTermFitsIncoterm(),
                new InsuranceCoversCifValue(),
                new DatesInOrder(),
                new PaymentTiming(),
                new ReferencesResolve(),
                new InvoiceNumbersUnique(),
                new InvoiceClaimedOnce());
    }
}
