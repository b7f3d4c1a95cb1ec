package dev.hydrant.core.files.storage;

import java.nio.file.Path;

/**
 * A storage location as the user configured it (hydrus's "migrate database" list): a folder that holds prefix
 * folders directly ({@code PATH/f3a/...}), how large a share of the prefixes it should get, and an optional limit
 * on the bytes it may hold.
 *
 * @param weight       the share of prefixes relative to the other locations' weights; 0 means "empty it"
 * @param maxNumBytes  null: no limit
 */
public record IdealLocation(Path path, int weight, Long maxNumBytes) {
    public IdealLocation {
        path = path.toAbsolutePath().normalize();
        if (weight < 0) {
            throw new IllegalArgumentException("The weight must be 0 or more.");
        }
        if (maxNumBytes != null && maxNumBytes <= 0) {
            throw new IllegalArgumentException("The size limit must be more than 0 bytes.");
        }
    }
}
