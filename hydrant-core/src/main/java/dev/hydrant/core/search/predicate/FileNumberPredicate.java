package dev.hydrant.core.search.predicate;

import java.util.Objects;

/**
 * A number test on one numeric property of a file: {@code system:width ≥ 160},
 * {@code system:duration < 5 seconds} (as {@code < 5000} ms), {@code system:has audio}'s numeric
 * cousins {@code system:has duration} ({@code > 0}) and {@code system:no frames} ({@code = 0}).
 */
public record FileNumberPredicate(FileNumber property, NumberTest test) implements SystemPredicate {
    public FileNumberPredicate {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(test, "test");
    }
}
