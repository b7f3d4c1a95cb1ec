package dev.hydrant.core.ratings;

import dev.hydrant.core.ByteKey;

import java.util.Collection;

/**
 * The ratings of every rating service held in memory for search, so rating predicates never need SQL. Filled from
 * the {@link RatingStore} when the library opens, then changed only by {@link #set}, called with committed changes
 * in commit order. Readers may run concurrently with one writer.
 */
public interface RatingIndex {
    /** Loads one stored rating at start-up (before any reader). */
    void load(ByteKey service, long fileId, StoredRating rating);

    /** Applies a committed change: the files now have {@code rating} on {@code service} (null: none). */
    void set(ByteKey service, Collection<Long> fileIds, StoredRating rating);

    /** Forgets a rating service (deleted) entirely. */
    void dropService(ByteKey service);
}
