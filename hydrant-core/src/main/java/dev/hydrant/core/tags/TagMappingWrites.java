package dev.hydrant.core.tags;

import dev.hydrant.core.ByteKey;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Mapping table operations inside one transaction (see {@link TagMappingStore#write}). Plain set operations; the
 * rules of which action touches which status live in {@link TagEditor}.
 */
public interface TagMappingWrites {
    /** The id of every tag (clean texts), interning the ones that have none yet. */
    Map<String, Integer> intern(Collection<String> tags);

    /** The ids among {@code fileIds} that have {@code tagId} in {@code status} on {@code service}. */
    Set<Long> filesWith(ByteKey service, TagStatus status, int tagId, Collection<Long> fileIds);

    /** Inserts the mappings that are not there yet; {@code reason} is used (and required) for petitions only. */
    void insert(ByteKey service, TagStatus status, int tagId, Collection<Long> fileIds, String reason);

    /** Removes the mappings that are there. */
    void delete(ByteKey service, TagStatus status, int tagId, Collection<Long> fileIds);

    /** Removes every mapping of {@code service} in {@code status}; answers what went, tag id → file ids. */
    Map<Integer, java.util.List<Long>> clear(ByteKey service, TagStatus status);
}
