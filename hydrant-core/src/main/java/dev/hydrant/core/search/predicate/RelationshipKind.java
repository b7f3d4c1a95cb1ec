package dev.hydrant.core.search.predicate;

/** The file relationships {@code system:number of file relationships} counts. */
public enum RelationshipKind {
    /** {@code not related/false positive}. */
    FALSE_POSITIVE,
    /** {@code duplicates}. */
    DUPLICATES,
    /** {@code alternates}. */
    ALTERNATES,
    /** {@code potential duplicates}. */
    POTENTIAL_DUPLICATES
}
