package dev.hydrant.core.search.predicate;

/** {@code system:everything}: every file of the searched domain. */
public record EverythingPredicate() implements SystemPredicate {
}
