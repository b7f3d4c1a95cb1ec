package dev.hydrant.core.search.predicate;

/** What {@link ViewingPredicate} counts. */
public enum ViewingMeasure {
    /** The number of views. */
    VIEWS,
    /** The total viewing time, in seconds. */
    VIEWTIME
}
