package dev.hydrant.core.search.predicate;

import java.util.Objects;

/**
 * {@code system:ratio = 16:9}, {@code system:ratio is wider than 1:1}, {@code system:ratio is portrait}.
 *
 * @param width  the first number of the ratio (may be 0, as hydrus allows)
 * @param height the second number of the ratio (may be 0)
 */
public record RatioPredicate(RatioOperator operator, long width, long height) implements SystemPredicate {
    public RatioPredicate {
        Objects.requireNonNull(operator, "operator");
    }
}
