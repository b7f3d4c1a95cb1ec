package dev.hydrant.core.tags;

import java.util.Optional;

/**
 * What {@code add_tags} can do to a mapping (digest §9.2). Local tag domains take {@link #ADD} and {@link #DELETE};
 * tag repositories take the other four.
 */
public enum TagAction {
    ADD(0), DELETE(1), PEND(2), RESCIND_PEND(3), PETITION(4), RESCIND_PETITION(5);

    private final int number;

    TagAction(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static Optional<TagAction> of(long number) {
        for (TagAction a : values()) {
            if (a.number == number) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Whether the action is one a local tag domain takes (add, delete) rather than a repository's. */
    public boolean isLocal() {
        return this == ADD || this == DELETE;
    }
}
