package org.tradecert.crossdoc.rules;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/**
 * X03: the declaration and every payment are in the invoice currency, or one of the two
 * documents states the exchange rate between the currencies. Without a stated rate the
 * amounts cannot be reconciled, and the toolkit never looks a rate up.
 */
public final class CurrenciesCoherent extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X03-CURRENCY", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "Customs and bank practice", Transactions.INVOICE, Transactions.DECLARATION, Transactions.PAYMENT);

    public CurrenciesCoherent() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> invoices = Transactions.ofTypes(transaction, Transactions.INVOICE);
        List<DocumentFacts> others = Transactions.ofTypes(transaction, Transactions.DECLARATION, Transactions.PAYMENT);
        boolean compared = false;
        for (DocumentFacts other : others) {
            Fact otherCurrency = other.first(FactNames.CURRENCY);
            if (otherCurrency == null) {
                continue;
            }
            List<DocumentFacts> related = Transactions.PAYMENT.equals(other.documentType()) ? remitted(invoices, other) : Invoices.of(transaction, other);
            for (DocumentFacts invoice : related) {
                Fact invoiceCurrency = invoice.first(FactNames.CURRENCY);
                if (invoiceCurrency == null) {
                    continue;
                }
                compared = true;
                if (!invoiceCurrency.value().equals(otherCurrency.value())
                        && !Amounts.rateBetween(invoiceCurrency.value(), otherCurrency.value(), List.of(invoice, other))) {
                    context.mismatch(invoiceCurrency.value(), otherCurrency.value(),
                            List.of(other.evidence(FactNames.CURRENCY, otherCurrency), invoice.evidence(FactNames.CURRENCY, invoiceCurrency)),
                            Transactions.label(other), Transactions.label(invoice));
                }
            }
        }
        if (!compared) {
            NotApplicable.fewerThanTwo(context, FactNames.CURRENCY, Transactions.ofTypes(transaction, Transactions.INVOICE, Transactions.DECLARATION,
                    Transactions.PAYMENT).stream().filter(document -> document.has(FactNames.CURRENCY)).toList());
        }
    }

    /** The invoices a payment remits; all invoices when it names none. */
    private static List<DocumentFacts> remitted(List<DocumentFacts> invoices, DocumentFacts payment) {
        List<String> numbers = payment.all(FactNames.REMITTED_INVOICE).stream().map(Fact::value).toList();
        return numbers.isEmpty() ? invoices : invoices.stream().filter(invoice -> numbers.contains(invoice.documentId())).toList();
    }
}
