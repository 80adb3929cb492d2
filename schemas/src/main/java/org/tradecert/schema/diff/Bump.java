package org.tradecert.schema.diff;

import org.tradecert.schema.generate.SemanticVersion;

/** A semantic-version increment, smallest first; NONE means the version stays the same. */
public enum Bump {
    NONE, PATCH, MINOR, MAJOR;

    /** The increment from one version to a later one; NONE when they are equal or the second is not later. */
    public static Bump between(SemanticVersion from, SemanticVersion to) {
        if (to.compareTo(from) <= 0) {
            return NONE;
        }
        if (to.major() != from.major()) {
            return MAJOR;
        }
        return to.minor() != from.minor() ? MINOR : PATCH;
    }

    public boolean atLeast(Bump other) {
        return compareTo(other) >= 0;
    }

    public static Bump max(Bump a, Bump b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
