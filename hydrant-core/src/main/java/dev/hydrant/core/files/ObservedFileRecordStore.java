package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A {@link FileRecordStore} that tells the in-memory {@link FileDomainMembership} what each committed transaction
 * changed in file domains. The transaction and the update after it run under one lock, so the memory copy sees
 * changes in commit order.
 */
public final class ObservedFileRecordStore implements FileRecordStore {
    private final FileRecordStore inner;
    private final FileDomainMembership membership;
    private final ReentrantLock commitOrder = new ReentrantLock();
    private volatile FileChangeListener listener = FileChangeListener.NONE;
    private volatile SimilarFilesListener similarFilesListener = SimilarFilesListener.NONE;

    public ObservedFileRecordStore(FileRecordStore inner, FileDomainMembership membership) {
        this.inner = inner;
        this.membership = membership;
    }

    /** Who hears of changed files after each commit (the search index); set once while wiring. */
    public void setListener(FileChangeListener listener) {
        this.listener = listener == null ? FileChangeListener.NONE : listener;
    }

    /**
     * Who hears of changed perceptual and pixel hashes after each commit (the similar-files index); set once while
     * wiring.
     */
    public void setSimilarFilesListener(SimilarFilesListener listener) {
        this.similarFilesListener = listener == null ? SimilarFilesListener.NONE : listener;
    }

    @Override
    public <T> T write(Function<FileWrites, T> work) {
        commitOrder.lock();
        try {
            List<FileDomainMembership.Change> changes = new ArrayList<>();
            Set<Long> touched = new java.util.HashSet<>();
            Map<Long, long[]> perceptual = new java.util.HashMap<>();
            Map<Long, ByteKey> pixel = new java.util.HashMap<>();
            T result = inner.write(tx -> work.apply(new Recording(tx, changes, touched, perceptual, pixel)));
            try {
                if (!pixel.isEmpty()) {
                    similarFilesListener.pixelHashesChanged(pixel);
                }
                if (!perceptual.isEmpty()) {
                    similarFilesListener.perceptualHashesChanged(perceptual);
                }
                if (!touched.isEmpty()) {
                    listener.filesChanged(touched);
                }
            } finally {
                // the commit happened: the domains must show it even if the listener failed
                membership.apply(changes);
            }
            return result;
        } finally {
            commitOrder.unlock();
        }
    }

    @Override
    public void forEachDomainEntry(DomainVisitor visitor) {
        inner.forEachDomainEntry(visitor);
    }

    @Override
    public void forEachState(int batchSize, java.util.function.Consumer<java.util.Collection<FileState>> batch) {
        inner.forEachState(batchSize, batch);
    }

    @Override
    public void forEachPerceptualHash(PerceptualHashVisitor visitor) {
        inner.forEachPerceptualHash(visitor);
    }

    @Override
    public Map<Long, long[]> perceptualHashesOf(Collection<Long> fileIds) {
        return inner.perceptualHashesOf(fileIds);
    }

    @Override
    public void forEachTimes(int batchSize, java.util.function.Consumer<Map<Long, FileTimes>> batch) {
        inner.forEachTimes(batchSize, batch);
    }

    @Override
    public Map<Long, FileTimes> timesOf(Collection<Long> fileIds) {
        return inner.timesOf(fileIds);
    }

    @Override
    public Map<ByteKey, Long> idsOf(Collection<ByteKey> sha256s) {
        return inner.idsOf(sha256s);
    }

    @Override
    public Map<Long, ByteKey> hashesOf(Collection<Long> fileIds) {
        return inner.hashesOf(fileIds);
    }

    @Override
    public Map<Long, FileState> states(Collection<Long> fileIds) {
        return inner.states(fileIds);
    }

    @Override
    public Map<ByteKey, ByteKey> translate(Collection<ByteKey> hashes, HashType from, HashType to) {
        return inner.translate(hashes, from, to);
    }

