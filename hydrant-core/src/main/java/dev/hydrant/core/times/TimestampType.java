package dev.hydrant.core.times;

import java.util.Optional;

/** Hydrus's timestamp types ({@code timestamp_type} of {@code /edit_times/set_time}) and their names. */
public enum TimestampType {
    MODIFIED_DOMAIN(0, "domain modified time"),
    MODIFIED_FILE(1, "file modified time"),
    /** The earliest modified time: derived, never set. */
    MODIFIED_AGGREGATE(2, "aggregate modified time"),
    IMPORTED(3, "imported time"),
    DELETED(4, "deleted time"),
    ARCHIVED(5, "archived time"),
    LAST_VIEWED(6, "last viewed time"),
    PREVIOUSLY_IMPORTED(7, "previous imported time (for undelete)");

    private final int number;
    private final String description;

    TimestampType(int number, String description) {
        this.number = number;
        this.description = description;
    }

    public int number() {
        return number;
    }

    /** Hydrus's name for the type, as its error texts show it. */
    public String description() {
        return description;
    }

    public static Optional<TimestampType> byNumber(long number) {
        for (TimestampType t : values()) {
            if (t.number == number) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
