package org.tradecert.cli.crosscheck;

import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.RuleOutcome;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleCatalogue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One trade transaction as {@code tradecert crosscheck} shows it: its documents in time order,
 * each with the findings of its own validation, and the outcome of every cross-document rule
 * and risk indicator with the findings and evidence of those that failed. Everything comes from
 * the engine's results; nothing here checks anything.
 *
 * @param result            the transaction's own result (layers 8 and 10)
 * @param documents         the documents, ordered by their issue or event time, then by ledger order
 * @param crossDocument     the outcomes of the cross-document rules (layer 8), in the engine's order
 * @param risk              the outcomes of the risk indicators (layer 10), in the engine's order
 */
public record TransactionTimeline(String id, DocumentResult result, List<Entry> documents, List<Check> crossDocument, List<Check> risk) {

    /** The kind of time a timeline entry shows. */
    public enum TimeKind {
        /** The issue date and time the document states. */
        ISSUED,
        /** The time of the transport event the document reports. */
        EVENT,
        /** The creation time the submitter signed, for a document whose own time was not found. */
        SIGNED
    }

    /**
     * One submission of the transaction.
     *
     * @param time       the time as written, or null when none is known
     * @param instant    the time as an instant for ordering, or null
     * @param typeCode   the document's UNTDID 1001 name code (335 booking request, 770 booking confirmation...), or null
     * @param eventCode  the transport event's type code, or null for other documents
     * @param superseded true when a submission of the transaction names this one as the version it replaces
     * @param findings   what the submission's own validation reported (layers 1 to 7 and 9)
     */
    public record Entry(String time, Instant instant, TimeKind timeKind, String documentType, String documentId, int version,
                        String typeCode, String eventCode, String organisation, String role, String submissionId, String ledgerTime,
                        boolean superseded, List<Finding> findings) {
    }

    /** A rule's outcome with the findings it reported, each carrying its evidence. */
    public record Check(RuleOutcome outcome, List<Finding> findings) {
    }

    /**
     * Returns the verdict of the transaction together with its documents: non-conformant when a
     * check or a document's own validation reported a finding at the threshold.
     */
    public Verdict verdict(Severity threshold) {
        Verdict own = result.verdict(threshold);
        if (own == Verdict.NON_CONFORMANT || own == Verdict.INPUT_ERROR) {
            return own;
        }
        boolean documentFails = documents.stream().anyMatch(entry -> entry.findings().stream()
                .anyMatch(finding -> finding.severity().atLeast(threshold)));
        return documentFails ? Verdict.NON_CONFORMANT : own;
    }

    /**
     * Builds the view of a transaction from the engine's objects.
     *
     * @param submissionFindings the findings of the submissions' own results, by result source; a source without findings may be absent
     */
    public static TransactionTimeline of(TradeTransaction transaction, DocumentResult result, Map<String, List<Finding>> submissionFindings,
                                         RuleCatalogue catalogue) {
        Set<String> replaced = new HashSet<>();
        for (DocumentFacts document : transaction.documents()) {
            if (document.supersedes() != null) {
                replaced.add(document.supersedes());
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (DocumentFacts document : transaction.documents()) {
            boolean superseded = document.statementDigest() != null && replaced.contains(document.statementDigest());
            entries.add(entry(document, superseded, submissionFindings.getOrDefault(document.source(), List.of())));
        }
        entries.sort(Comparator.comparing(Entry::instant, Comparator.nullsLast(Comparator.naturalOrder())));

        List<Check> crossDocument = new ArrayList<>();
        List<Check> risk = new ArrayList<>();
        for (RuleOutcome outcome : result.rules()) {
            List<Finding> findings = result.findings().stream().filter(finding -> finding.ruleId().equals(outcome.ruleId())).toList();
            Check check = new Check(outcome, findings);
            if (catalogue.layerOf(outcome.ruleId()) == Layer.RISK) {
                risk.add(check);
            } else {
                crossDocument.add(check);
            }
        }
        return new TransactionTimeline(transaction.id(), result, List.copyOf(entries), List.copyOf(crossDocument), List.copyOf(risk));
    }

    /** Takes the time a reader expects: the event time of a transport event, else the issue time, else the signed creation time. */
    private static Entry entry(DocumentFacts document, boolean superseded, List<Finding> findings) {
        Fact event = document.first(FactNames.EVENT);
        Fact issued = document.first(FactNames.ISSUE_TIME);
        String time = null;
        TimeKind kind = null;
        if (event != null && parse(event.qualifier()) != null) {
            time = event.qualifier();
            kind = TimeKind.EVENT;
        } else if (issued != null && parse(issued.value()) != null) {
            time = issued.value();
            kind = TimeKind.ISSUED;
        } else if (document.createdAt() != null) {
            time = document.createdAt();
            kind = TimeKind.SIGNED;
        }
        Fact typeCode = document.first(FactNames.DOCUMENT_TYPE_CODE);
        return new Entry(time, parse(time), kind, document.documentType(), document.documentId(), document.documentVersion(),
                typeCode == null ? null : typeCode.value(), event == null ? null : event.value(), document.organisation(),
                document.role(), document.submissionId(), document.ledgerTime(), superseded, List.copyOf(findings));
    }

    /** Reads an ISO 8601 date and time with offset; null when the text is absent or has another form. */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException notAnInstant) {
                return null;
            }
        }
    }
}
