package org.tradecert.schema.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The model files of one directory: the common components and the document types, by id. */
public final class ModelSet {

    private final Map<String, ModelModule> modules;

    public ModelSet(Map<String, ModelModule> modules) {
        this.modules = Collections.unmodifiableMap(new TreeMap<>(modules));
    }

    public ModelModule common() {
        ModelModule common = modules.get(ModelModule.COMMON);
        if (common == null) {
            throw new IllegalStateException("the model set has no common.yaml");
        }
        return common;
    }

    public Optional<ModelModule> module(String id) {
        return Optional.ofNullable(modules.get(id));
    }

    /** The document types, sorted by id. */
    public List<ModelModule> documentTypes() {
        List<ModelModule> types = new ArrayList<>();
        for (ModelModule module : modules.values()) {
            if (!module.common()) {
                types.add(module);
            }
        }
        return types;
    }

    public List<ModelModule> all() {
        List<ModelModule> all = new ArrayList<>();
        all.add(common());
        all.addAll(documentTypes());
        return all;
    }

    public DocumentModel document(String typeId) {
        ModelModule type = module(typeId).orElseThrow(() -> new IllegalArgumentException("unknown document type " + typeId));
        return new DocumentModel(type, common());
    }
}
