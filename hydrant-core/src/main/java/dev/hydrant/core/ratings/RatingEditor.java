package dev.hydrant.core.ratings;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.error.ErrorKind;
import dev.hydrant.core.files.FileReads;
import dev.hydrant.core.files.FileResolver;
import dev.hydrant.core.files.FileSelection;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The {@code /edit_ratings/set_rating} use case (digest §5.5, §9.4): checks the request in hydrus's order, converts
 * the value to what the service stores, writes every named file in one transaction (hashes without a file id get
 * one, as hydrus gives them) and then tells the in-memory index.
 *
 * <p>Value rules: like/dislike services take a bool (stored 1.0 or 0.0); numerical services an int, clamped into
 * the service's [min, max] stars and stored as a fraction ({@link StarScale}); inc/dec services an int, negatives
 * becoming 0 (a count of 0 is no row). Null clears, except on inc/dec services. As in Python, a bool passes for an
 * int (true is 1).
 */
public final class RatingEditor {
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** One request, as parsed: {@code rating} is empty when the key was not sent at all. */
    public record Request(ByteKey service, FileSelection files, Optional<RequestedRating> rating) {
    }

    private final RatingStore store;
    private final FileResolver resolver;
    private final ServiceCatalog services;
    private final RatingIndex index;
    private final ReentrantLock commitOrder = new ReentrantLock();

    public RatingEditor(RatingStore store, FileReads files, ServiceCatalog services, RatingIndex index) {
        this.store = store;
        this.resolver = new FileResolver(files);
        this.services = services;
        this.index = index;
    }

    /** Applies one request; a request that fails any check changes nothing. */
    public void set(Request request) {
        List<FileResolver.ResolvedFile> files = resolver.resolve(request.files());
        if (files.isEmpty()) {
            throw ApiException.badRequest("Did not find any hashes to apply the ratings to!");
        }
        RequestedRating requested = request.rating().orElseThrow(
                () -> ApiException.badRequest("Sorry, you need to give a rating to set it to!"));
        Service service = services.find(request.service()).orElseThrow(
                () -> new ApiException(ErrorKind.DATA_MISSING, "That service was not found!"));
        StoredRating rating = stored(service, requested);
        write(service.key(), files, rating);
    }

    /** What the service stores for the requested value, or the 400 hydrus gives. */
    static StoredRating stored(Service service, RequestedRating requested) {
        ServiceType type = service.type();
        if (!ServiceType.RATING_SERVICES.contains(type)) {
            throw ApiException.badRequest("That service is not a rating service!");
        }
        if (requested instanceof RequestedRating.Null) {
            if (type == ServiceType.LOCAL_RATING_INCDEC) {
                throw ApiException.badRequest("Sorry, this service does not allow a null rating!");
            }
            return null;
        }
        if (type == ServiceType.LOCAL_RATING_LIKE) {
            if (!(requested instanceof RequestedRating.Bool like)) {
                throw ApiException.badRequest("Sorry, this service expects a \"bool\" rating!");
            }
            return new StoredRating.Fraction(like.value() ? 1.0 : 0.0);
        }
        BigInteger number = switch (requested) {
            case RequestedRating.Int i -> i.value();
            case RequestedRating.Bool b -> b.value() ? BigInteger.ONE : BigInteger.ZERO;
            default -> throw ApiException.badRequest("Sorry, this service expects a \"int\" rating!");
        };
        if (type == ServiceType.LOCAL_RATING_NUMERICAL) {
            StarScale scale = StarScale.of(service.rating());
            long stars = number.max(BigInteger.valueOf(-1)).min(BigInteger.valueOf(scale.stars() + 1L)).longValue();
            return new StoredRating.Fraction(scale.toFraction(stars));
        }
        if (number.signum() <= 0) {
            return null;
        }
        if (number.compareTo(LONG_MAX) > 0) {
            throw ApiException.badRequest("Sorry, that count is too large!");
        }
        return new StoredRating.Count(number.longValue());
    }

    private void write(ByteKey service, List<FileResolver.ResolvedFile> files, StoredRating rating) {
        commitOrder.lock();
        try {
            List<Long> ids = store.write(tx -> {
                List<ByteKey> unknown = files.stream().filter(f -> f.fileId() == null)
                        .map(FileResolver.ResolvedFile::sha256).toList();
                Map<ByteKey, Long> created = unknown.isEmpty() ? Map.of() : tx.idsFor(unknown);
                LinkedHashSet<Long> all = new LinkedHashSet<>();
                for (FileResolver.ResolvedFile f : files) {
                    all.add(f.fileId() != null ? f.fileId() : created.get(f.sha256()));
                }
                List<Long> list = new ArrayList<>(all);
                tx.set(service, list, rating);
                return list;
            });
            index.set(service, ids, rating);
        } finally {
            commitOrder.unlock();
        }
    }

    /** Forgets a deleted rating service in memory (its stored ratings go with the service's row). */
    public void serviceDeleted(ByteKey service) {
        commitOrder.lock();
        try {
            index.dropService(service);
        } finally {
            commitOrder.unlock();
        }
    }
}
