package dev.hydrant.core.ratings;

/**
 * What a rating service holds for one file, as hydrus stores it: like/dislike and numerical services keep a
 * fraction in [0, 1] (like is 1.0, dislike 0.0; {@code n} stars is a share of the service's scale), inc/dec services
 * a count above zero. A file without a stored rating has none (for inc/dec: a count of 0).
 */
public sealed interface StoredRating {
    /** A like/dislike or numerical rating. */
    record Fraction(double value) implements StoredRating {
        public Fraction {
            if (!(value >= 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException("a star rating is a fraction in [0, 1]: " + value);
            }
        }
    }

    /** An inc/dec count; only counts above zero are stored. */
    record Count(long value) implements StoredRating {
        public Count {
            if (value <= 0) {
                throw new IllegalArgumentException("only counts above zero are stored: " + value);
            }
        }
    }
}
