package org.tradecert.conformance.run;

import org.tradecert.api.DocumentResult;
import org.tradecert.api.Provenance;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.engine.Validator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One validation of everything under the certified path, through every layer, kept to the
 * results a certification needs: those of the participant's submissions, of the trade
 * transactions that hold them and of the ledgers. Every submission is validated, not only the
 * participant's, because the cross-document rules compare it with the others.
 */
public final class Validation {

    private final Map<String, DocumentResult> bySource;
    private final Map<String, List<String>> transactionMembers;
    private final List<DocumentResult> transactions;
    private final List<DocumentResult> ledgers;
    private final Provenance provenance;

    private Validation(Map<String, DocumentResult> bySource, Map<String, List<String>> transactionMembers,
                       List<DocumentResult> transactions, List<DocumentResult> ledgers, Provenance provenance) {
        this.bySource = bySource;
        this.transactionMembers = transactionMembers;
        this.transactions = transactions;
        this.ledgers = ledgers;
        this.provenance = provenance;
    }

    /**
     * Validates {@code path} and keeps the results of the given submission sources, of the trade
     * transactions that hold one of them, and of the named ledgers.
     */
    static Validation run(Validator.Builder builder, Path path, Set<String> keep, Set<String> ledgerNames) {
        Map<String, List<String>> members = new HashMap<>();
        // The listener runs before the transaction's result reaches the sink, so the sink below
        // already has the submissions the transaction contains.
        Validator validator = builder.onTransaction((transaction, result) -> {
            List<String> sources = new ArrayList<>();
            for (DocumentFacts document : transaction.documents()) {
                sources.add(document.source());
            }
            members.put(result.source(), sources);
        }).build();

        Map<String, DocumentResult> bySource = new LinkedHashMap<>();
        List<DocumentResult> transactions = new ArrayList<>();
        List<DocumentResult> ledgers = new ArrayList<>();
        validator.validatePaths(List.of(path), result -> {
            if (Validator.TRANSACTION_TYPE.equals(result.documentType())) {
                List<String> inside = members.getOrDefault(result.source(), List.of());
                if (inside.stream().anyMatch(keep::contains)) {
                    transactions.add(result);
                    bySource.put(result.source(), result);
                }
            } else if (result.submissionId() == null && ledgerNames.contains(result.source())) {
                ledgers.add(result);
                bySource.put(result.source(), result);
            } else if (keep.contains(result.source())) {
                bySource.put(result.source(), result);
            }
        });
        members.keySet().retainAll(bySource.keySet());
        return new Validation(bySource, members, transactions, ledgers, validator.provenance());
    }

    /** The result named by a source, or null when it was not kept. */
    public DocumentResult result(String source) {
        return bySource.get(source);
    }

    /** The results of the trade transactions that hold at least one kept submission, in run order. */
    public List<DocumentResult> transactions() {
        return transactions;
    }

    /** The sources of the submissions a kept trade transaction holds. */
    public List<String> members(String transactionSource) {
        return transactionMembers.getOrDefault(transactionSource, List.of());
    }

    /** The results of the ledgers' chains, in run order. */
    public List<DocumentResult> ledgers() {
        return ledgers;
    }

    /** Every kept result, in run order. */
    public List<DocumentResult> results() {
        return List.copyOf(bySource.values());
    }

    public Provenance provenance() {
        return provenance;
    }
}
