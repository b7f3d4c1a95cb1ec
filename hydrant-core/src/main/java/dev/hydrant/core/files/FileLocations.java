package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where one file is: the file domains it is currently in (with the time it arrived in each) and the domains it
 * was deleted from (with the deletion time and the time it had been imported there). Keys are service keys.
 */
public record FileLocations(Map<ByteKey, Long> current, Map<ByteKey, Deletion> deleted) {
    /** A deletion record; either time may be unknown. */
    public record Deletion(Long deletedMs, Long originalImportedMs) {
    }

    public static final FileLocations NOWHERE = new FileLocations(Map.of(), Map.of());

    public FileLocations {
        current = Collections.unmodifiableMap(new LinkedHashMap<>(current));
        deleted = Collections.unmodifiableMap(new LinkedHashMap<>(deleted));
    }

    public boolean isCurrentIn(ByteKey service) {
        return current.containsKey(service);
    }

    public boolean isDeletedFrom(ByteKey service) {
        return deleted.containsKey(service);
    }
}
