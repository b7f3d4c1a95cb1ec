package dev.hydrant.core.tags;

import dev.hydrant.core.ByteKey;

import java.util.Collection;
import java.util.List;

/** Committed mapping rows that appeared ({@code added}) or went ({@code removed}) in one status of one tag. */
public record MappingChange(ByteKey service, TagStatus status, int tagId, List<Long> added, List<Long> removed) {
    public MappingChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public static MappingChange added(ByteKey service, TagStatus status, int tagId, Collection<Long> files) {
        return new MappingChange(service, status, tagId, List.copyOf(files), List.of());
    }

    public static MappingChange removed(ByteKey service, TagStatus status, int tagId, Collection<Long> files) {
        return new MappingChange(service, status, tagId, List.of(), List.copyOf(files));
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }
}
