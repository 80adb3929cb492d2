package org.tradecert.api;

import java.util.List;

/**
 * The result of validating one input: what it was, the status of each of the ten layers, the
 * findings in a stable order and what each rule concluded. N inputs give N results, whatever
 * happens inside a layer.
 *
 * @param index        the position of the input in the run, from 0; results are delivered in this order
 * @param source       the file as given, or for a ledger submission {@code <ledger>#<block>/<index>}
 * @param submissionId the submission id of an envelope or ledger entry, else null
 * @param documentType the document type, e.g. {@code commercial-invoice}, or null when not found
 * @param version      the schema version of the document type, or null
 * @param syntax       {@code xml} or {@code json}, or null when neither
 * @param origin       the format the document came in: {@code tradecert}, {@code cii-d16b}, or null when unread
 * @param inputError   true when the input itself could not be read (missing, not a regular file, I/O failure)
 */
public record DocumentResult(
        long index,
        String source,
        String submissionId,
        String documentType,
        String version,
        String syntax,
        String origin,
        boolean inputError,
        List<LayerResult> layers,
        List<Finding> findings,
        List<RuleOutcome> rules) {

    public DocumentResult {
        layers = List.copyOf(layers);
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
    }

    public LayerResult layer(Layer layer) {
        return layers.stream().filter(result -> result.layer() == layer).findFirst()
                .orElse(new LayerResult(layer, LayerStatus.NOT_APPLICABLE, 0, null));
    }

    /** True when a finding is at least as serious as the threshold. */
    public boolean fails(Severity threshold) {
        return findings.stream().anyMatch(finding -> finding.severity().atLeast(threshold));
    }

    /** True when a layer could not reach a verdict. */
    public boolean incomplete() {
        return layers.stream().anyMatch(result -> result.status().incomplete());
    }

    /** The verdict at a threshold: failing findings first, then incompleteness. */
    public Verdict verdict(Severity threshold) {
        if (inputError) {
            return Verdict.INPUT_ERROR;
        }
        if (fails(threshold)) {
            return Verdict.NON_CONFORMANT;
        }
        return incomplete() ? Verdict.INCOMPLETE : Verdict.CONFORMANT;
    }

    /** The ids of the rules that reported findings, in finding order without repeats. */
    public List<String> ruleIds() {
        return findings.stream().map(Finding::ruleId).distinct().toList();
    }
}
