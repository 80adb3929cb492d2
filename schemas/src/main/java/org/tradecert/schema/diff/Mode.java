package org.tradecert.schema.diff;

/**
 * Whose compatibility a diff gates. Producer (the committee's default, "backward" in registry
 * terms) fails on changes that reject documents valid before; consumer ("forward") on changes
 * that let documents through which receivers on the old release reject; full on both.
 */
public enum Mode {
    PRODUCER, CONSUMER, FULL;

    /** The increment a change of this class needs when this mode's compatibility is what the version promises. */
    public Bump bumpFor(ChangeClass changeClass, Bump equalBump) {
        return switch (changeClass) {
            case EQ -> equalBump;
            case WIDEN -> this == PRODUCER ? Bump.MINOR : Bump.MAJOR;
            case NARROW -> this == CONSUMER ? Bump.MINOR : Bump.MAJOR;
            case BREAK -> Bump.MAJOR;
        };
    }

    /** True when a change of this class breaks the compatibility this mode protects. */
    public boolean incompatible(ChangeClass changeClass) {
        return switch (this) {
            case PRODUCER -> !changeClass.producersSafe();
            case CONSUMER -> !changeClass.consumersSafe();
            case FULL -> changeClass != ChangeClass.EQ;
        };
    }
}
