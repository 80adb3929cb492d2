package org.tradecert.schema.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One model file: a document type (or the common components) at one version.
 *
 * @param root        the root aggregate of a document type; null for the common components
 * @param commonVersion the version of the common components that a document type uses; null for common itself
 * @param source      the exact bytes of the model file, kept so a release can store the model it was built from
 */
public record ModelModule(
        String id,
        String version,
        Status status,
        Bilingual title,
        Bilingual definition,
        String xmlNamespace,
        String xmlPrefix,
        String jsonId,
        String root,
        String commonVersion,
        List<String> documentTypeCodes,
        List<String> issuerRoles,
        Map<String, Entity> entities,
        Map<String, CodeList> codeLists,
        byte[] source) {

    public static final String COMMON = "common";

    /** Lifecycle of a version: a released version's files never change again. */
    public enum Status { DRAFT, RELEASED }

    public boolean common() {
        return COMMON.equals(id);
    }

    public int major() {
        return Integer.parseInt(version.substring(0, version.indexOf('.')));
    }

    public Optional<Entity> entity(String name) {
        return Optional.ofNullable(entities.get(name));
    }

    /** The XML root element name, which is the root aggregate's name. */
    public String rootElement() {
        return root;
    }
}
