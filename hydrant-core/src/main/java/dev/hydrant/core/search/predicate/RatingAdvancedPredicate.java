package dev.hydrant.core.search.predicate;

import java.util.Objects;

/**
 * {@code system:all ratings rated}, {@code system:any like/dislike ratings not rated},
 * {@code system:only favourites, stars (amongst ratings) rated}.
 *
 * @param primary   the services the quantifier applies to
 * @param secondary for {@link RatingQuantifier#ONLY}, the services that must not be (or be, for
 *                  "not rated") rated besides; all local ratings unless {@code (amongst ...)} says;
 *                  unspecified for the other quantifiers
 * @param rated     false for {@code not rated}
 */
public record RatingAdvancedPredicate(RatingQuantifier quantifier, RatingServiceSet primary,
                                      RatingServiceSet secondary, boolean rated) implements SystemPredicate {
    public RatingAdvancedPredicate {
        Objects.requireNonNull(quantifier, "quantifier");
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(secondary, "secondary");
    }
}
