package org.tradecert.schema.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A document type resolved against the common components it uses: the view the generators,
 * the converter and the documentation work on.
 */
public final class DocumentModel {

    private final ModelModule type;
    private final ModelModule common;

    public DocumentModel(ModelModule type, ModelModule common) {
        this.type = type;
        this.common = common;
    }

    public ModelModule type() {
        return type;
    }

    public ModelModule common() {
        return common;
    }

    public Optional<Entity> findEntity(String name) {
        Optional<Entity> own = type.entity(name);
        return own.isPresent() ? own : common.entity(name);
    }

    public Entity entity(String name) {
        return findEntity(name).orElseThrow(() -> new IllegalArgumentException(
                "aggregate " + name + " is declared neither in " + type.id() + " nor in common"));
    }

    public Entity rootEntity() {
        return entity(type.root());
    }

    public Optional<CodeList> codeList(String id) {
        return Optional.ofNullable(common.codeLists().get(id));
    }

    /** The XML namespace of an aggregate's child elements: that of the module declaring it. */
    public String namespaceOf(Entity entity) {
        return entity.module().equals(common.id()) ? common.xmlNamespace() : type.xmlNamespace();
    }

    public String prefixOf(Entity entity) {
        return entity.module().equals(common.id()) ? common.xmlPrefix() : type.xmlPrefix();
    }

    /** Every aggregate reachable from the root, in depth-first order of first use. */
    public List<Entity> reachableEntities() {
        Set<String> seen = new LinkedHashSet<>();
        visit(rootEntity(), seen);
        List<Entity> result = new ArrayList<>();
        for (String name : seen) {
            result.add(entity(name));
        }
        return result;
    }

    private void visit(Entity entity, Set<String> seen) {
        if (!seen.add(entity.name())) {
            return;
        }
        for (Property property : entity.properties()) {
            if (property.aggregate()) {
                visit(entity(property.typeName()), seen);
            }
        }
    }
}
