package org.tradecert.api;

import java.util.List;

/**
 * What a run used, so anyone can reproduce its report: the tool, the rule pack, the schema
 * releases, the code-list packs, the network registry and the configuration, each with its
 * version and content digest.
 */
public record Provenance(
        String tool,
        String toolVersion,
        Component rulePack,
        List<Component> schemas,
        List<Component> codeLists,
        Component registry,
        Component configuration,
        List<SeverityOverride> overrides) {

    public Provenance {
        schemas = List.copyOf(schemas);
        codeLists = List.copyOf(codeLists);
        overrides = List.copyOf(overrides);
    }

    /** One versioned input of the run; {@code digest} is {@code sha-256:<hex>} of its content. */
    public record Component(String name, String version, String digest) {
    }

    /** A severity changed by the configuration, with the reason written there. */
    public record SeverityOverride(String ruleId, Severity original, Severity effective, String reason) {
    }
}
