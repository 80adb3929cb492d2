package org.tradecert.crossdoc.rules;

import org.tradecert.api.Evidence;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.Rec20Units;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Sums of one line fact over a group of lines, and the finding when two sums disagree. Every
 * summed fact becomes evidence, so a finding shows each line's value and where it stands.
 */
final class LineSums {

    /**
     * A sum of quantities of one kind, in the base unit of that kind.
     *
     * @param unit  the base unit, or the unit as written for a unit outside the Recommendation 20 table
     * @param kind  the kind of quantity, or null for a unit outside the table
     * @param facts the facts summed, as evidence
     */
    record Quantity(BigDecimal value, String unit, Rec20Units.Kind kind, List<Evidence> facts, String written) {

        /** A sum of quantities shown in the base unit. */
        Quantity(BigDecimal value, String unit, Rec20Units.Kind kind, List<Evidence> facts) {
            this(value, unit, kind, facts, Decimals.plain(value) + " " + unit);
        }
    }

    private LineSums() {
    }

    /**
     * The sum of a quantity fact over the given lines of a document; null when a line lacks
     * it, or the lines use units of different kinds, so the sum would mean nothing.
     *
     * @param owners the documents the facts may come from (several when invoices were merged)
     */
    static Quantity quantity(DocumentFacts document, List<DocumentFacts> owners, String name, List<String> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal writtenSum = BigDecimal.ZERO;
        String unit = null;
        String writtenUnit = null;
        boolean oneWrittenUnit = true;
        Rec20Units.Kind kind = null;
        List<Evidence> evidence = new ArrayList<>();
        for (String line : lines) {
            for (Fact fact : Transactions.keyed(document, name, line)) {
                Rec20Units.Converted converted = Rec20Units.convert(fact).orElse(null);
                if (converted == null || unit != null && !unit.equals(converted.unit())) {
                    return null;
                }
                oneWrittenUnit &= writtenUnit == null || writtenUnit.equals(fact.qualifier());
                writtenUnit = fact.qualifier();
                unit = converted.unit();
                kind = converted.kind();
                sum = sum.add(converted.value());
                writtenSum = writtenSum.add(Transactions.decimal(fact));
                evidence.add(Invoices.owner(owners, fact).evidence(name, fact));
            }
        }
        if (evidence.isEmpty()) {
            return null;
        }
        String written = oneWrittenUnit ? Decimals.plain(writtenSum) + " " + writtenUnit : Decimals.plain(sum) + " " + unit;
        return new Quantity(sum, unit, kind, evidence, written);
    }

    /** Whether two sums agree: exactly for counted quantities, within the tolerance for measured ones. */
    static boolean agree(Quantity first, Quantity second, BigDecimal measuredTolerancePercent) {
        if (first.kind() != null && first.kind().measured()) {
            return Decimals.withinPercent(first.value(), second.value(), measuredTolerancePercent);
        }
        return first.value().compareTo(second.value()) == 0;
    }

    /**
     * Reports that items of one document state a different value than lines of the reference
     * document: expected {0} the reference's, actual {1} the items', then the document {2},
     * the reference {3}, the item keys {4}, the reference lines {5}, the fact compared {6} and
     * the tolerance {7}. The evidence is the items' facts, then the reference's.
     */
    static void mismatch(CrossContext context, DocumentFacts document, List<String> items, String referenceLabel, List<String> lines,
                         String fact, String expected, String actual, List<Evidence> itemEvidence, List<Evidence> referenceEvidence,
                         String tolerance) {
        List<Evidence> evidence = new ArrayList<>(itemEvidence);
        evidence.addAll(referenceEvidence);
        context.mismatch(expected, actual, evidence, Transactions.label(document), referenceLabel, LineMatching.keys(items),
                LineMatching.keys(lines), fact, tolerance);
    }
}
