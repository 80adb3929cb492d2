package org.tradecert.crossdoc.rules;

import org.tradecert.api.Evidence;
import org.tradecert.crossdoc.CrossContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Finds the value most documents of a transaction agree on, and the documents that state
 * something else. A document that disagrees with all the others is the one reported, not
 * all the others; when two values have equal support, the document type earlier in the
 * priority list (the one responsible for the value, such as the carrier's transport document
 * for weights) gives the reference.
 */
final class Consensus {

    private Consensus() {
    }

    /**
     * @param reference the observation the others are compared with
     * @param agreeing  the observations that agree with it, the reference included
     * @param outliers  the observations that do not
     */
    record Outcome<T>(Observation<T> reference, List<Observation<T>> agreeing, List<Observation<T>> outliers) {

        /** The number of distinct documents that state a value. */
        int documents() {
            Set<Long> seen = new HashSet<>();
            agreeing.forEach(observation -> seen.add(observation.document().index()));
            outliers.forEach(observation -> seen.add(observation.document().index()));
            return seen.size();
        }
    }

    /** The consensus of the observations, or null when there are none. */
    static <T> Outcome<T> of(List<Observation<T>> observations, BiPredicate<T, T> agree, List<String> priority) {
        Observation<T> best = null;
        int bestSupport = -1;
        int bestRank = Integer.MAX_VALUE;
        for (Observation<T> candidate : observations) {
            Set<Long> supporters = new HashSet<>();
            for (Observation<T> other : observations) {
                if (agree.test(candidate.value(), other.value())) {
                    supporters.add(other.document().index());
                }
            }
            int rank = priority.indexOf(candidate.document().documentType());
            rank = rank < 0 ? Integer.MAX_VALUE : rank;
            if (supporters.size() > bestSupport || supporters.size() == bestSupport && rank < bestRank) {
                best = candidate;
                bestSupport = supporters.size();
                bestRank = rank;
            }
        }
        if (best == null) {
            return null;
        }
        List<Observation<T>> agreeing = new ArrayList<>();
        List<Observation<T>> outliers = new ArrayList<>();
        for (Observation<T> observation : observations) {
            (agree.test(best.value(), observation.value()) ? agreeing : outliers).add(observation);
        }
        return new Outcome<>(best, agreeing, outliers);
    }

    /**
     * Reports each outlier as a mismatch with the reference: expected is the reference value
     * as written ({0}), actual the outlier's ({1}), then the outlier's document ({2}), the
     * documents that agree with the reference ({3}), the subject compared ({4}) and any further
     * arguments. The evidence is the outlier's fact, then every agreeing fact.
     */
    static <T> void reportOutliers(CrossContext context, Outcome<T> outcome, String label, String subject, Object... more) {
        for (Observation<T> outlier : outcome.outliers()) {
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(outlier.evidence(label));
            for (Observation<T> agreeing : outcome.agreeing()) {
                evidence.add(agreeing.evidence(label));
            }
            Object[] arguments = new Object[3 + more.length];
            arguments[0] = Transactions.label(outlier.document());
            arguments[1] = Transactions.labels(Transactions.documentsOf(outcome.agreeing()));
            arguments[2] = subject;
            System.arraycopy(more, 0, arguments, 3, more.length);
            context.mismatch(outcome.reference().written(), outlier.written(), evidence, arguments);
        }
    }
}
