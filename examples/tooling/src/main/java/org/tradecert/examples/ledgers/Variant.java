package org.tradecert.examples.ledgers;

import org.tradecert.api.Layer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A seeded ledger: one of the demo shipments with one change that a single check must catch,
 * and what {@code tradecert validate} must then report.
 *
 * @param name     the ledger folder under {@code examples/ledgers/}
 * @param breaks   what the change breaks, in English and Chinese
 * @param edits    the changed documents, by step name; the other documents keep their bytes
 * @param extra    a further submission after a step: a replay or an amendment, or null
 * @param culprit  the step whose submission breaks the rule (for a replay or an amendment, the extra submission after it)
 * @param expected what the validator must report
 */
public record Variant(String name, Shipment shipment, Text breaks, Map<String, DocumentEdit> edits, Extra extra, String culprit,
                      Expectation expected) {

    public Variant {
        edits = Map.copyOf(edits);
    }

    /** A text in both languages of the project. */
    public record Text(String en, String zh) {
    }

    /** A submission added after the shipment's step {@code after}, anchored at {@code ledgerTime}. */
    public sealed interface Extra permits Replay, Amendment {

        String after();

        Instant ledgerTime();
    }

    /** The envelope of step {@code after} anchored a second time, unchanged. */
    public record Replay(String after, Instant ledgerTime) implements Extra {
    }

    /**
     * A new version of step {@code after}'s document, changed by {@code edit} and signed by
     * {@code participant}, superseding the first version.
     */
    public record Amendment(String after, ExtraParticipant participant, DocumentEdit edit, Instant createdAt, Instant ledgerTime)
            implements Extra {
    }

    /**
     * The findings a validator must report for the ledger, and its exit codes.
     *
     * @param rules          the checks that must report, by rule id or by the number of the standards table ({@code X06}, {@code P1})
     * @param mayAlsoReport  checks that may report as well, because they look at the same change from another side
     * @param layer          the layer of the checks in {@code rules}
     * @param exit           the exit code of {@code tradecert validate} with the default threshold
     * @param exitOnWarning  the exit code with {@code --fail-on warning}
     */
    public record Expectation(List<String> rules, List<String> mayAlsoReport, Layer layer, int exit, int exitOnWarning) {

        public Expectation {
            rules = List.copyOf(rules);
            mayAlsoReport = List.copyOf(mayAlsoReport);
        }
    }
}
