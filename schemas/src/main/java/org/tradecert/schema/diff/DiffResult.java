package org.tradecert.schema.diff;

import org.tradecert.schema.generate.SemanticVersion;

import java.util.List;

/** The findings of comparing one document type (or the common module) between two releases. */
public record DiffResult(String module, SemanticVersion oldVersion, SemanticVersion newVersion, List<DiffFinding> findings) {

    public String oldLabel() {
        return oldVersion == null ? "-" : module + "@" + oldVersion;
    }

    public String newLabel() {
        return newVersion == null ? "-" : module + "@" + newVersion;
    }

    /** The increment the version number makes; NONE when it does not increase. */
    public Bump declaredBump() {
        if (oldVersion == null || newVersion == null) {
            return Bump.MAJOR;
        }
        return Bump.between(oldVersion, newVersion);
    }
}
