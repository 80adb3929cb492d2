package org.tradecert.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.tradecert.api.Finding;
import org.tradecert.api.Provenance;
import org.tradecert.api.Severity;
import org.tradecert.crypto.DigestAlgorithm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validation configuration: rule severities changed for a community or a pipeline, each
 * with the written reason that a report shows beside the original and effective severity.
 * The file is YAML (JSON is YAML too):
 *
 * <pre>
 * rules:
 *   CODE-UNCONFIRMED:
 *     severity: info
 *     reason: Our pipeline runs with the bundled UN/LOCODE selection on purpose.
 * </pre>
 */
public final class RuleConfig {

    private static final RuleConfig NONE = new RuleConfig(Map.of(), null, null);

    private final Map<String, Provenance.SeverityOverride> overrides;
    private final String name;
    private final String digest;

    private RuleConfig(Map<String, Provenance.SeverityOverride> overrides, String name, String digest) {
        this.overrides = overrides;
        this.name = name;
        this.digest = digest;
    }

    public static RuleConfig none() {
        return NONE;
    }

    /** Reads and checks a configuration file against the catalogue; every problem in the file is listed in the exception. */
    public static RuleConfig read(Path file, RuleCatalogue catalogue) throws ConfigException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(List.of("config.unreadable|" + file + "|" + e.getMessage()));
        }
        JsonNode root;
        try {
            YAMLFactory yaml = YAMLFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
            root = new ObjectMapper(yaml).readTree(bytes);
        } catch (IOException e) {
            String detail = e instanceof com.fasterxml.jackson.core.JsonProcessingException parse ? parse.getOriginalMessage() : e.getMessage();
            throw new ConfigException(List.of("config.syntax|" + file + "|" + detail));
        }
        List<String> problems = new ArrayList<>();
        Map<String, Provenance.SeverityOverride> overrides = new LinkedHashMap<>();
        if (root == null || !root.isObject()) {
            throw new ConfigException(List.of("config.not-mapping|" + file));
        }
        Iterator<String> keys = root.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!key.equals("rules")) {
                problems.add("config.unknown-key|" + key);
            }
        }
        JsonNode rules = root.path("rules");
        if (!rules.isMissingNode() && !rules.isObject()) {
            problems.add("config.rules-not-mapping|");
        }
        Iterator<Map.Entry<String, JsonNode>> entries = rules.isObject() ? rules.fields() : java.util.Collections.emptyIterator();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String id = entry.getKey().strip().toUpperCase(java.util.Locale.ROOT);
            JsonNode setting = entry.getValue();
            RuleDefinition rule = catalogue.find(id).orElse(null);
            if (rule == null) {
                problems.add("config.unknown-rule|" + id);
                continue;
            }
            String severityText = setting.path("severity").asText("");
            String reason = setting.path("reason").asText("").trim();
            Severity severity;
            try {
                severity = Severity.parse(severityText);
            } catch (IllegalArgumentException e) {
                problems.add("config.bad-severity|" + id + "|" + severityText);
                continue;
            }
            if (reason.isEmpty()) {
                problems.add("config.missing-reason|" + id);
                continue;
            }
            Iterator<String> settingKeys = setting.fieldNames();
            while (settingKeys.hasNext()) {
                String settingKey = settingKeys.next();
                if (!settingKey.equals("severity") && !settingKey.equals("reason")) {
                    problems.add("config.unknown-setting|" + id + "|" + settingKey);
                }
            }
            overrides.put(id, new Provenance.SeverityOverride(id, rule.severity(), severity, reason));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new RuleConfig(overrides, file.getFileName().toString(), "sha-256:" + DigestAlgorithm.SHA256.hex(bytes));
    }

    /** The finding at its effective severity; its original severity stays on it. */
    public Finding apply(Finding finding) {
        Provenance.SeverityOverride override = overrides.get(finding.ruleId());
        return override == null ? finding : finding.withSeverity(override.effective());
    }

    public List<Provenance.SeverityOverride> overrides() {
        return List.copyOf(overrides.values());
    }

    /** The configuration as a provenance component, or null when none was given. */
    public Provenance.Component component() {
        return name == null ? null : new Provenance.Component(name, null, digest);
    }

    /**
     * The problems of a configuration file, each coded as {@code key|argument|...}: the key is
     * a message key under {@code config.} and the arguments fill it, so a caller words them in
     * the reader's language.
     */
    public static final class ConfigException extends Exception {

        private final List<String> problems;

        public ConfigException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
