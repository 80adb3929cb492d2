package org.tradecert.rules;

import org.tradecert.api.Layer;
import org.tradecert.api.ToolVersion;
import org.tradecert.codelist.CodeListRules;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.document.InputRules;
import org.tradecert.document.SchemaRules;
import org.tradecert.envelope.AuthorisationRules;
import org.tradecert.envelope.EnvelopeRules;
import org.tradecert.i18n.Messages;
import org.tradecert.ledger.LedgerRules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every check tradecert makes, schema and code-list failures included, each with a stable id,
 * its layer, default severity, document types, source and texts in English and Chinese. The
 * catalogue is the rule pack {@value #PACK_NAME}; its version is the tool version.
 */
public final class RuleCatalogue {

    public static final String PACK_NAME = "tradecert-core";

    private static final RuleCatalogue STANDARD = new RuleCatalogue(DocumentRules.all());

    private final Map<String, RuleDefinition> byId = new LinkedHashMap<>();
    private final List<DocumentRule<?>> documentRules;
    private final RulePack pack;

    RuleCatalogue(List<DocumentRule<?>> documentRules) {
        this.documentRules = List.copyOf(documentRules);
        List<RuleDefinition> all = new ArrayList<>();
        all.addAll(InputRules.all());
        all.addAll(EnvelopeRules.all());
        all.addAll(AuthorisationRules.all());
        all.addAll(SchemaRules.all());
        all.addAll(CodeListRules.all());
        for (DocumentRule<?> rule : documentRules) {
            all.add(rule.definition());
        }
        all.addAll(org.tradecert.crossdoc.CrossDocumentRules.definitions());
        all.addAll(LedgerRules.all());
        all.sort(Comparator.comparingInt((RuleDefinition rule) -> rule.layer().number()).thenComparing(RuleDefinition::id));
        for (RuleDefinition rule : all) {
            RuleDefinition earlier = byId.putIfAbsent(rule.id(), rule);
            if (earlier != null) {
                throw new IllegalStateException("rule id " + rule.id() + " is defined twice");
            }
        }
        this.pack = new RulePack(PACK_NAME, ToolVersion.get(), digest(byId.values()), List.copyOf(byId.values()));
    }

    /** The catalogue of this tool version. */
    public static RuleCatalogue standard() {
        return STANDARD;
    }

    public RulePack pack() {
        return pack;
    }

    /** Every rule, by layer and then by id. */
    public List<RuleDefinition> rules() {
        return pack.rules();
    }

    public Optional<RuleDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The layer a finding of this rule id belongs to; findings of unknown ids count as input problems. */
    public Layer layerOf(String ruleId) {
        RuleDefinition rule = byId.get(ruleId);
        return rule == null ? Layer.INPUT : rule.layer();
    }

    /** The rules that apply to a document type: those naming it and those naming no type. */
    public List<RuleDefinition> forType(String documentType) {
        return rules().stream().filter(rule -> rule.appliesTo(documentType)).toList();
    }

    public List<DocumentRule<?>> documentRules() {
        return documentRules;
    }

    private static String digest(Iterable<RuleDefinition> rules) {
        StringBuilder content = new StringBuilder();
        for (RuleDefinition rule : rules) {
            content.append(rule.id()).append('\t').append(rule.layer().key()).append('\t').append(rule.severity().label())
                    .append('\t').append(String.join(",", rule.documentTypes())).append('\t').append(rule.source());
            for (java.util.Locale locale : List.of(Messages.ENGLISH, Messages.CHINESE)) {
                content.append('\t').append(text(locale, rule.messageKey())).append('\t').append(text(locale, rule.descriptionKey()));
            }
            content.append('\n');
        }
        return "sha-256:" + DigestAlgorithm.SHA256.hex(content.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String text(java.util.Locale locale, String key) {
        return Messages.hasOwn(locale, key) ? Messages.get(locale, key) : "";
    }
}
