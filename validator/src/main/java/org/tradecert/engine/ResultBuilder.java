package org.tradecert.engine;

import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerResult;
import org.tradecert.api.LayerStatus;
import org.tradecert.api.Location;
import org.tradecert.api.RuleOutcome;
import org.tradecert.api.Severity;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleConfig;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the result of one input while its layers run: findings at their effective
 * severity, rule outcomes and each layer's status and duration. A layer that records no
 * status is reported as not applicable.
 */
final class ResultBuilder {

    private final long index;
    private final String source;
    private final RuleCatalogue catalogue;
    private final RuleConfig config;
    private final Map<Layer, LayerResult> layers = new EnumMap<>(Layer.class);
    private final List<Finding> findings = new ArrayList<>();
    private final List<RuleOutcome> outcomes = new ArrayList<>();
    private String submissionId;
    private String documentType;
    private String version;
    private String syntax;
    private String origin;
    private boolean inputError;
    private Object boundDocument;
    private org.tradecert.rules.ModelLocator boundLocator;

    ResultBuilder(long index, String source, RuleCatalogue catalogue, RuleConfig config) {
        this.index = index;
        this.source = source;
        this.catalogue = catalogue;
        this.config = config;
    }

    String source() {
        return source;
    }

    ResultBuilder submission(String id) {
        this.submissionId = id;
        return this;
    }

    ResultBuilder document(String type, String documentVersion, String documentSyntax, String documentOrigin) {
        this.documentType = type;
        this.version = documentVersion;
        this.syntax = documentSyntax;
        this.origin = documentOrigin;
        return this;
    }

    void inputError() {
        this.inputError = true;
    }

    /** Keeps the bound model of the document, for the facts the cross-document layer takes from it. */
    void bound(Object document, org.tradecert.rules.ModelLocator locator) {
        this.boundDocument = document;
        this.boundLocator = locator;
    }

    Object boundDocument() {
        return boundDocument;
    }

    org.tradecert.rules.ModelLocator boundLocator() {
        return boundLocator;
    }

    String syntax() {
        return syntax;
    }

    String documentType() {
        return documentType;
    }

    /** Adds a finding at its effective severity, naming the submission when there is one. */
    void add(Finding finding) {
        Finding located = finding;
        if (submissionId != null && finding.location() != null && finding.location().submissionId() == null) {
            located = finding.withLocation(finding.location().withSubmission(submissionId));
        } else if (finding.location() == null) {
            located = finding.withLocation(new Location(source, submissionId, null, null, null, null));
        }
        findings.add(config.apply(located));
    }

    void addAll(List<Finding> more) {
        more.forEach(this::add);
    }

    void outcomes(List<RuleOutcome> more) {
        outcomes.addAll(more);
    }

    /** Records a layer that ran; its status follows from its findings: invalid when one is an error or worse. */
    void ran(Layer layer, long nanos) {
        layers.put(layer, new LayerResult(layer, failing(layer) ? LayerStatus.INVALID : LayerStatus.VALID, nanos, null));
    }

    /** Recomputes the status of a layer that already ran from its findings, keeping its duration. */
    void refresh(Layer layer) {
        LayerResult earlier = layers.get(layer);
        ran(layer, earlier == null ? 0 : earlier.durationNanos());
    }

    void status(Layer layer, LayerStatus status, long nanos, String detail) {
        layers.put(layer, new LayerResult(layer, status, nanos, detail));
    }

    /** Marks every layer from {@code from} on that has no status yet as skipped because of {@code cause}. */
    void skipFrom(Layer from, Layer cause) {
        for (Layer layer : Layer.values()) {
            if (layer.number() >= from.number() && !layers.containsKey(layer)) {
                layers.put(layer, new LayerResult(layer, LayerStatus.SKIPPED, 0, cause.key()));
            }
        }
    }

    /** Marks one layer as not applicable unless it already has a status. */
    void notApplicable(Layer layer, String detail) {
        layers.putIfAbsent(layer, new LayerResult(layer, LayerStatus.NOT_APPLICABLE, 0, detail));
    }

    boolean failing(Layer layer) {
        return findings.stream().anyMatch(finding -> catalogue.layerOf(finding.ruleId()) == layer && finding.severity().atLeast(Severity.ERROR));
    }

    boolean has(Layer layer) {
        return layers.containsKey(layer);
    }

    DocumentResult build() {
        List<LayerResult> all = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            all.add(layers.getOrDefault(layer, new LayerResult(layer, LayerStatus.NOT_APPLICABLE, 0, null)));
        }
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparingInt((Finding finding) -> catalogue.layerOf(finding.ruleId()).number()));
        return new DocumentResult(index, source, submissionId, documentType, version, syntax, origin, inputError, all, ordered, outcomes);
    }
}
