package dev.hydrant.core.services;

import dev.hydrant.core.ByteKey;

/**
 * A service: a tag service, a file domain, a rating service, or one of hydrus's virtual or internal services.
 *
 * @param rating the rating configuration for rating services, otherwise null
 */
public record Service(ByteKey key, String name, ServiceType type, RatingOptions rating) {
    public Service {
        if (ServiceType.RATING_SERVICES.contains(type) != (rating != null)) {
            throw new IllegalArgumentException("rating options are required for rating services, and only for them");
        }
    }

    public static Service plain(ByteKey key, String name, ServiceType type) {
        return new Service(key, name, type, null);
    }

    public Service renamed(String newName) {
        return new Service(key, newName, type, rating);
    }

    public Service withRating(RatingOptions options) {
        return new Service(key, name, type, options);
    }
}
