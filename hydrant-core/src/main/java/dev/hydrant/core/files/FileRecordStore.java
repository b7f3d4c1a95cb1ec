package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

import java.util.Map;
import java.util.function.Function;

/**
 * The persistent record of every file Hydrant knows: hash ids, what each imported file is, its other hashes,
 * its file domains (current and deleted, with times), inbox/archive state, deletion reasons, and the queue of
 * files whose bytes wait to be removed. Reads outside {@link #write} see the latest committed state.
 */
public interface FileRecordStore extends FileReads {
    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T write(Function<FileWrites, T> work);

    /** A file's place in a file domain: current there, or deleted from it. */
    @FunctionalInterface
    interface DomainVisitor {
        void visit(ByteKey service, long fileId, boolean deleted);
    }

    /** Every current and deleted file of every file domain (for the in-memory {@link FileDomainMembership}). */
    void forEachDomainEntry(DomainVisitor visitor);

    /**
     * The state of every file id that has a record or a domain entry, in batches of at most {@code batchSize}, by
     * increasing id (for building the search index at start-up).
     */
    void forEachState(int batchSize, java.util.function.Consumer<java.util.Collection<FileState>> batch);

    /**
     * The {@link FileTimes} of every file id that has any, in batches of at most {@code batchSize} ids, by increasing
     * id (for the in-memory time columns at start-up).
     */
    void forEachTimes(int batchSize, java.util.function.Consumer<Map<Long, FileTimes>> batch);

    /** A file's perceptual hash. */
    @FunctionalInterface
    interface PerceptualHashVisitor {
        void visit(long fileId, long perceptualHash);
    }

    /** Every stored perceptual hash, by increasing file id (for the in-memory similar-files index). */
    void forEachPerceptualHash(PerceptualHashVisitor visitor);

    /** The perceptual hashes of these files, ascending per file; files without any are absent. */
    java.util.Map<Long, long[]> perceptualHashesOf(java.util.Collection<Long> fileIds);
}
