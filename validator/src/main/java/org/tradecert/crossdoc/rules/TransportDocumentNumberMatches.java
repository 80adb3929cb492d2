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
import org.tradecert.crossdoc.TransactionIndex;
import org.tradecert.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * X11: every transport document number a document gives (the declaration's 提运单号, the
 * invoice's transport contract, the events') is the number of a transport document of the
 * transaction, or the master number a house air waybill names; China customs writes a house
 * waybill as {@code <master>_<house>}, and both parts must match. A house waybill names the
 * master waybill of the transaction, and an air waybill number begins with the IATA prefix of
 * the airline that issues it. Numbers are compared in upper case without spaces or hyphens.
 * Without a transport document, the documents must give one number between them. The mod-7
 * check digit of each air waybill number is a document rule.
 */
public final class TransportDocumentNumberMatches extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X11-TRANSPORT-DOCUMENT", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "Customs practice (WCO data model 015 and 189)", Transactions.DECLARATION, Transactions.SEA_TRANSPORT_DOCUMENT,
            Transactions.AIR_WAYBILL, Transactions.EVENT, Transactions.INVOICE);

    private static final List<String> PRIORITY = List.of(Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL, Transactions.DECLARATION,
            Transactions.EVENT, Transactions.INVOICE);
    /** UNTDID 1001 code of a master air waybill. */
    private static final String MASTER_AIR_WAYBILL = "741";

    public TransportDocumentNumberMatches() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> transportDocuments = Transactions.transportDocuments(transaction);
        List<Observation<String>> references = new ArrayList<>();
        for (DocumentFacts document : transaction.current()) {
            if (transportDocuments.contains(document)) {
                continue;
            }
            for (Fact number : document.all(FactNames.TRANSPORT_DOCUMENT_NUMBER)) {
                references.add(new Observation<>(document, number, TransactionIndex.transportNumber(number.value())));
            }
        }

        if (transportDocuments.isEmpty()) {
            Consensus.Outcome<String> outcome = Consensus.of(references, String::equals, PRIORITY);
            if (outcome == null || outcome.documents() < 2) {
                NotApplicable.fewerThanTwo(context, FactNames.TRANSPORT_DOCUMENT_NUMBER, Transactions.documentsOf(references));
                return;
            }
            Consensus.reportOutliers(context, outcome, FactNames.TRANSPORT_DOCUMENT_NUMBER, FactNames.TRANSPORT_DOCUMENT_NUMBER);
            return;
        }

        Set<String> known = new LinkedHashSet<>();
        List<Evidence> knownEvidence = new ArrayList<>();
        for (DocumentFacts document : transportDocuments) {
            for (String name : List.of(FactNames.TRANSPORT_DOCUMENT_NUMBER, FactNames.MASTER_TRANSPORT_DOCUMENT_NUMBER)) {
                for (Fact number : document.all(name)) {
                    known.add(TransactionIndex.transportNumber(number.value()));
                    knownEvidence.add(document.evidence(name, number));
                }
            }
        }
        for (Observation<String> reference : references) {
            if (!matches(reference.value(), known)) {
                List<Evidence> evidence = new ArrayList<>();
                evidence.add(reference.evidence(FactNames.TRANSPORT_DOCUMENT_NUMBER));
                evidence.addAll(knownEvidence);
                context.mismatch(String.join(", ", known), reference.written(), evidence, Transactions.label(reference.document()),
                        Transactions.labels(transportDocuments), FactNames.TRANSPORT_DOCUMENT_NUMBER);
            }
        }
        checkMasters(transaction, context);
        checkAirlinePrefixes(transaction, context);
    }

    /** Whether a number is a known transport document number, or a China customs {@code master_house} pair of them. */
    private static boolean matches(String number, Set<String> known) {
        if (known.contains(number)) {
            return true;
        }
        int separator = number.indexOf('_');
        return separator > 0 && known.contains(number.substring(0, separator)) && known.contains(number.substring(separator + 1));
    }

    /** A house air waybill names the master air waybill of the transaction, when the transaction has one. */
    private static void checkMasters(TradeTransaction transaction, CrossContext context) {
        List<DocumentFacts> masters = Transactions.ofTypes(transaction, Transactions.AIR_WAYBILL).stream()
                .filter(waybill -> waybill.first(FactNames.DOCUMENT_TYPE_CODE) != null
                        && MASTER_AIR_WAYBILL.equals(waybill.first(FactNames.DOCUMENT_TYPE_CODE).value()))
                .toList();
        if (masters.isEmpty()) {
            return;
        }
        Set<String> masterNumbers = new LinkedHashSet<>();
        masters.forEach(master -> masterNumbers.add(TransactionIndex.transportNumber(master.documentId())));
        for (DocumentFacts house : Transactions.ofTypes(transaction, Transactions.AIR_WAYBILL)) {
            for (Fact named : house.all(FactNames.MASTER_TRANSPORT_DOCUMENT_NUMBER)) {
                if (!masterNumbers.contains(TransactionIndex.transportNumber(named.value()))) {
                    List<Evidence> evidence = new ArrayList<>();
                    evidence.add(house.evidence(FactNames.MASTER_TRANSPORT_DOCUMENT_NUMBER, named));
                    masters.forEach(master -> evidence.add(master.evidence(FactNames.TRANSPORT_DOCUMENT_NUMBER,
                            master.first(FactNames.TRANSPORT_DOCUMENT_NUMBER))));
                    context.mismatch(String.join(", ", masterNumbers), named.value(), evidence, Transactions.label(house),
                            Transactions.labels(masters), FactNames.MASTER_TRANSPORT_DOCUMENT_NUMBER);
                }
            }
        }
    }

    /** An air waybill number begins with the three-digit IATA prefix of its airline, as the waybill or a booking names it. */
    private static void checkAirlinePrefixes(TradeTransaction transaction, CrossContext context) {
        for (DocumentFacts waybill : Transactions.ofTypes(transaction, Transactions.AIR_WAYBILL)) {
            Fact number = waybill.first(FactNames.TRANSPORT_DOCUMENT_NUMBER);
            String digits = number == null ? "" : TransactionIndex.transportNumber(number.value());
            if (digits.length() < 3) {
                continue;
            }
            List<DocumentFacts> carriers = new ArrayList<>();
            carriers.add(waybill);
            carriers.addAll(Transactions.bookings(transaction));
            for (DocumentFacts document : carriers) {
                for (Fact carrier : document.all(FactNames.CARRIER_ID)) {
                    String prefix = carrier.value().startsWith("IATA:") ? carrier.value().substring("IATA:".length()) : null;
                    if (prefix != null && prefix.matches("[0-9]{3}") && !digits.startsWith(prefix)) {
                        context.mismatch(prefix + "-…", number.value(), List.of(waybill.evidence(FactNames.TRANSPORT_DOCUMENT_NUMBER, number),
                                document.evidence(FactNames.CARRIER_ID, carrier)), Transactions.label(waybill), Transactions.label(document),
                                FactNames.TRANSPORT_DOCUMENT_NUMBER);
                    }
                }
            }
        }
    }
}
