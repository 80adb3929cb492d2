package org.tradecert.crossdoc.risk;

import org.tradecert.api.Evidence;
import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.crossdoc.history.Cancellations;
import org.tradecert.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * P5: a payment comes from the buyer's country or the destination country, and so does the
 * payer's bank. Money for goods sent to one country but paid from a third is a classic sign
 * that the payer is not the buyer, or that value is being moved past controls.
 */
public final class ThirdCountryPayment extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("RISK-P05-THIRD-COUNTRY", Layer.RISK, Severity.WARNING,
            "FATF-Egmont trade-based money laundering risk indicators (2021): payments from third countries", "payment-advice");

    public ThirdCountryPayment() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> live = Cancellations.live(transaction);
        List<DocumentFacts> advices = Payments.advices(live);
        Set<String> expected = new TreeSet<>();
        List<Evidence> expectedEvidence = new ArrayList<>();
        for (DocumentFacts document : live) {
            for (String name : List.of(FactNames.BUYER_COUNTRY, FactNames.DESTINATION_COUNTRY)) {
                Fact fact = document.first(name);
                if (fact != null) {
                    expected.add(country(fact));
                    expectedEvidence.add(document.evidence(name, fact));
                }
            }
        }
        if (advices.isEmpty()) {
            context.notApplicable("outcome.crossdoc.missing-document", "payment-advice");
            return;
        }
        if (expected.isEmpty()) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.BUYER_COUNTRY);
            return;
        }

        int compared = 0;
        for (DocumentFacts advice : advices) {
            Fact payer = advice.first(FactNames.PAYER_COUNTRY);
            Fact bank = advice.first(FactNames.PAYER_BANK_COUNTRY);
            if (payer == null && bank == null) {
                continue;
            }
            compared++;
            boolean payerOutside = payer != null && !expected.contains(country(payer));
            boolean bankOutside = bank != null && !expected.contains(country(bank));
            if (payerOutside || bankOutside) {
                List<Evidence> evidence = new ArrayList<>();
                evidence.add(advice.evidence(payerOutside ? FactNames.PAYER_COUNTRY : FactNames.PAYER_BANK_COUNTRY, payerOutside ? payer : bank));
                if (payerOutside && bankOutside) {
                    evidence.add(advice.evidence(FactNames.PAYER_BANK_COUNTRY, bank));
                }
                evidence.addAll(expectedEvidence);
                context.report(evidence, advice.documentId(), payer == null ? "-" : country(payer), bank == null ? "-" : country(bank),
                        String.join(", ", expected));
            }
        }

        if (compared == 0) {
            context.notApplicable("outcome.crossdoc.absent", FactNames.PAYER_COUNTRY);
        }
    }

    private static String country(Fact fact) {
        return fact.value().strip().toUpperCase(Locale.ROOT);
    }
}
