package org.tradecert.crossdoc;

import org.tradecert.api.Evidence;
import org.tradecert.api.Location;

import java.util.List;
import java.util.Map;

/**
 * What the cross-document checks know of one submission: who submitted which document when,
 * what it references, and the facts taken from its content.
 *
 * @param index           the position of the submission's result in the run
 * @param source          where the submission was read, as its result names it
 * @param statementDigest the digest that identifies the submission on the ledger, or null for a bare document
 * @param createdAt       the creation time the submitter signed, ISO 8601, or null for a bare document
 * @param ledgerTime      the time of the block that anchored it, ISO 8601, or null
 * @param supersedes      the statement digest of the version this one replaces, or null
 * @param references      the documents the statement references, as {@code type:id} or {@code digest:<hex>}
 * @param syntax          {@code xml} or {@code json}: whether fact paths are XPaths or JSON Pointers
 * @param conformant      whether the submission passed its own layers; facts of a failing one are still kept, marked
 * @param facts           the facts by name (see {@link FactNames}), each name with its values in document order
 */
public record DocumentFacts(
        long index,
        String source,
        String submissionId,
        String statementDigest,
        String documentType,
        String documentId,
        int documentVersion,
        String organisation,
        String role,
        String createdAt,
        String ledgerTime,
        String supersedes,
        List<String> references,
        String syntax,
        boolean conformant,
        Map<String, List<Fact>> facts) {

    public DocumentFacts {
        references = List.copyOf(references);
        facts = Map.copyOf(facts);
    }

    public List<Fact> all(String name) {
        return facts.getOrDefault(name, List.of());
    }

    /** The first value of a fact, or null. */
    public Fact first(String name) {
        List<Fact> values = all(name);
        return values.isEmpty() ? null : values.get(0);
    }

    public boolean has(String name) {
        return !all(name).isEmpty();
    }

    /** Where a fact stands, as a finding location. */
    public Location locate(Fact fact) {
        String path = fact == null ? null : fact.path();
        Integer line = fact == null || fact.line() <= 0 ? null : fact.line();
        return "json".equals(syntax)
                ? new Location(source, submissionId, null, null, null, path)
                : new Location(source, submissionId, path, line, null, null);
    }

    /** The fact as evidence for a finding: its label, value with qualifier, this document and where. */
    public Evidence evidence(String label, Fact fact) {
        String value = fact == null ? null : fact.qualifier() == null ? fact.value() : fact.value() + " " + fact.qualifier();
        return new Evidence(label, value, documentType, documentId, locate(fact));
    }
}
