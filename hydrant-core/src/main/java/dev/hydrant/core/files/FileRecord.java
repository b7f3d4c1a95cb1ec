package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

import java.util.Objects;

/**
 * What an imported file is: its identity, size, type and media properties.
 *
 * @param fileId         the file's hash id (hydrus's {@code file_id}): stable, never reused
 * @param originalType   the sniffed type when the type was forced to something else, otherwise null
 * @param fileModifiedMs the file's own modification time (the source file's, or the upload's), when known
 */
public record FileRecord(long fileId, ByteKey sha256, long size, FileType type, FileType originalType,
                         MediaProperties media, Long fileModifiedMs) {
    public FileRecord {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(media, "media");
    }

    public boolean typeForced() {
        return originalType != null;
    }
}
