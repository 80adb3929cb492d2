package org.tradecert.crossdoc.history;

import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.TradeTransaction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the facts of submissions directly, as the extractors would, so each rule is tested
 * on a transaction whose every fact the test states. Paths are made up but shaped like
 * XPaths, so evidence locations can be checked.
 */
public final class FactsFixture {

    private FactsFixture() {
    }

    /** Starts a document of a type, with its number, issued by an organisation, as version 1. */
    public static Doc doc(String type, String id, String organisation) {
        return new Doc(type, id, organisation);
    }

    /** Builds a transaction of the documents in the order given, which is their ledger order. */
    public static TradeTransaction transaction(String id, List<Doc> documents) {
        List<DocumentFacts> built = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            built.add(documents.get(i).build(i));
        }
        return new TradeTransaction(id, built);
    }

    /** A document under construction. */
    public static final class Doc {

        private final String type;
        private final String id;
        private final String organisation;
        private int version = 1;
        private String supersedes;
        private String digest;
        private String createdAt = "2026-10-01T00:00:00Z";
        private final List<String> references = new ArrayList<>();
        private final Map<String, List<Fact>> facts = new LinkedHashMap<>();

        private Doc(String type, String id, String organisation) {
            this.type = type;
            this.id = id;
            this.organisation = organisation;
        }

        public String type() {
            return type;
        }

        public String id() {
            return id;
        }

        /** The statement digest: made up from type, number, version and the test's own tag if it set one. */
        public String digest() {
            return digest != null ? digest : "sha256-" + type + "-" + id + "-v" + version;
        }

        public Doc digest(String value) {
            this.digest = value;
            return this;
        }

        public Doc createdAt(String value) {
            this.createdAt = value;
            return this;
        }

        public Doc reference(String value) {
            references.add(value);
            return this;
        }

        public Doc fact(String name, String value) {
            return fact(name, value, null, null);
        }

        public Doc fact(String name, String value, String qualifier) {
            return fact(name, value, qualifier, null);
        }

        public Doc fact(String name, String value, String qualifier, String key) {
            List<Fact> values = facts.computeIfAbsent(name, any -> new ArrayList<>());
            String path = "/" + type + "/" + name + "[" + (values.size() + 1) + "]";
            values.add(new Fact(value, qualifier, path, 10 + values.size(), key));
            return this;
        }

        /** Replaces every value of a fact. */
        public Doc replace(String name, String value) {
            return replace(name, value, null);
        }

        public Doc replace(String name, String value, String qualifier) {
            facts.remove(name);
            return fact(name, value, qualifier);
        }

        /** Replaces the value of a fact that belongs to one line or container. */
        public Doc replaceKeyed(String name, String key, String value, String qualifier) {
            List<Fact> values = facts.computeIfAbsent(name, any -> new ArrayList<>());
            values.removeIf(fact -> key.equals(fact.key()));
            values.add(new Fact(value, qualifier, "/" + type + "/" + name + "[@key='" + key + "']", 50, key));
            return this;
        }

        public Doc remove(String name) {
            facts.remove(name);
            return this;
        }

        /** The next version of this document: same facts, version plus one, superseding this version's digest. */
        public Doc amend() {
            Doc next = new Doc(type, id, organisation);
            next.version = version + 1;
            next.supersedes = digest();
            next.createdAt = createdAt;
            next.references.addAll(references);
            facts.forEach((name, values) -> next.facts.put(name, new ArrayList<>(values)));
            return next;
        }

        public DocumentFacts build(long index) {
            return new DocumentFacts(index, "ledger/block-" + index + "#0", "submission-" + type + "-" + id + "-v" + version, digest(),
                    type, id, version, organisation, "role", createdAt, createdAt, supersedes, references, "xml", true, facts);
        }
    }
}
