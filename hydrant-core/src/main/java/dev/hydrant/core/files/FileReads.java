package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reading file records. Every method takes a batch and costs one query per table it touches, whatever the
 * batch size (never one query per file).
 */
public interface FileReads {
    /** The ids of the hashes that have one; unknown hashes are absent from the result. */
    Map<ByteKey, Long> idsOf(Collection<ByteKey> sha256s);

    /** The hashes of the ids that exist; unknown ids are absent from the result. */
    Map<Long, ByteKey> hashesOf(Collection<Long> fileIds);

    /** The full state of each existing id. */
    Map<Long, FileState> states(Collection<Long> fileIds);

    /** {@code from}-type hash → {@code to}-type hash, for the imported files among {@code hashes}. */
    Map<ByteKey, ByteKey> translate(Collection<ByteKey> hashes, HashType from, HashType to);

    /** id → time it arrived in {@code service}, for the ids currently in that file domain. */
    Map<Long, Long> currentIn(ByteKey service, Collection<Long> fileIds);

    /** Every id currently in {@code service} (for whole-domain operations such as deleting the domain). */
    List<Long> allCurrentIn(ByteKey service);

    /** id → deletion record in {@code service}, for the ids that have one. */
    Map<Long, FileLocations.Deletion> deletedFrom(ByteKey service, Collection<Long> fileIds);

    /** The times the file tables do not hold (domain modified times, viewing statistics) of the ids that have any. */
    Map<Long, FileTimes> timesOf(Collection<Long> fileIds);

    /** The ids among {@code fileIds} that are in the inbox. */
    java.util.Set<Long> inInbox(Collection<Long> fileIds);

    /** Physically deleted files waiting for their bytes to be removed, queued before {@code queuedBeforeMs}. */
    List<QueuedRemoval> queuedRemovals(long queuedBeforeMs, int limit);

    /** A file whose bytes are to be removed from disk. */
    record QueuedRemoval(long fileId, ByteKey sha256, FileType type, long queuedMs) {
    }
}
