package org.tradecert.crossdoc.rules;

import org.tradecert.api.Evidence;
import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.codelist.CodeEntry;
import org.tradecert.codelist.CodeListPack;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * X21 (Incoterms): the invoice, the booking, the packing list and the declaration's delivery
 * terms name the same Incoterms rule, and the declaration's transaction mode (成交方式) is one
 * the GACC mapping pack gives for that rule (CIF and CIP, for example, are declared as mode
 * 1). The rule decides who pays freight and insurance, so the declared value depends on it.
 */
public final class IncotermsMatch extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X21-INCOTERMS", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "ICC Incoterms 2020; China customs declaration practice", Transactions.INVOICE, Transactions.BOOKING, Transactions.PACKING_LIST,
            Transactions.DECLARATION);

    static final List<String> PRIORITY = List.of(Transactions.INVOICE, Transactions.DECLARATION, Transactions.BOOKING, Transactions.PACKING_LIST);

    public IncotermsMatch() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        Consensus.Outcome<String> outcome = agreed(transaction);
        List<DocumentFacts> declarations = Transactions.ofTypes(transaction, Transactions.DECLARATION).stream()
                .filter(declaration -> declaration.has(FactNames.TRANSACTION_MODE)).toList();
        if (outcome == null || outcome.documents() < 2 && declarations.isEmpty()) {
            NotApplicable.fewerThanTwo(context, FactNames.INCOTERM, outcome == null ? List.of() : Transactions.documentsOf(outcome.agreeing()));
            return;
        }
        Consensus.reportOutliers(context, outcome, FactNames.INCOTERM, FactNames.INCOTERM);

        String incoterm = outcome.reference().value();
        for (DocumentFacts declaration : declarations) {
            Fact mode = declaration.first(FactNames.TRANSACTION_MODE);
            Optional<Set<String>> covered = CustomsCodes.incoterms(context.codeLists(), mode.value());
            if (covered.isPresent() && covered.get().contains(incoterm)) {
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(declaration.evidence(FactNames.TRANSACTION_MODE, mode));
            outcome.agreeing().forEach(observation -> evidence.add(observation.evidence(FactNames.INCOTERM)));
            context.mismatch(modesFor(context, incoterm), mode.value(), evidence, Transactions.label(declaration),
                    Transactions.labels(Transactions.documentsOf(outcome.agreeing())), FactNames.TRANSACTION_MODE);
        }
    }

    /** The Incoterms rule most documents name, or null when none names one. */
    static Consensus.Outcome<String> agreed(TradeTransaction transaction) {
        List<DocumentFacts> documents = new ArrayList<>(Transactions.ofTypes(transaction, Transactions.INVOICE, Transactions.PACKING_LIST,
                Transactions.DECLARATION));
        documents.addAll(Transactions.bookings(transaction));
        List<Observation<String>> terms = new ArrayList<>();
        for (DocumentFacts document : documents) {
            Fact incoterm = document.first(FactNames.INCOTERM);
            if (incoterm != null) {
                terms.add(new Observation<>(document, incoterm, incoterm.value().strip().toUpperCase(Locale.ROOT)));
            }
        }
        return Consensus.of(terms, String::equals, PRIORITY);
    }

    /** The transaction modes under which an Incoterms rule is declared, as {@code 1 (CIF CIP ...)}, from the mapping pack. */
    private static String modesFor(CrossContext context, String incoterm) {
        List<String> modes = new ArrayList<>();
        Optional<CodeListPack> pack = context.codeLists().forList("GACCTransactionMode");
        for (CodeEntry entry : pack.map(found -> found.codes().values()).orElse(List.of())) {
            String rules = entry.attribute("incoterms");
            if (rules != null && List.of(rules.split("\\s+")).contains(incoterm)) {
                modes.add(entry.code());
            }
        }
        String source = CustomsCodes.pack(context.codeLists(), "GACCTransactionMode");
        return (modes.isEmpty() ? "-" : String.join(", ", modes)) + " (" + source + ": " + incoterm + ")";
    }
}
