package dev.hydrant.core.search.predicate;

/**
 * One term of a file search. A search is the AND of its terms; an {@link OrPredicate} is the OR of its
 * own terms.
 */
public sealed interface SearchPredicate
        permits TagPredicate, WildcardPredicate, NamespacePredicate, OrPredicate, SystemPredicate {
}
