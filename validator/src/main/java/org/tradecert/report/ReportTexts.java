package org.tradecert.report;

import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerResult;
import org.tradecert.api.LayerStatus;
import org.tradecert.api.RuleOutcome;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.RuleDefinition;

import java.util.List;
import java.util.Locale;

/**
 * The words of every report in one language: labels of verdicts, layers, statuses and
 * severities, and the rendered messages of findings and rule outcomes. The texts are not
 * escaped; each writer escapes for its own syntax.
 */
final class ReportTexts {

    private final Locale locale;

    ReportTexts(Locale locale) {
        this.locale = Messages.supported(locale);
    }

    Locale locale() {
        return locale;
    }

    /** Returns the BCP 47 tag of the report language: {@code en} or {@code zh-CN}. */
    String languageTag() {
        return Messages.CHINESE.equals(locale) ? "zh-CN" : "en";
    }

    String text(String key, Object... arguments) {
        return Messages.get(locale, key, arguments);
    }

    String severity(Severity severity) {
        return text("severity." + severity.label());
    }

    String verdict(Verdict verdict) {
        return text("report.verdict." + verdict.label());
    }

    String layer(Layer layer) {
        return text("report.layer." + layer.key());
    }

    /** Names the layer with its number, e.g. "layer 5 schema". */
    String numberedLayer(Layer layer) {
        return text("report.layer.numbered", layer.number(), layer(layer));
    }

    /**
     * Describes what the input is: its document type and version, "ledger chain" for the result
     * of a ledger's own checks, or a note that the type was not determined.
     */
    String documentKind(DocumentResult result) {
        if (result.documentType() != null) {
            return result.version() == null ? result.documentType() : result.documentType() + " " + result.version();
        }
        LayerStatus ledger = result.layer(Layer.LEDGER).status();
        boolean ledgerChain = result.submissionId() == null && (ledger == LayerStatus.VALID || ledger == LayerStatus.INVALID);
        return text(ledgerChain ? "report.kind.ledgerChain" : "report.kind.undetermined");
    }

    String status(LayerStatus status) {
        return text("report.status." + status.label());
    }

    String outcome(RuleOutcome.Status status) {
        return text("report.outcome." + status.label());
    }

    /**
     * Explains why a layer was skipped or failed. A layer key or a time-out from the engine is
     * put in the reader's language, and any other detail is returned in the engine's own words.
     */
    String layerDetail(LayerResult result) {
        String detail = result.detail();
        if (detail == null) {
            return null;
        }
        for (Layer layer : Layer.values()) {
            if (layer.key().equals(detail)) {
                return text("report.layer.after", numberedLayer(layer));
            }
        }
        if ("timeout".equals(detail)) {
            return text("report.layer.timeout");
        }
        return detail;
    }

    /** Renders the finding's message in the reader's language, or its arguments when the rule has no message. */
    String message(Finding finding) {
        String key = "rule." + finding.ruleId() + ".message";
        if (Messages.has(key)) {
            return Messages.get(locale, key, finding.arguments().toArray());
        }
        if (finding.arguments().isEmpty()) {
            return finding.ruleId();
        }
        return String.join("; ", finding.arguments());
    }

    /** Renders the reason of a not-applicable or failed rule outcome, or returns null when it has none. */
    String reason(RuleOutcome outcome) {
        if (outcome.reasonKey() == null) {
            return null;
        }
        if (Messages.has(outcome.reasonKey())) {
            return Messages.get(locale, outcome.reasonKey(), outcome.reasonArguments().toArray());
        }
        List<String> arguments = outcome.reasonArguments();
        return arguments.isEmpty() ? outcome.reasonKey() : outcome.reasonKey() + ": " + String.join("; ", arguments);
    }

    /** Returns the rule's description, or its id when the bundles have none. */
    String description(RuleDefinition rule) {
        return Messages.has(rule.descriptionKey()) ? text(rule.descriptionKey()) : rule.id();
    }
}
