package org.tradecert.crossdoc.risk;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.codelist.CodeListRegistry;
import org.tradecert.codelist.GaccMappings;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.Cancellations;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * P4: each declaration item is priced like the invoice line it declares, after the Incoterms
 * adjustment. Invoice line prices are the price of the goods alone. A declaration item may
 * instead be priced on the basis of its transaction mode (成交方式), which adds the freight and
 * insurance that basis includes, shared over the goods by value. The item price is compared
 * with both the bare and the adjusted invoice price, and the nearer one counts, so either way
 * of declaring passes. Items are paired by the invoice line they name, else by a subheading
 * only one invoice line has. With several invoices, line ids are ambiguous and only the
 * subheading pairs an item.
 */
public final class DeclaredPriceGap extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("RISK-P04-DECLARED-PRICE-GAP", Layer.RISK, Severity.WARNING,
            "customs valuation practice: declared against invoiced unit price", "goods-declaration", "commercial-invoice");

    private final RiskThresholds thresholds;
    private volatile Map.Entry<CodeListRegistry, GaccMappings> mappings;

    public DeclaredPriceGap(RiskThresholds thresholds) {
        super(DEFINITION);
        this.thresholds = thresholds;
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> live = Cancellations.live(transaction);
        DocumentFacts declaration = first(live, "goods-declaration");
        List<DocumentFacts> invoices = declaration == null ? List.of() : invoices(declaration, live);
        if (declaration == null || invoices.isEmpty()) {
            context.notApplicable("outcome.crossdoc.missing-document", declaration == null ? "goods-declaration" : "commercial-invoice");
            return;
        }

        // Line ids name a line within one invoice, so with several invoices only a subheading pairs an item.
        boolean byLineId = invoices.size() == 1;
        List<GoodsItem> invoiceLines = new ArrayList<>();
        for (DocumentFacts invoice : invoices) {
            invoiceLines.addAll(GoodsItem.of(invoice));
        }
        ExchangeRates rates = ExchangeRates.of(live);
        BigDecimal costShare = costShare(declaration, invoices.get(0), invoiceLines, rates, mappings(context));
        int compared = 0;

        for (GoodsItem item : GoodsItem.of(declaration)) {
            GoodsItem line = invoiceLine(item, invoiceLines, byLineId);
            BigDecimal declared = line == null ? null : declaredPrice(item, line, rates);
            BigDecimal invoiced = line == null ? null : line.unitPrice().orElse(null);
            if (declared == null || invoiced == null || invoiced.signum() == 0) {
                continue;
            }
            compared++;

            BigDecimal bare = Decimals.percent(declared.subtract(invoiced), invoiced);
            BigDecimal adjustedPrice = invoiced.multiply(BigDecimal.ONE.add(costShare), MathContext.DECIMAL64);
            BigDecimal adjusted = Decimals.percent(declared.subtract(adjustedPrice), adjustedPrice);
            boolean nearerBare = bare.abs().compareTo(adjusted.abs()) <= 0;
            BigDecimal gap = nearerBare ? bare : adjusted;
            BigDecimal expected = nearerBare ? invoiced : adjustedPrice;
            if (gap.abs().compareTo(thresholds.declaredPriceGapPercent()) > 0) {
                context.report(List.of(item.document().evidence(FactNames.LINE_AMOUNT, item.amountFact()),
                                item.document().evidence(FactNames.LINE_QUANTITY, item.quantity()),
                                line.document().evidence(FactNames.LINE_AMOUNT, line.amountFact()),
                                line.document().evidence(FactNames.LINE_QUANTITY, line.quantity())),
                        declaration.documentId(), item.key(), Decimals.show(declared), line.currency() + "/" + line.quantity().qualifier(),
                        line.document().documentId(), line.key(), Decimals.show(expected), Decimals.showPercent(gap),
                        thresholds.declaredPriceGapPercent().toPlainString());
            }
        }

        if (compared == 0) {
            context.notApplicable("outcome.no-matching-lines");
        }
    }

    private static DocumentFacts first(List<DocumentFacts> documents, String type) {
        return documents.stream().filter(document -> document.documentType().equals(type)).findFirst().orElse(null);
    }

    /** Returns the invoices the declaration names, or every invoice of the transaction when it names none. */
    private static List<DocumentFacts> invoices(DocumentFacts declaration, List<DocumentFacts> live) {
        List<DocumentFacts> all = live.stream().filter(document -> document.documentType().equals("commercial-invoice")).toList();
        List<String> named = declaration.all(FactNames.INVOICE_NUMBER).stream().map(fact -> fact.value().strip()).toList();
        List<DocumentFacts> found = all.stream().filter(invoice -> named.contains(invoice.documentId())
                || invoice.all(FactNames.DOCUMENT_NUMBER).stream().anyMatch(number -> named.contains(number.value().strip()))).toList();
        return found.isEmpty() ? all : found;
    }

    /**
     * Finds the invoice line an item declares: the one it names when {@code byLineId}, else the
     * only line of its subheading, or null.
     */
    private static GoodsItem invoiceLine(GoodsItem item, List<GoodsItem> lines, boolean byLineId) {
        Fact link = null;
        for (Fact fact : item.document().all(FactNames.LINE_INVOICE_LINE)) {
            if (item.key().equals(fact.key() == null ? "" : fact.key())) {
                link = fact;
            }
        }
        if (byLineId && link != null) {
            GoodsItem named = GoodsItem.byKey(lines).get(link.value().strip());
            if (named != null) {
                return named;
            }
        }
        List<GoodsItem> sameHs = lines.stream().filter(line -> line.hs6() != null && line.hs6().equals(item.hs6())).toList();
        return sameHs.size() == 1 ? sameHs.get(0) : null;
    }

    /** Computes the item's price per unit of the invoice line's quantity unit in the invoice currency, or null when not convertible. */
    private static BigDecimal declaredPrice(GoodsItem item, GoodsItem line, ExchangeRates rates) {
        if (line.quantity() == null || item.amountValue() == null) {
            return null;
        }
        Optional<BigDecimal> amount = rates.convert(item.amountValue(), item.currency(), line.currency());
        Optional<BigDecimal> quantity = item.quantity() == null ? Optional.empty()
                : Rec20Units.convert(Decimals.parse(item.quantity().value()), item.quantity().qualifier(), line.quantity().qualifier());
        if (amount.isEmpty() || quantity.isEmpty() || quantity.get().signum() <= 0) {
            return null;
        }
        return amount.get().divide(quantity.get(), MathContext.DECIMAL64);
    }

    /**
     * Computes the freight and insurance the declaration's price basis includes, as a share of
     * the invoiced goods value. It is zero when the basis includes none or is not known.
     */
    private static BigDecimal costShare(DocumentFacts declaration, DocumentFacts invoice, List<GoodsItem> lines, ExchangeRates rates,
                                        GaccMappings mappings) {
        Optional<GaccMappings.PriceBasis> basis = basis(declaration, mappings);
        String currency = lines.isEmpty() ? null : lines.get(0).currency();
        BigDecimal goods = BigDecimal.ZERO;
        for (GoodsItem line : lines) {
            Optional<BigDecimal> value = rates.convert(line.amountValue(), line.currency(), currency);
            if (value.isEmpty()) {
                return BigDecimal.ZERO;
            }
            goods = goods.add(value.get());
        }
        if (basis.isEmpty() || goods.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal costs = BigDecimal.ZERO;
        if (basis.get().freight()) {
            costs = costs.add(cost(FactNames.FREIGHT, declaration, invoice, rates, currency));
        }
        if (basis.get().insurance()) {
            costs = costs.add(cost(FactNames.INSURANCE, declaration, invoice, rates, currency));
        }
        return costs.divide(goods, MathContext.DECIMAL64);
    }

    private static Optional<GaccMappings.PriceBasis> basis(DocumentFacts declaration, GaccMappings mappings) {
        Fact mode = declaration.first(FactNames.TRANSACTION_MODE);
        if (mode != null) {
            return mappings.priceBasis(mode.value());
        }
        Fact incoterm = declaration.first(FactNames.INCOTERM);
        return incoterm == null ? Optional.empty() : mappings.transactionModeForIncoterm(incoterm.value()).flatMap(mappings::priceBasis);
    }

    /** Sums a charge from the declaration, else the invoice, in the given currency; zero when neither states it convertibly. */
    private static BigDecimal cost(String name, DocumentFacts declaration, DocumentFacts invoice, ExchangeRates rates, String currency) {
        List<Fact> found = new ArrayList<>(declaration.all(name));
        if (found.isEmpty()) {
            found.addAll(invoice.all(name));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Fact fact : found) {
            total = total.add(rates.convert(Decimals.parse(fact.value()), fact.qualifier(), currency).orElse(BigDecimal.ZERO));
        }
        return total;
    }

    /** Returns the mappings of the run's code lists, made once per registry. */
    private GaccMappings mappings(CrossContext context) {
        Map.Entry<CodeListRegistry, GaccMappings> cached = mappings;
        if (cached == null || cached.getKey() != context.codeLists()) {
            cached = Map.entry(context.codeLists(), GaccMappings.of(context.codeLists()));
            mappings = cached;
        }
        return cached.getValue();
    }
}
