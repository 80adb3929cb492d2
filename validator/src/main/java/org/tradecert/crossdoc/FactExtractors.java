package org.tradecert.crossdoc;

import org.tradecert.crossdoc.extract.AirWaybillFacts;
import org.tradecert.crossdoc.extract.BookingFacts;
import org.tradecert.crossdoc.extract.CommercialInvoiceFacts;
import org.tradecert.crossdoc.extract.GoodsDeclarationFacts;
import org.tradecert.crossdoc.extract.PackingListFacts;
import org.tradecert.crossdoc.extract.PaymentAdviceFacts;
import org.tradecert.crossdoc.extract.SeaTransportDocumentFacts;
import org.tradecert.crossdoc.extract.TransportEventFacts;
import org.tradecert.crossdoc.history.HistoryRules;
import org.tradecert.crossdoc.risk.RiskRules;
import org.tradecert.rules.ModelLocator;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The fact extractors of the eight document types and those the history rules and risk
 * indicators add, chosen by the class of the bound document.
 */
public final class FactExtractors {

    private static final List<FactExtractor<?>> ALL = concat(
            List.of(
                    new BookingFacts(),
                    new CommercialInvoiceFacts(),
                    new PackingListFacts(),
                    new GoodsDeclarationFacts(),
                    new SeaTransportDocumentFacts(),
                    new AirWaybillFacts(),
                    new TransportEventFacts(),
                    new PaymentAdviceFacts()),
            HistoryRules.extractors(),
            RiskRules.extractors());

    private FactExtractors() {
    }

    /** The facts of a bound document; empty when no extractor knows its type. */
    public static Map<String, List<Fact>> extract(Object document, ModelLocator locator) {
        FactsBuilder facts = new FactsBuilder(locator);
        for (FactExtractor<?> extractor : ALL) {
            if (extractor.documentClass().isInstance(document)) {
                run(extractor, document, facts);
            }
        }
        return facts.build();
    }

    @SafeVarargs
    private static List<FactExtractor<?>> concat(List<? extends FactExtractor<?>>... lists) {
        return Arrays.stream(lists).<FactExtractor<?>>flatMap(List::stream).toList();
    }

    private static <T> void run(FactExtractor<T> extractor, Object document, FactsBuilder facts) {
        extractor.extract(extractor.documentClass().cast(document), facts);
    }
}
