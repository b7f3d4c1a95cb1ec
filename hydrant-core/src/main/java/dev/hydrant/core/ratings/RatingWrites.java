package dev.hydrant.core.ratings;

import dev.hydrant.core.ByteKey;

import java.util.Collection;
import java.util.Map;

/** Changing ratings inside one store transaction (see {@link RatingStore#write}). Plain table operations. */
public interface RatingWrites {
    /** The file ids of these hashes, new ones (never reused) for hashes that have none yet. */
    Map<ByteKey, Long> idsFor(Collection<ByteKey> sha256s);

    /**
     * Sets the rating of {@code service} on the files: replaces whatever they had; null removes it.
     *
     * @param service a rating service (its stored kind must fit: fractions for like/dislike and numerical
     *                services, counts for inc/dec)
     */
    void set(ByteKey service, Collection<Long> fileIds, StoredRating rating);
}
