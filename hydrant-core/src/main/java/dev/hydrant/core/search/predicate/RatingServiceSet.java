package dev.hydrant.core.search.predicate;

import dev.hydrant.core.services.ServiceType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A set of rating services named in {@code system:(all|any|only) ... rated}: by type
 * ({@code ratings}, {@code like/dislike ratings}, {@code numerical ratings}, {@code inc/dec ratings})
 * or by name. Both empty means "unspecified" (hydrus's empty service specifier).
 */
public record RatingServiceSet(Set<ServiceType> types, List<ServiceRef> services) {

    public RatingServiceSet {
        types = Collections.unmodifiableSet(types.isEmpty() ? EnumSet.noneOf(ServiceType.class) : EnumSet.copyOf(types));
        services = List.copyOf(services);
    }

    /** The unspecified set. */
    public static RatingServiceSet unspecified() {
        return new RatingServiceSet(Set.of(), List.of());
    }

    /** Every local rating service ({@code ratings}). */
    public static RatingServiceSet allLocalRatings() {
        return new RatingServiceSet(ServiceType.RATING_SERVICES, List.of());
    }
}
