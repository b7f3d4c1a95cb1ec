package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

import java.util.Collection;
import java.util.Map;

/**
 * Changing file records, inside one store transaction (see {@link FileRecordStore#write}). Reads made through
 * this object see the transaction's own changes. The rules (what a deletion implies, and so on) live in the
 * use cases; these are plain table operations.
 */
public interface FileWrites extends FileReads {
    /** The id of {@code sha256}, given a new one (never reused) if it has none yet. */
    long idFor(ByteKey sha256);

    /** Inserts or replaces what the file is (its id must exist) and its other hashes. */
    void putRecord(FileRecord record, FileHashes hashes);

    /** Adds the ids to a file domain with the given arrival times; ids already there keep theirs. */
    void addCurrent(ByteKey service, Map<Long, Long> arrivedMs);

    void removeCurrent(ByteKey service, Collection<Long> fileIds);

    /** Records deletions from a file domain; an existing record for an id is kept. */
    void recordDeleted(ByteKey service, Map<Long, FileLocations.Deletion> deletions);

    void clearDeleted(ByteKey service, Collection<Long> fileIds);

    void setInbox(Collection<Long> fileIds, boolean inbox);

    void setArchivedTime(Collection<Long> fileIds, long archivedMs);

    void setDeletionReason(Collection<Long> fileIds, String reason);

    void clearDeletionReason(Collection<Long> fileIds);

    /** Queues the bytes of physically deleted files for removal from disk. */
    void queueRemoval(Collection<Long> fileIds, long queuedMs);

    void dequeueRemoval(Collection<Long> fileIds);

    /** The files' times, changed in this transaction. */
    FileTimeWrites times();

    /**
     * Replaces a file's perceptual hashes (hydrus's 64-bit shape hashes, big-endian bytes as a {@code long});
     * empty leaves it none.
     */
    void setPerceptualHashes(long fileId, long[] hashes);

    /** Removes the perceptual hashes of files (they left hydrus local file storage). */
    void clearPerceptualHashes(Collection<Long> fileIds);
}
