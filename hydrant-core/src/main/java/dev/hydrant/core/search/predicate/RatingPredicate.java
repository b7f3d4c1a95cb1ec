package dev.hydrant.core.search.predicate;

import java.util.Objects;

/**
 * A test on one rating service: {@code system:has a rating for favourites},
 * {@code system:rating for favourites is like}, {@code system:rating for stars > 3/5},
 * {@code system:count for my counter > 12}.
 *
 * <p>For {@link RatingValue.Rated}, {@link RatingValue.NotRated}, {@link RatingValue.Like} and
 * {@link RatingValue.Dislike} the operator is {@link Operator#EQUAL}. Once the service is bound, an
 * inc/dec service turns "rated" into {@code > 0} and "not rated" into {@code = 0} counts.
 *
 * @param service the rating service (like/dislike, numerical or inc/dec)
 */
public record RatingPredicate(ServiceRef service, Operator operator, RatingValue value) implements SystemPredicate {
    public RatingPredicate {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
    }
}
