package dev.hydrant.core.search.predicate;

/** Which of a file's times a {@link TimePredicate} tests. */
public enum TimeField {
    /** {@code system:import time}, {@code system:time imported}. */
    IMPORTED,
    /** {@code system:modified date}, {@code system:time modified}. */
    MODIFIED,
    /** {@code system:last viewed time}. */
    LAST_VIEWED,
    /** {@code system:archived time}, {@code system:archive date}. */
    ARCHIVED
}
