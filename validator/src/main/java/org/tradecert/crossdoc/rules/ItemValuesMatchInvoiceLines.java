package org.tradecert.crossdoc.rules;

import org.tradecert.api.Evidence;
import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.Rec20Units;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * X04: the value of each declaration item equals the value of the invoice lines it declares
 * (matched as {@link LineMatching} describes), and where one item declares one line, its unit
 * price equals the line's net price per unit, after conversion of the units. Goods the
 * invoice bills but the only declaration omits count as declared at zero, and goods declared
 * but billed on no invoice line as invoiced at zero.
 */
public final class ItemValuesMatchInvoiceLines extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X04-ITEM-VALUE", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "Customs practice", Transactions.INVOICE, Transactions.DECLARATION);

    public ItemValuesMatchInvoiceLines() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> declarations = Transactions.ofTypes(transaction, Transactions.DECLARATION);
        if (declarations.isEmpty() || Transactions.ofTypes(transaction, Transactions.INVOICE).isEmpty()) {
            NotApplicable.missingDocument(context, declarations.isEmpty() ? Transactions.DECLARATION : Transactions.INVOICE);
            return;
        }
        boolean compared = false;
        String tolerance = Decimals.percent(context.profile().amountTolerancePercent());
        for (DocumentFacts declaration : declarations) {
            List<DocumentFacts> invoices = Invoices.of(transaction, declaration);
            if (invoices.isEmpty()) {
                continue;
            }
            DocumentFacts invoice = Invoices.merged(invoices);
            List<DocumentFacts> rateSources = new ArrayList<>(invoices);
            rateSources.add(declaration);
            for (LineMatching.Group group : LineMatching.match(invoice, declaration)) {
                if (group.items().isEmpty() && declarations.size() > 1) {
                    continue;
                }
                compared |= compareValues(context, declaration, invoice, invoices, group, rateSources, tolerance);
                if (group.items().size() == 1 && group.invoiceLines().size() == 1) {
                    comparePrices(context, declaration, invoice, invoices, group, rateSources, tolerance);
                }
            }
        }
        if (!compared) {
            context.notApplicable("outcome.crossdoc.not-comparable", FactNames.LINE_AMOUNT);
        }
    }

    /** Compares the summed values of a group; false when the sums cannot be compared. */
    private static boolean compareValues(CrossContext context, DocumentFacts declaration, DocumentFacts invoice, List<DocumentFacts> invoices,
                                         LineMatching.Group group, List<DocumentFacts> rateSources, String tolerance) {
        Sum declared = sum(declaration, List.of(declaration), group.items());
        Sum invoiced = sum(invoice, invoices, group.invoiceLines());
        if (declared == null || invoiced == null) {
            return false;
        }
        String currency = declared.amount() != null ? declared.amount().currency() : invoiced.amount() != null ? invoiced.amount().currency() : null;
        if (currency == null) {
            return false;
        }
        Amounts.Amount declaredAmount = declared.amount() == null ? new Amounts.Amount(BigDecimal.ZERO, currency) : declared.amount();
        Amounts.Amount invoicedAmount = invoiced.amount() == null ? new Amounts.Amount(BigDecimal.ZERO, currency)
                : Amounts.convert(invoiced.amount(), currency, rateSources);
        if (invoicedAmount == null) {
            return false;
        }
        if (!Decimals.withinPercent(declaredAmount.value(), invoicedAmount.value(), context.profile().amountTolerancePercent())) {
            LineSums.mismatch(context, declaration, group.items(), Transactions.labels(invoices), group.invoiceLines(), FactNames.LINE_AMOUNT,
                    invoicedAmount.written(), declaredAmount.written(), declared.evidence(), invoiced.evidence(), tolerance);
        }
        return true;
    }

    /** The sum of the line amounts of some lines, null when a line lacks an amount or the currencies differ. */
    private record Sum(Amounts.Amount amount, List<Evidence> evidence) {
    }

    private static Sum sum(DocumentFacts document, List<DocumentFacts> owners, List<String> lines) {
        Amounts.Amount total = null;
        List<Evidence> evidence = new ArrayList<>();
        for (String line : lines) {
            List<Fact> amounts = Transactions.keyed(document, FactNames.LINE_AMOUNT, line);
            if (amounts.isEmpty()) {
                return null;
            }
            for (Fact fact : amounts) {
                Amounts.Amount amount = Amounts.of(fact);
                if (amount == null || total != null && !total.currency().equals(amount.currency())) {
                    return null;
                }
                total = total == null ? amount : total.plus(amount);
                evidence.add(Invoices.owner(owners, fact).evidence(FactNames.LINE_AMOUNT, fact));
            }
        }
        return new Sum(total, evidence);
    }

    /** Compares the unit price of one item with the net price per unit of the one line it declares. */
    private static void comparePrices(CrossContext context, DocumentFacts declaration, DocumentFacts invoice, List<DocumentFacts> invoices,
                                      LineMatching.Group group, List<DocumentFacts> rateSources, String tolerance) {
        String item = group.items().get(0);
        String line = group.invoiceLines().get(0);
        Fact itemPrice = first(declaration, FactNames.LINE_PRICE, item);
        Fact itemQuantity = first(declaration, FactNames.LINE_QUANTITY, item);
        Fact linePrice = first(invoice, FactNames.LINE_PRICE, line);
        Fact lineQuantity = first(invoice, FactNames.LINE_QUANTITY, line);
        if (itemPrice == null || itemQuantity == null || linePrice == null || lineQuantity == null) {
            return;
        }
        Fact basis = first(invoice, FactNames.LINE_PRICE_BASIS, line);
        BigDecimal itemUnits = units(BigDecimal.ONE, itemQuantity.qualifier());
        BigDecimal lineUnits = basis == null ? units(BigDecimal.ONE, lineQuantity.qualifier()) : units(Transactions.decimal(basis),
                basis.qualifier() == null ? lineQuantity.qualifier() : basis.qualifier());
        if (itemUnits == null || lineUnits == null || itemUnits.signum() == 0 || lineUnits.signum() == 0
                || !sameKind(itemQuantity.qualifier(), basis == null || basis.qualifier() == null ? lineQuantity.qualifier() : basis.qualifier())) {
            return;
        }
        Amounts.Amount itemAmount = Amounts.of(itemPrice);
        Amounts.Amount lineAmount = Amounts.convert(Amounts.of(linePrice), itemAmount == null ? null : itemAmount.currency(), rateSources);
        if (itemAmount == null || lineAmount == null) {
            return;
        }
        BigDecimal itemPerUnit = itemAmount.value().divide(itemUnits, MathContext.DECIMAL128);
        BigDecimal linePerUnit = lineAmount.value().divide(lineUnits, MathContext.DECIMAL128);
        if (!Decimals.withinPercent(itemPerUnit, linePerUnit, context.profile().amountTolerancePercent())) {
            Amounts.Amount expected = new Amounts.Amount(linePerUnit.multiply(itemUnits, MathContext.DECIMAL128).stripTrailingZeros(),
                    itemAmount.currency());
            Evidence lineEvidence = Invoices.owner(invoices, linePrice).evidence(FactNames.LINE_PRICE, linePrice);
            LineSums.mismatch(context, declaration, group.items(), Transactions.labels(invoices), group.invoiceLines(), FactNames.LINE_PRICE,
                    expected.written(), Transactions.written(itemPrice), List.of(declaration.evidence(FactNames.LINE_PRICE, itemPrice)),
                    basis == null ? List.of(lineEvidence) : List.of(lineEvidence, Invoices.owner(invoices, basis).evidence(FactNames.LINE_PRICE_BASIS, basis)),
                    tolerance);
        }
    }

    /** How many base units {@code quantity} of {@code unit} is, or null when the value or unit is unusable. */
    private static BigDecimal units(BigDecimal quantity, String unit) {
        return quantity == null ? null : Rec20Units.convert(quantity, unit).map(Rec20Units.Converted::value).orElse(null);
    }

    private static boolean sameKind(String firstUnit, String secondUnit) {
        Rec20Units.Converted first = Rec20Units.convert(BigDecimal.ONE, firstUnit).orElse(null);
        Rec20Units.Converted second = Rec20Units.convert(BigDecimal.ONE, secondUnit).orElse(null);
        return first != null && first.comparableWith(second);
    }

    private static Fact first(DocumentFacts document, String name, String key) {
        List<Fact> facts = Transactions.keyed(document, name, key);
        return facts.isEmpty() ? null : facts.get(0);
    }
}
