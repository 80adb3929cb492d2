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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * X02: the value a declaration declares for customs equals the total of the invoices it
 * names, adjusted from the invoice's Incoterms rule to the declaration's transaction mode
 * (成交方式): freight and insurance the invoice price includes but the declared basis does not
 * are taken off, and those the declared basis includes but the invoice price does not are
 * added, so an FOB value is the CIF price less freight and insurance, and a CIF value the FOB
 * price plus both. The charges are taken from the document whose basis includes them, the
 * other document's figure when it does not state them. Under-declaration against the
 * invoice is the most common customs valuation fraud.
 *
 * <p>NOTE: additions under article 8 of the WTO Customs Valuation Agreement (commissions,
 * royalties, assists) are not in the model; a declared value that includes them differs from
 * the invoice by their amount.
 */
public final class DeclaredValueMatchesInvoice extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X02-DECLARED-VALUE", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "WTO Customs Valuation Agreement; China customs declaration practice", Transactions.INVOICE, Transactions.DECLARATION);

    public DeclaredValueMatchesInvoice() {
        super(DEFINITION);
    }

    /** Why a declaration could not be compared: a message key and its arguments. */
    private record Reason(String key, Object... arguments) {
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> declarations = Transactions.ofTypes(transaction, Transactions.DECLARATION);
        if (declarations.isEmpty() || Transactions.ofTypes(transaction, Transactions.INVOICE).isEmpty()) {
            NotApplicable.missingDocument(context, declarations.isEmpty() ? Transactions.DECLARATION : Transactions.INVOICE);
            return;
        }
        Reason reason = null;
        boolean compared = false;
        for (DocumentFacts declaration : declarations) {
            Reason problem = compare(transaction, declaration, context);
            if (problem == null) {
                compared = true;
            } else if (reason == null) {
                reason = problem;
            }
        }
        if (!compared) {
            context.notApplicable(reason.key(), reason.arguments());
        }
    }

    /** Compares one declaration with its invoices; returns why it could not, or null when it did. */
    private Reason compare(TradeTransaction transaction, DocumentFacts declaration, CrossContext context) {
        Fact declaredFact = declaration.first(FactNames.CUSTOMS_VALUE);
        Amounts.Amount declared = declaredFact == null ? null : Amounts.of(declaredFact);
        if (declared == null) {
            return new Reason("outcome.crossdoc.absent", FactNames.CUSTOMS_VALUE);
        }
        List<DocumentFacts> invoices = Invoices.of(transaction, declaration);
        if (invoices.isEmpty()) {
            return new Reason("outcome.crossdoc.missing-document", Transactions.INVOICE);
        }
        Fact modeFact = declaration.first(FactNames.TRANSACTION_MODE);
        PriceBasis declaredBasis = modeFact == null ? null : PriceBasis.ofTransactionMode(modeFact.value());
        if (declaredBasis == null) {
            return new Reason("outcome.crossdoc.price-basis", FactNames.TRANSACTION_MODE, modeFact == null ? "-" : modeFact.value());
        }

        List<DocumentFacts> rateSources = new ArrayList<>(invoices);
        rateSources.add(declaration);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(declaration.evidence(FactNames.CUSTOMS_VALUE, declaredFact));
        evidence.add(declaration.evidence(FactNames.TRANSACTION_MODE, modeFact));
        Set<String> incoterms = new LinkedHashSet<>();
        Amounts.Amount expected = new Amounts.Amount(BigDecimal.ZERO, declared.currency());
        for (DocumentFacts invoice : invoices) {
            Fact incoterm = invoice.first(FactNames.INCOTERM);
            PriceBasis invoiceBasis = incoterm == null ? null : PriceBasis.ofIncoterm(incoterm.value(), invoice.has(FactNames.INSURANCE));
            if (invoiceBasis == null || invoiceBasis.exWorks() != declaredBasis.exWorks()) {
                return new Reason("outcome.crossdoc.price-basis", FactNames.INCOTERM, incoterm == null ? "-" : incoterm.value());
            }
            incoterms.add(incoterm.value());
            evidence.add(invoice.evidence(FactNames.INCOTERM, incoterm));

            Fact totalFact = total(invoice);
            Amounts.Amount price = totalFact == null ? null : Amounts.of(totalFact);
            if (price == null) {
                return new Reason("outcome.crossdoc.absent", FactNames.INVOICE_TOTAL);
            }
            evidence.add(invoice.evidence(FactNames.INVOICE_TOTAL, totalFact));
            Amounts.Amount freight = adjustment(invoiceBasis.carriage(), declaredBasis.carriage(), FactNames.FREIGHT, invoice, declaration,
                    price.currency(), rateSources, evidence);
            Amounts.Amount insurance = adjustment(invoiceBasis.insurance(), declaredBasis.insurance(), FactNames.INSURANCE, invoice, declaration,
                    price.currency(), rateSources, evidence);
            if (freight == null || insurance == null) {
                return new Reason("outcome.crossdoc.charges-unknown", Transactions.label(invoice), Transactions.label(declaration));
            }
            Amounts.Amount adjusted = Amounts.convert(price.plus(freight).plus(insurance), declared.currency(), rateSources);
            if (adjusted == null) {
                return new Reason("outcome.crossdoc.not-comparable", FactNames.CUSTOMS_VALUE);
            }
            expected = expected.plus(adjusted);
        }

        BigDecimal allowed = Decimals.percentOf(expected.value(), context.profile().declaredValueTolerancePercent());
        if (!Decimals.within(declared.value(), expected.value(), allowed)) {
            context.mismatch(expected.value().stripTrailingZeros().toPlainString() + " " + expected.currency(), Transactions.written(declaredFact),
                    evidence, Transactions.label(declaration), Transactions.labels(invoices), String.join(", ", incoterms), modeFact.value(),
                    Decimals.percent(context.profile().declaredValueTolerancePercent()));
        }
        return null;
    }

    /** The invoice price: the grand total, else the amount due, else the line total. */
    private static Fact total(DocumentFacts invoice) {
        for (String name : List.of(FactNames.INVOICE_TOTAL, FactNames.AMOUNT_DUE, FactNames.LINE_TOTAL)) {
            if (invoice.has(name)) {
                return invoice.first(name);
            }
        }
        return null;
    }

    /**
     * The amount to add to the invoice price for one charge, in the invoice currency: nothing
     * when both bases include the charge or neither does, minus the charge when only the
     * invoice price includes it, plus the charge when only the declared basis does. Null when
     * the charge is needed but neither document states it in a convertible currency.
     */
    private static Amounts.Amount adjustment(boolean inInvoice, boolean inDeclaration, String charge, DocumentFacts invoice,
                                             DocumentFacts declaration, String currency, List<DocumentFacts> rateSources, List<Evidence> evidence) {
        if (inInvoice == inDeclaration) {
            return new Amounts.Amount(BigDecimal.ZERO, currency);
        }
        DocumentFacts first = inInvoice ? invoice : declaration;
        DocumentFacts second = inInvoice ? declaration : invoice;
        Fact fact = first.has(charge) ? first.first(charge) : second.first(charge);
        DocumentFacts source = first.has(charge) ? first : second;
        Amounts.Amount amount = fact == null ? null : Amounts.convert(Amounts.of(fact), currency, rateSources);
        if (amount == null) {
            return null;
        }
        evidence.add(source.evidence(charge, fact));
        return inInvoice ? new Amounts.Amount(amount.value().negate(), currency) : amount;
    }
}
