package dev.hydrant.core.search.predicate;

/**
 * {@code system:is the best quality file of its duplicate group} (and its {@code not} form). A file
 * alone in its group is its group's best.
 */
public record BestQualityPredicate(boolean best) implements SystemPredicate {
}
