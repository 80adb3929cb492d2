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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * X15: the mode of transport agrees everywhere: a bill of lading or sea waybill means
 * maritime transport (Recommendation 19 code 1), an air waybill air transport (4); every
 * movement's mode code is that mode; and the declaration's China customs transport mode
 * (运输方式), mapped to Recommendation 19 through the GACC mapping pack, covers it (GACC 2,
 * waterway, covers maritime and inland water transport). Without a transport document the
 * mode most movements give is the reference.
 */
public final class TransportModeMatches extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X15-TRANSPORT-MODE", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "Customs practice (WCO data model 183); UNECE Recommendation 19", Transactions.DECLARATION, Transactions.SEA_TRANSPORT_DOCUMENT,
            Transactions.AIR_WAYBILL, Transactions.EVENT, Transactions.BOOKING, Transactions.INVOICE);

    private static final List<String> PRIORITY = List.of(Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL, Transactions.DECLARATION,
            Transactions.BOOKING, Transactions.EVENT, Transactions.INVOICE);
    private static final String MARITIME = "1";
    private static final String AIR = "4";

    public TransportModeMatches() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<Observation<String>> modes = new ArrayList<>();
        for (DocumentFacts document : transaction.current()) {
            if (Transactions.SEA_TRANSPORT_DOCUMENT.equals(document.documentType()) || Transactions.AIR_WAYBILL.equals(document.documentType())) {
                Fact type = document.first(FactNames.DOCUMENT_TYPE_CODE);
                String implied = Transactions.SEA_TRANSPORT_DOCUMENT.equals(document.documentType()) ? MARITIME : AIR;
                modes.add(new Observation<>(document, new Fact(implied, null, type == null ? null : type.path(), type == null ? 0 : type.line(), null),
                        implied));
            }
            for (Fact mode : document.all(FactNames.TRANSPORT_MODE)) {
                modes.add(new Observation<>(document, mode, mode.value().strip()));
            }
        }
        List<DocumentFacts> customs = Transactions.ofTypes(transaction, Transactions.DECLARATION).stream()
                .filter(declaration -> declaration.has(FactNames.CUSTOMS_TRANSPORT_MODE)).toList();
        Consensus.Outcome<String> outcome = Consensus.of(modes, String::equals, PRIORITY);
        if (outcome == null || outcome.documents() + customs.size() < 2) {
            NotApplicable.fewerThanTwo(context, FactNames.TRANSPORT_MODE, Transactions.documentsOf(modes));
            return;
        }
        Consensus.reportOutliers(context, outcome, FactNames.TRANSPORT_MODE, FactNames.TRANSPORT_MODE);

        String agreed = outcome.reference().value();
        for (DocumentFacts declaration : customs) {
            Fact code = declaration.first(FactNames.CUSTOMS_TRANSPORT_MODE);
            Optional<Set<String>> covered = CustomsCodes.transportModes(context.codeLists(), code.value());
            if (covered.isEmpty() || !covered.get().contains(agreed)) {
                List<Evidence> evidence = new ArrayList<>();
                evidence.add(declaration.evidence(FactNames.CUSTOMS_TRANSPORT_MODE, code));
                outcome.agreeing().forEach(observation -> evidence.add(observation.evidence(FactNames.TRANSPORT_MODE)));
                String actual = code.value() + " (" + CustomsCodes.pack(context.codeLists(), "GACCTransportMode") + ": "
                        + covered.map(set -> String.join(" ", set)).orElse("-") + ")";
                context.mismatch(agreed, actual, evidence, Transactions.label(declaration),
                        Transactions.labels(Transactions.documentsOf(outcome.agreeing())), FactNames.CUSTOMS_TRANSPORT_MODE);
            }
        }
    }
}