    @Override
    public Map<Long, Long> currentIn(ByteKey service, Collection<Long> fileIds) {
        return inner.currentIn(service, fileIds);
    }

    @Override
    public List<Long> allCurrentIn(ByteKey service) {
        return inner.allCurrentIn(service);
    }

    @Override
    public Map<Long, FileLocations.Deletion> deletedFrom(ByteKey service, Collection<Long> fileIds) {
        return inner.deletedFrom(service, fileIds);
    }

    @Override
    public Set<Long> inInbox(Collection<Long> fileIds) {
        return inner.inInbox(fileIds);
    }

    @Override
    public List<QueuedRemoval> queuedRemovals(long queuedBeforeMs, int limit) {
        return inner.queuedRemovals(queuedBeforeMs, limit);
    }

    /** The transaction's writes, noting every change of domain membership, perceptual and pixel hashes. */
    private record Recording(FileWrites tx, List<FileDomainMembership.Change> changes, Set<Long> touched,
                             Map<Long, long[]> perceptual, Map<Long, ByteKey> pixel) implements FileWrites {
        @Override
        public long idFor(ByteKey sha256) {
            return tx.idFor(sha256);
        }

        @Override
        public void putRecord(FileRecord record, FileHashes hashes) {
            tx.putRecord(record, hashes);
            touched.add(record.fileId());
            pixel.put(record.fileId(), record.media().pixelHash());
        }

        @Override
        public void addCurrent(ByteKey service, Map<Long, Long> arrivedMs) {
            tx.addCurrent(service, arrivedMs);
            changes.add(new FileDomainMembership.Change(service, false, true, List.copyOf(arrivedMs.keySet())));
            touched.addAll(arrivedMs.keySet());
        }

        @Override
        public void removeCurrent(ByteKey service, Collection<Long> fileIds) {
            tx.removeCurrent(service, fileIds);
            changes.add(new FileDomainMembership.Change(service, false, false, List.copyOf(fileIds)));
            touched.addAll(fileIds);
        }

        @Override
        public void recordDeleted(ByteKey service, Map<Long, FileLocations.Deletion> deletions) {
            tx.recordDeleted(service, deletions);
            changes.add(new FileDomainMembership.Change(service, true, true, List.copyOf(deletions.keySet())));
            touched.addAll(deletions.keySet());
        }

        @Override
        public void clearDeleted(ByteKey service, Collection<Long> fileIds) {
            tx.clearDeleted(service, fileIds);
            changes.add(new FileDomainMembership.Change(service, true, false, List.copyOf(fileIds)));
            touched.addAll(fileIds);
        }

        @Override
        public void setInbox(Collection<Long> fileIds, boolean inbox) {
            tx.setInbox(fileIds, inbox);
            touched.addAll(fileIds);
        }

        @Override
        public void setArchivedTime(Collection<Long> fileIds, long archivedMs) {
            tx.setArchivedTime(fileIds, archivedMs);
            touched.addAll(fileIds);
        }

        @Override
        public void setDeletionReason(Collection<Long> fileIds, String reason) {
            tx.setDeletionReason(fileIds, reason);
        }

        @Override
        public void clearDeletionReason(Collection<Long> fileIds) {
            tx.clearDeletionReason(fileIds);
        }

        @Override
        public void queueRemoval(Collection<Long> fileIds, long queuedMs) {
            tx.queueRemoval(fileIds, queuedMs);
        }

        @Override
        public void dequeueRemoval(Collection<Long> fileIds) {
            tx.dequeueRemoval(fileIds);
        }

        @Override
        public void setPerceptualHashes(long fileId, long[] hashes) {
            tx.setPerceptualHashes(fileId, hashes);
            perceptual.put(fileId, hashes.clone());
        }

        @Override
        public void clearPerceptualHashes(Collection<Long> fileIds) {
            tx.clearPerceptualHashes(fileIds);
            for (Long id : fileIds) {
                perceptual.put(id, new long[0]);
            }
        }

        @Override
        public FileTimeWrites times() {
            return new RecordingTimes(tx.times(), touched);
        }

        @Override
        public Map<Long, FileTimes> timesOf(Collection<Long> fileIds) {
            return tx.timesOf(fileIds);
        }

        @Override
        public Map<ByteKey, Long> idsOf(Collection<ByteKey> sha256s) {
            return tx.idsOf(sha256s);
        }

        @Override
        public Map<Long, ByteKey> hashesOf(Collection<Long> fileIds) {
            return tx.hashesOf(fileIds);
        }

        @Override
        public Map<Long, FileState> states(Collection<Long> fileIds) {
            return tx.states(fileIds);
        }

        @Override
        public Map<ByteKey, ByteKey> translate(Collection<ByteKey> hashes, HashType from, HashType to) {
            return tx.translate(hashes, from, to);
        }

        @Override
        public Map<Long, Long> currentIn(ByteKey service, Collection<Long> fileIds) {
            return tx.currentIn(service, fileIds);
        }

        @Override
        public List<Long> allCurrentIn(ByteKey service) {
            return tx.allCurrentIn(service);
        }

        @Override
        public Map<Long, FileLocations.Deletion> deletedFrom(ByteKey service, Collection<Long> fileIds) {
            return tx.deletedFrom(service, fileIds);
        }

        @Override
        public Set<Long> inInbox(Collection<Long> fileIds) {
            return tx.inInbox(fileIds);
        }

        @Override
        public List<QueuedRemoval> queuedRemovals(long queuedBeforeMs, int limit) {
            return tx.queuedRemovals(queuedBeforeMs, limit);
        }
    }

