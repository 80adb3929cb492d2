package org.tradecert.schema.generate;

/** A MAJOR.MINOR.PATCH version, ordered numerically. */
public record SemanticVersion(int major, int minor, int patch) implements Comparable<SemanticVersion> {

    public static SemanticVersion parse(String text) {
        String[] parts = text.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("version '" + text + "' is not of the form MAJOR.MINOR.PATCH");
        }
        try {
            return new SemanticVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("version '" + text + "' is not of the form MAJOR.MINOR.PATCH", e);
        }
    }

    @Override
    public int compareTo(SemanticVersion other) {
        if (major != other.major) {
            return Integer.compare(major, other.major);
        }
        if (minor != other.minor) {
            return Integer.compare(minor, other.minor);
        }
        return Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
