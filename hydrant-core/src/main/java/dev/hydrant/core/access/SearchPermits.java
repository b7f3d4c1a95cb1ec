package dev.hydrant.core.access;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a tag-restricted access key may look at (digest §3.4): the file ids of its last search, kept per key for
 * four hours from their last use. Keys that can see all files pass every check.
 */
public final class SearchPermits {
    static final Duration TIMEOUT = Duration.ofHours(4);

    private record LastSearch(Set<Long> fileIds, long expiresMs) {
    }

    private final Clock clock;
    private final Map<ByteKey, LastSearch> lastSearches = new ConcurrentHashMap<>();

    public SearchPermits(Clock clock) {
        this.clock = clock;
    }

    /** Remembers a restricted key's search results (called by the search use case). */
    public void remember(AccessKey key, Collection<Long> fileIds) {
        if (key != null && !key.canSeeAllFiles()) {
            lastSearches.put(key.key(), new LastSearch(Set.copyOf(new HashSet<>(fileIds)), expiry()));
        }
    }

    private long expiry() {
        return clock.millis() + TIMEOUT.toMillis();
    }

    /** Hydrus's {@code CheckCanSeeAllFiles}: needed to fetch files by hash. */
    public static void requireSeeAllFiles(AccessKey key) {
        if (key != null && !key.canSeeAllFiles()) {
            throw ApiException.forbidden("You do not have permission to see all files, so you cannot do this.");
        }
    }

    /** Hydrus's {@code CheckPermissionToSeeFiles}: the ids must all be in the key's last search. */
    public void requireMaySee(AccessKey key, Collection<Long> fileIds) {
        if (key == null || key.canSeeAllFiles()) {
            return;
        }
        LastSearch last = lastSearches.get(key.key());
        if (last == null || last.expiresMs() < clock.millis()) {
            lastSearches.remove(key.key());
            throw ApiException.badRequest(
                    "It looks like those search results are no longer available--please run the search again!");
        }
        Set<Long> asked = new HashSet<>(fileIds);
        long allowed = asked.stream().filter(last.fileIds()::contains).count();
        if (allowed != asked.size()) {
            throw ApiException.forbidden("You do not seem to have access to all those files! You asked to see "
                    + asked.size() + " files, but you were only authorised to see " + allowed + " of them!");
        }
        lastSearches.put(key.key(), new LastSearch(last.fileIds(), expiry()));
    }
}