    /** Time writes of a transaction, noting the files they touch. */
    private record RecordingTimes(FileTimeWrites tx, Set<Long> touched) implements FileTimeWrites {
        @Override
        public void setDomainModified(Collection<Long> fileIds, String domain, long ms) {
            tx.setDomainModified(fileIds, domain, ms);
            touched.addAll(fileIds);
        }

        @Override
        public void clearDomainModified(Collection<Long> fileIds, String domain) {
            tx.clearDomainModified(fileIds, domain);
            touched.addAll(fileIds);
        }

        @Override
        public void setFileModified(Collection<Long> fileIds, long ms) {
            tx.setFileModified(fileIds, ms);
            touched.addAll(fileIds);
        }

        @Override
        public void setImported(ByteKey service, Collection<Long> fileIds, long ms) {
            tx.setImported(service, fileIds, ms);
            touched.addAll(fileIds);
        }

        @Override
        public void setDeleted(ByteKey service, Collection<Long> fileIds, long ms) {
            tx.setDeleted(service, fileIds, ms);
            touched.addAll(fileIds);
        }

        @Override
        public void setPreviouslyImported(ByteKey service, Collection<Long> fileIds, long ms) {
            tx.setPreviouslyImported(service, fileIds, ms);
            touched.addAll(fileIds);
        }

        @Override
        public void setLastViewed(CanvasType canvas, Collection<Long> fileIds, long ms) {
            tx.setLastViewed(canvas, fileIds, ms);
            touched.addAll(fileIds);
        }

        @Override
        public void addViews(CanvasType canvas, Collection<Long> fileIds, Long lastViewedMs, long views,
                             long viewtimeMs) {
            tx.addViews(canvas, fileIds, lastViewedMs, views, viewtimeMs);
            touched.addAll(fileIds);
        }

        @Override
        public void setViews(CanvasType canvas, Collection<Long> fileIds, Long lastViewedMs, long views,
                             long viewtimeMs, long newStatisticsLastViewedMs) {
            tx.setViews(canvas, fileIds, lastViewedMs, views, viewtimeMs, newStatisticsLastViewedMs);
            touched.addAll(fileIds);
        }
    }
}
