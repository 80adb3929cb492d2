package org.tradecert.crossdoc.rules;

import org.tradecert.api.Evidence;
import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * X22: under CIF or CIP the seller insures the goods for at least the profile's share of the
 * CIF or CIP value (110 % by default, as UCP 600 article 28 and Incoterms 2020 require), and
 * the insurance document is dated no later than the shipment; the insurance premium (保费) a
 * declaration states is the premium the invoice charges. A shortfall leaves the buyer
 * under-insured, so this is a warning.
 */
public final class InsuranceCoversCifValue extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X22-INSURANCE", Layer.CROSS_DOCUMENT, Severity.WARNING,
            "ICC UCP 600 article 28; ICC Incoterms 2020 (CIF A5, CIP A5)", Transactions.INVOICE, Transactions.DECLARATION,
            Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL);

    private static final Set<String> INSURED_RULES = Set.of("CIF", "CIP");

    public InsuranceCoversCifValue() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        boolean compared = false;
        List<DocumentFacts> invoices = Transactions.ofTypes(transaction, Transactions.INVOICE);
        Shipment.Dated shipment = Shipment.date(transaction);
        for (DocumentFacts invoice : invoices) {
            Fact incoterm = invoice.first(FactNames.INCOTERM);
            if (incoterm == null || !INSURED_RULES.contains(incoterm.value())) {
                continue;
            }
            compared |= checkInsuredValue(context, invoice, incoterm);
            Fact insured = invoice.first(FactNames.INSURANCE_DATE);
            if (insured != null && shipment != null && Times.of(insured) != null) {
                compared = true;
                if (Times.of(insured).after(shipment.when())) {
                    context.mismatch("≤ " + shipment.fact().value(), insured.value(), List.of(invoice.evidence(FactNames.INSURANCE_DATE, insured),
                            shipment.evidence()),
                            Transactions.label(invoice), Transactions.label(shipment.document()), FactNames.INSURANCE_DATE);
                }
            }
        }
        for (DocumentFacts declaration : Transactions.ofTypes(transaction, Transactions.DECLARATION)) {
            Fact premium = declaration.first(FactNames.INSURANCE);
            if (premium == null) {
                continue;
            }
            for (DocumentFacts invoice : Invoices.of(transaction, declaration)) {
                compared |= comparePremium(context, declaration, premium, invoice);
            }
        }
        if (!compared) {
            context.notApplicable("outcome.crossdoc.not-insured", String.join(", ", INSURED_RULES));
        }
    }

    /** Reports an insured value below the minimum share of the invoice's CIF or CIP value; false when there is nothing to compare. */
    private static boolean checkInsuredValue(CrossContext context, DocumentFacts invoice, Fact incoterm) {
        Fact insuredFact = invoice.first(FactNames.INSURED_VALUE);
        Fact valueFact = invoice.has(FactNames.INVOICE_TOTAL) ? invoice.first(FactNames.INVOICE_TOTAL) : invoice.first(FactNames.AMOUNT_DUE);
        Amounts.Amount insured = insuredFact == null ? null : Amounts.of(insuredFact);
        Amounts.Amount value = valueFact == null ? null : Amounts.of(valueFact);
        Amounts.Amount converted = insured == null ? null : Amounts.convert(value, insured.currency(), List.of(invoice));
        if (converted == null) {
            return false;
        }
        BigDecimal minimum = Decimals.percentOf(converted.value(), context.profile().minimumInsurancePercent());
        if (insured.value().compareTo(minimum) < 0) {
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(invoice.evidence(FactNames.INSURED_VALUE, insuredFact));
            evidence.add(invoice.evidence(FactNames.INVOICE_TOTAL, valueFact));
            evidence.add(invoice.evidence(FactNames.INCOTERM, incoterm));
            context.mismatch("≥ " + Decimals.plain(minimum) + " " + insured.currency() + " (" + Decimals.percent(context.profile().minimumInsurancePercent())
                    + ")", insuredFact.value() + " " + insured.currency(), evidence, Transactions.label(invoice), Transactions.label(invoice),
                    FactNames.INSURED_VALUE);
        }
        return true;
    }

    /** Reports a declared premium other than the invoiced one; false when either cannot be read in one currency. */
    private static boolean comparePremium(CrossContext context, DocumentFacts declaration, Fact premium, DocumentFacts invoice) {
        Fact invoiced = invoice.first(FactNames.INSURANCE);
        Amounts.Amount declared = Amounts.of(premium);
        Amounts.Amount charged = invoiced == null || declared == null ? null
                : Amounts.convert(Amounts.of(invoiced), declared.currency(), List.of(invoice, declaration));
        if (charged == null) {
            return false;
        }
        if (!Decimals.withinPercent(declared.value(), charged.value(), context.profile().amountTolerancePercent())) {
            context.mismatch(Transactions.written(invoiced), Transactions.written(premium), List.of(declaration.evidence(FactNames.INSURANCE, premium),
                    invoice.evidence(FactNames.INSURANCE, invoiced)), Transactions.label(declaration), Transactions.label(invoice),
                    FactNames.INSURANCE);
        }
        return true;
    }
}
