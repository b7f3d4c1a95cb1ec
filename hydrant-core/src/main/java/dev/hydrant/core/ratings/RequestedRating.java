package dev.hydrant.core.ratings;

import java.math.BigInteger;

/**
 * The {@code rating} value of a {@code set_rating} request, by the JSON type hydrus checks it with (Python's
 * {@code isinstance}, where a bool is also an int).
 */
public sealed interface RequestedRating {
    /** JSON {@code null}: clear the rating. */
    record Null() implements RequestedRating {
    }

    /** JSON {@code true} or {@code false}. */
    record Bool(boolean value) implements RequestedRating {
    }

    /** A JSON integer, of any size. */
    record Int(BigInteger value) implements RequestedRating {
    }

    /** Anything else: a float, a string, a list, an object. */
    record Other() implements RequestedRating {
    }
}
