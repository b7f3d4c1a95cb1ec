package dev.hydrant.core.ratings;

/**
 * A file's rating as the API shows it in {@code file_metadata} (digest §9.4): like/dislike services give true, false
 * or null; numerical services a number of stars or null; inc/dec services always a count (0 when unset).
 */
public sealed interface ShownRating {
    /** No rating (like/dislike and numerical services): JSON {@code null}. */
    record Unset() implements ShownRating {
    }

    /** A like/dislike service's rating: JSON {@code true} (like) or {@code false} (dislike). */
    record Liked(boolean like) implements ShownRating {
    }

    /** A numerical service's stars. */
    record Stars(long stars) implements ShownRating {
    }

    /** An inc/dec service's count. */
    record Count(long count) implements ShownRating {
    }
}
