package dev.hydrant.core.files;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Removes from disk the bytes (and thumbnails) of files deleted from hydrus local file storage, once they have
 * waited {@code delay} in the removal queue. A file imported again meanwhile is left alone. Run it periodically.
 */
public final class FileRemovalJob {
    private static final int BATCH = 256;

    private final FileRecordStore records;
    private final FileStore files;
    private final FileLocks locks;
    private final Clock clock;
    private final Duration delay;

    public FileRemovalJob(FileRecordStore records, FileStore files, FileLocks locks, Clock clock, Duration delay) {
        this.records = records;
        this.files = files;
        this.locks = locks;
        this.clock = clock;
        this.delay = delay;
    }

    /** Removes every due file; returns how many were removed from disk. */
    public int runOnce() throws IOException {
        int removed = 0;
        while (true) {
            long dueBefore = clock.millis() - delay.toMillis() + 1;
            List<FileReads.QueuedRemoval> due = records.queuedRemovals(dueBefore, BATCH);
            if (due.isEmpty()) {
                return removed;
            }
            List<Long> done = new ArrayList<>();
            for (FileReads.QueuedRemoval r : due) {
                boolean deleted = locks.withLock(r.sha256(), () -> {
                    Set<Long> stored = records.currentIn(FileDomainRules.LOCAL_STORAGE, List.of(r.fileId())).keySet();
                    if (!stored.isEmpty()) {
                        return false;
                    }
                    files.deleteFile(r.sha256(), r.type());
                    files.deleteThumbnail(r.sha256());
                    records.write(tx -> {
                        tx.dequeueRemoval(List.of(r.fileId()));
                        return null;
                    });
                    return true;
                });
                if (deleted) {
                    removed++;
                } else {
                    done.add(r.fileId());
                }
            }
            records.write(tx -> {
                tx.dequeueRemoval(done);
                return null;
            });
            if (due.size() < BATCH) {
                return removed;
            }
        }
    }
}
