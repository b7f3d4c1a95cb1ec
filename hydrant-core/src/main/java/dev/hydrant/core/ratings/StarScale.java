package dev.hydrant.core.ratings;

import dev.hydrant.core.services.RatingOptions;

/**
 * A numerical service's stars and the stored fraction, converted both ways as hydrus converts them
 * ({@code ClientRatings.ConvertStarsToRating} / {@code ConvertRatingToStars}).
 *
 * <p>Writing clamps the stars into [min, max] (0 or 1 to the number of stars), then stores {@code stars / n} when
 * zero is allowed, otherwise {@code (stars - 1) / (n - 1)}. Reading inverts it with Python's {@code round} (half to
 * even), so a fraction stored under another number of stars maps to the nearest star of the current scale.
 *
 * @param stars     the number of stars (1–20; at least 2 when zero is not allowed)
 * @param allowZero whether 0 stars is a rating
 */
public record StarScale(int stars, boolean allowZero) {
    public StarScale {
        if (stars < 1 || stars > 20) {
            throw new IllegalArgumentException("number of stars must be 1-20");
        }
        if (!allowZero && stars < 2) {
            throw new IllegalArgumentException("a numerical service without zero needs at least 2 stars");
        }
    }

    public static StarScale of(RatingOptions options) {
        return new StarScale(options.numStars(), options.allowZero());
    }

    /** The lowest rating: 0 when zero is allowed, else 1. */
    public int minStars() {
        return allowZero ? 0 : 1;
    }

    /** The stored fraction for a number of stars, clamped into [min, max] first. */
    public double toFraction(long requestedStars) {
        long s = Math.max(minStars(), Math.min(stars, requestedStars));
        return allowZero ? (double) s / stars : (double) (s - 1) / (stars - 1);
    }

    /** The stars a stored fraction shows as. */
    public long toStars(double fraction) {
        return allowZero ? (long) Math.rint(fraction * stars) : (long) Math.rint(fraction * (stars - 1)) + 1;
    }

    /** The fraction one star is worth (hydrus's {@code GetOneStarValue}). */
    public double oneStarValue() {
        int choices = allowZero ? stars + 1 : stars;
        return 1.0 / (choices - 1);
    }
}
