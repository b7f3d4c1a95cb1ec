package dev.hydrant.core.ratings;

import dev.hydrant.core.ByteKey;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * The persistent ratings: per (rating service, file), what {@link StoredRating} says. Reads outside {@link #write}
 * see the latest committed state; a batch read is one statement per table whatever the batch size.
 */
public interface RatingStore {
    /** A stored rating as loaded at start-up. */
    @FunctionalInterface
    interface RatingVisitor {
        void visit(ByteKey service, long fileId, StoredRating rating);
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T write(Function<RatingWrites, T> work);

    /** file id → service → rating, for the files that have any rating. */
    Map<Long, Map<ByteKey, StoredRating>> ratingsOf(Collection<Long> fileIds);

    /** Every stored rating (what the in-memory index holds). */
    void forEachRating(RatingVisitor visitor);
}
