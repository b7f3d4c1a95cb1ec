package dev.hydrant.core.ratings;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ratings} of {@code file_metadata}: for each file, every rating service (in the order the API lists
 * services) with the file's rating as hydrus shows it (digest §9.4). One store read for the whole batch.
 *
 * <p>Like/dislike: a stored value of 0.5 or more is a like. Numerical: the stored fraction read back on the
 * service's current scale. Inc/dec: the count, 0 when none is stored.
 */
public final class FileRatings {
    private final RatingStore store;
    private final ServiceCatalog services;

    public FileRatings(RatingStore store, ServiceCatalog services) {
        this.store = store;
        this.services = services;
    }

    /** file id → rating service key → shown rating, for every requested id. */
    public Map<Long, Map<ByteKey, ShownRating>> of(Collection<Long> fileIds) {
        List<Service> ratingServices = services.listedForApi().stream()
                .filter(s -> ServiceType.RATING_SERVICES.contains(s.type())).toList();
        Map<Long, Map<ByteKey, StoredRating>> stored = ratingServices.isEmpty() || fileIds.isEmpty() ? Map.of()
                : store.ratingsOf(fileIds);
        Map<Long, Map<ByteKey, ShownRating>> out = new LinkedHashMap<>();
        for (Long id : fileIds) {
            Map<ByteKey, StoredRating> mine = stored.getOrDefault(id, Map.of());
            Map<ByteKey, ShownRating> shown = new LinkedHashMap<>();
            for (Service s : ratingServices) {
                shown.put(s.key(), shown(s, mine.get(s.key())));
            }
            out.put(id, shown);
        }
        return out;
    }

    /** How the API shows a stored rating (null: none) of a rating service. */
    public static ShownRating shown(Service service, StoredRating rating) {
        return switch (service.type()) {
            case LOCAL_RATING_LIKE -> rating instanceof StoredRating.Fraction f
                    ? new ShownRating.Liked(f.value() >= 0.5) : new ShownRating.Unset();
            case LOCAL_RATING_NUMERICAL -> rating instanceof StoredRating.Fraction f
                    ? new ShownRating.Stars(StarScale.of(service.rating()).toStars(f.value())) : new ShownRating.Unset();
            case LOCAL_RATING_INCDEC -> new ShownRating.Count(
                    rating instanceof StoredRating.Count c ? c.value() : 0);
            default -> throw new IllegalArgumentException("not a rating service: " + service.name());
        };
    }
}
