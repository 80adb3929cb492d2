package org.tradecert.schema.diff;

/**
 * What a change does to the sets of valid documents L(old) and L(new): EQ leaves them equal,
 * WIDEN makes L(old) a proper subset of L(new), NARROW the reverse, and BREAK leaves neither
 * inside the other.
 */
public enum ChangeClass {
    EQ, WIDEN, NARROW, BREAK;

    /** Documents valid under the old release stay valid: producers who certified against it are safe. */
    public boolean producersSafe() {
        return this == EQ || this == WIDEN;
    }

    /** Documents valid under the new release were valid before: receivers built on the old release still accept them. */
    public boolean consumersSafe() {
        return this == EQ || this == NARROW;
    }

    /** The class of two changes applied together: both directions must hold for EQ, either may fail. */
    public ChangeClass and(ChangeClass other) {
        boolean producers = producersSafe() && other.producersSafe();
        boolean consumers = consumersSafe() && other.consumersSafe();
        if (producers && consumers) {
            return EQ;
        }
        if (producers) {
            return WIDEN;
        }
        return consumers ? NARROW : BREAK;
    }

    /** The class of the reverse change (new to old). */
    public ChangeClass reverse() {
        return switch (this) {
            case WIDEN -> NARROW;
            case NARROW -> WIDEN;
            default -> this;
        };
    }
}
