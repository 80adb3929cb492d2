package org.tradecert.schema.source;

import org.tradecert.schema.generate.SemanticVersion;

/** One module version found in a schema tree: its id, version, status and whether it is the current one. */
public record ReleaseEntry(String module, String version, String status, boolean current) implements Comparable<ReleaseEntry> {

    public SemanticVersion semanticVersion() {
        return SemanticVersion.parse(version);
    }

    public boolean common() {
        return "common".equals(module);
    }

    public boolean released() {
        return "released".equals(status);
    }

    @Override
    public int compareTo(ReleaseEntry other) {
        int byModule = module.compareTo(other.module);
        return byModule != 0 ? byModule : semanticVersion().compareTo(other.semanticVersion());
    }

    @Override
    public String toString() {
        return module + "@" + version;
    }
}
