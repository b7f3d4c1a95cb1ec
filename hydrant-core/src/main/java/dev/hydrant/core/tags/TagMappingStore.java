package dev.hydrant.core.tags;

import dev.hydrant.core.ByteKey;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * The persistent mappings (tag, file) of every real tag service in their four statuses, and the interned tags they
 * refer to. Reads outside {@link #write} see the latest committed state; every batch read is one statement per
 * table, whatever the batch size.
 */
public interface TagMappingStore {
    /** A mapping row as loaded at start-up. */
    @FunctionalInterface
    interface MappingVisitor {
        void visit(ByteKey service, TagStatus status, int tagId, long fileId);
    }

    /** A tag as interned: its id and text. */
    @FunctionalInterface
    interface TagVisitor {
        void visit(int tagId, String tag);
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T write(Function<TagMappingWrites, T> work);

    /** Every interned tag. */
    void forEachTag(TagVisitor visitor);

    /** Every current and pending mapping (what the in-memory index holds). */
    void forEachLiveMapping(MappingVisitor visitor);

    /** file id → service → status → tag texts, for the files that have any mapping. */
    Map<Long, Map<ByteKey, Map<TagStatus, Collection<String>>>> tagsOf(Collection<Long> fileIds);

    /** How many mappings {@code service} has in {@code status}. */
    long count(ByteKey service, TagStatus status);
}
