package dev.hydrant.core.search.predicate;

/** {@code system:limit = N}: at most N files (hydrus picks which before sorting). */
public record LimitPredicate(long limit) implements SystemPredicate {
    public LimitPredicate {
        if (limit < 0) {
            throw new IllegalArgumentException("negative limit");
        }
    }
}
