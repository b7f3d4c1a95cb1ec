package dev.hydrant.core.files.storage;

import java.io.IOException;
import java.nio.file.Path;

/** The prefix folders on disk, for measuring and moving them between storage locations. */
public interface PrefixFolders {
    /** Uses a new layout for every later read and write. */
    void useLayout(StorageLayout layout);

    StorageLayout layout();

    /** Total bytes of the files in one prefix folder at a location (0 when it does not exist). */
    long bytesIn(Path location, String prefix) throws IOException;

    /** Free bytes at a location (of the disk it is on). */
    long usableSpace(Path location) throws IOException;

    /**
     * Copies one prefix folder to another location, durably (each file synced, renamed into place, the folder
     * synced), skipping files already there with the same size, then checks that every file of the source is at
     * the destination with the same size.
     *
     * @return the bytes copied
     * @throws IOException also when the check finds a difference
     */
    long copy(String prefix, Path from, Path to) throws IOException;

    /** Creates a location's folder if needed and checks that it is a writable folder. */
    void prepare(Path location) throws IOException;

    boolean exists(Path location);

    /** Deletes a prefix folder at a location with everything in it (nothing when it does not exist). */
    void removeFolder(Path location, String prefix) throws IOException;
}
