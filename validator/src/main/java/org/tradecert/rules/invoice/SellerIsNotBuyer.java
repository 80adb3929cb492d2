package org.tradecert.rules.invoice;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.model.udt.v1.SchemedIDType;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.RuleContext;
import org.tradecert.rules.RuleDefinition;

import java.util.Optional;

/**
 * Seller and buyer are different parties: they share no registered identifier. An export
 * sale needs two parties, and an invoice addressed by a company to itself is a known
 * pattern of trade-based money laundering and a simple copy error.
 */
public final class SellerIsNotBuyer extends DocumentRule<CommercialInvoiceType> {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("INV-SELLER-BUYER", Layer.DOCUMENT_RULES, Severity.ERROR,
            "UN/CEFACT Cross Industry Invoice: seller and buyer trade parties of the header trade agreement; FATF trade-based money laundering indicators",
            "commercial-invoice");

    public SellerIsNotBuyer() {
        super(DEFINITION, CommercialInvoiceType.class);
    }

    @Override
    public void check(CommercialInvoiceType invoice, RuleContext context) {
        Optional<SchemedIDType> shared = PartyIdentifiers.shared(invoice.getSellerTradeParty(), invoice.getBuyerTradeParty());
        if (shared.isPresent()) {
            context.report(shared.get(), shared.get().getSchemeID(), shared.get().getValue());
        }
    }
}
