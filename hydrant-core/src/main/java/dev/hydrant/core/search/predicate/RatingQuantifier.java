package dev.hydrant.core.search.predicate;

/** How {@link RatingAdvancedPredicate} combines its services. */
public enum RatingQuantifier {
    /** Every one of the services. */
    ALL,
    /** At least one of the services. */
    ANY,
    /** The services, and none of the other services in the secondary set. */
    ONLY
}
