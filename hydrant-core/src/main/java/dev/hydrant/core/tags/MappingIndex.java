package dev.hydrant.core.tags;

import dev.hydrant.core.ByteKey;

import java.util.Collection;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * The current and pending mappings of every real tag service held in memory, so counts and file sets never need
 * SQL. It is filled from the {@link TagMappingStore} at start-up and then changed only by {@link #apply}, called with
 * committed changes in commit order. Readers may run concurrently with one writer.
 */
public interface MappingIndex {
    /** Applies committed changes, in order. */
    void apply(Collection<MappingChange> changes);

    /** How many files have {@code tagId} in {@code status} (current or pending); {@code files} null means all. */
    int count(ByteKey service, int tagId, TagStatus status, IntPredicate files);

    /**
     * {@link #count} for many tags of one service and status, with the service and status looked up once: the
     * function maps a tag id to its count.
     */
    default java.util.function.IntUnaryOperator counter(ByteKey service, TagStatus status, IntPredicate files) {
        return tagId -> count(service, tagId, status, files);
    }

    /** Every file that has {@code tagId} in {@code status} (current or pending). */
    void forEachFile(ByteKey service, int tagId, TagStatus status, IntConsumer visitor);

    /** Forgets a tag service (deleted) entirely. */
    void dropService(ByteKey service);
}
