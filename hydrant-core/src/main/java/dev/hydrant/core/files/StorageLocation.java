package dev.hydrant.core.files;

import java.nio.file.Path;
import java.util.List;

/**
 * One folder holding client files, with the prefix folders it holds ({@code f00}…{@code fff} for files,
 * {@code t00}…{@code tff} for thumbnails), as {@code /get_files/local_file_storage_locations} reports it.
 *
 * @param maxNumBytes null: no limit
 */
public record StorageLocation(Path path, int idealWeight, Long maxNumBytes, List<String> prefixes) {
    public StorageLocation {
        prefixes = List.copyOf(prefixes);
    }
}
