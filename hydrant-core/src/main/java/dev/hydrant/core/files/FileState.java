package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

/**
 * Everything the store holds about one file id.
 *
 * @param record         null for ids that only name a hash (a pixel hash, or an id made by
 *                       {@code create_new_file_ids}): no file was ever imported with it
 * @param archivedMs     the last time the file was archived, when known
 * @param deletionReason why the file was last deleted, when it was
 */
public record FileState(long fileId, ByteKey sha256, FileRecord record, FileLocations locations, boolean inbox,
                        Long archivedMs, String deletionReason) {
}
