package dev.hydrant.core.search.predicate;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code system:tag as number page < 5}: files with a tag in the namespace whose subtag is an integer
 * passing the comparison. Hydrus only keeps {@code <}, {@code >} and {@code ≈}: every other operator
 * written becomes {@code ≈}.
 *
 * @param namespace empty for any namespace ({@code any namespace}); {@code ""} for unnamespaced tags
 * @param value     may be negative
 */
public record TagAsNumberPredicate(Optional<String> namespace, Operator operator, long value)
        implements SystemPredicate {
    public TagAsNumberPredicate {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(operator, "operator");
        if (operator != Operator.LESS && operator != Operator.GREATER && operator != Operator.APPROX) {
            throw new IllegalArgumentException("tag as number only compares with <, > or ≈");
        }
    }
}
