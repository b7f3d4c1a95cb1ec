package dev.hydrant.core.search.predicate;

/** What a {@link RatingPredicate} compares a file's rating with. */
public sealed interface RatingValue
        permits RatingValue.Rated, RatingValue.NotRated, RatingValue.Like, RatingValue.Dislike, RatingValue.Stars,
        RatingValue.Count {

    /** {@code system:has a rating for ...}: any rating at all. */
    record Rated() implements RatingValue {
    }

    /** {@code system:no rating for ...}. */
    record NotRated() implements RatingValue {
    }

    /** {@code ... is like}. */
    record Like() implements RatingValue {
    }

    /** {@code ... is dislike}. */
    record Dislike() implements RatingValue {
    }

    /**
     * {@code ... > 3/5}: a number of stars. Hydrus checks {@code stars <= outOf} but otherwise uses the
     * service's own number of stars, not {@code outOf}, when it compares.
     */
    record Stars(long stars, long outOf) implements RatingValue {
    }

    /** {@code ... > 12}: an inc/dec count (or a star count without a denominator). */
    record Count(long count) implements RatingValue {
    }
}
