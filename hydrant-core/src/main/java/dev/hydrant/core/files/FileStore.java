package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The bytes of files and thumbnails on disk, in hydrus's layout: {@code fXX/<sha256><ext>} and
 * {@code tXX/<sha256>.thumbnail}, where XX is the first byte of the sha256 in hex.
 *
 * <p>{@link #putFile} and {@link #putThumbnail} are durable when they return (content and directory entry
 * synced), so a caller that commits a row afterwards never has a row without its file.
 */
public interface FileStore {
    /** A stored file or thumbnail found on disk. */
    record StoredEntry(ByteKey sha256, Path path) {
    }

    /** Where the file's bytes are (or would be). */
    Path filePath(ByteKey sha256, FileType type);

    /** Where the file's thumbnail is (or would be). */
    Path thumbnailPath(ByteKey sha256);

    boolean hasFile(ByteKey sha256, FileType type);

    /** Moves {@code source} into place (replacing an existing copy) and syncs it to disk. */
    void putFile(Path source, ByteKey sha256, FileType type) throws IOException;

    /** Moves {@code source} into place as the file's thumbnail and syncs it to disk. */
    void putThumbnail(Path source, ByteKey sha256) throws IOException;

    void deleteFile(ByteKey sha256, FileType type) throws IOException;

    void deleteThumbnail(ByteKey sha256) throws IOException;

    /** A new empty file on the same disk as the stored files, for staging an import. */
    Path createStagingFile() throws IOException;

    /** The files stored under one prefix byte (0–255), whatever their extension. */
    List<StoredEntry> listFiles(int prefixByte) throws IOException;

    /** The thumbnails stored under one prefix byte (0–255). */
    List<StoredEntry> listThumbnails(int prefixByte) throws IOException;

    /** Removes leftovers of interrupted writes (staging files, half-copied files). */
    int removeLeftovers() throws IOException;

    /** Deletes one entry found by {@link #listFiles} or {@link #listThumbnails}. */
    void delete(StoredEntry entry) throws IOException;

    List<StorageLocation> locations();
}
