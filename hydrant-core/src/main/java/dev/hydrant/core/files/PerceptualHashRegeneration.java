package dev.hydrant.core.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes the perceptual hashes of stored files from their bytes (the maintenance command): the backfill for files
 * imported before perceptual hashes were recorded, and a repair after a change of the hashing code. Every file in
 * hydrus local file storage whose type has perceptual hashes is decoded again; the result replaces what the store
 * holds, written in batches, each only for the files still stored when the batch commits.
 * Through an observed record store the similar-files index follows each batch.
 */
public final class PerceptualHashRegeneration {
    /** Files per transaction. */
    static final int BATCH = 256;

    private final FileRecordStore records;
    private final FileStore files;
    private final MediaInspector inspector;

    /** What a run did. */
    public record Summary(int examined, int withHashes, int withoutHashes, int missingBytes, int unchanged) {
    }

    /** Progress after each batch. */
    @FunctionalInterface
    public interface Progress {
        void done(int filesDone, int filesTotal);
    }

    public PerceptualHashRegeneration(FileRecordStore records, FileStore files, MediaInspector inspector) {
        this.records = records;
        this.files = files;
        this.inspector = inspector;
    }

    /**
     * @param onlyMissing only files that have no perceptual hash stored (a still whose hash hydrus discards as
     *                    blank is examined again every time)
     */
    public Summary run(boolean onlyMissing, Progress progress) throws IOException {
        List<Long> stored = new ArrayList<>(records.allCurrentIn(FileDomainRules.LOCAL_STORAGE));
        stored.sort(null);
        int examined = 0;
        int withHashes = 0;
        int without = 0;
        int missing = 0;
        int unchanged = 0;
        for (int from = 0; from < stored.size(); from += BATCH) {
            List<Long> batch = stored.subList(from, Math.min(stored.size(), from + BATCH));
            Map<Long, FileState> states = records.states(batch);
            Map<Long, long[]> before = records.perceptualHashesOf(batch);
            Map<Long, long[]> computed = new HashMap<>();
            for (long id : batch) {
                FileState state = states.get(id);
                if (state == null || state.record() == null || !state.record().type().hasPerceptualHash()
                        || (onlyMissing && before.containsKey(id))) {
                    continue;
                }
                FileRecord record = state.record();
                examined++;
                Path path = files.filePath(record.sha256(), record.type());
                if (!Files.isRegularFile(path)) {
                    missing++;
                    continue;
                }
                long[] now;
                try {
                    now = PerceptualHashes.toLongs(inspector.perceptualHashes(path, record.type()));
                } catch (MediaInspector.DamagedMedia e) {
                    now = new long[0];
                }
                java.util.Arrays.sort(now);
                if (now.length > 0) {
                    withHashes++;
                } else {
                    without++;
                }
                if (java.util.Arrays.equals(now, before.getOrDefault(id, new long[0]))) {
                    unchanged++;
                    continue;
                }
                computed.put(id, now);
            }
            write(computed);
            progress.done(Math.min(stored.size(), from + BATCH), stored.size());
        }
        return new Summary(examined, withHashes, without, missing, unchanged);
    }

    /**
     * One transaction for the batch, for the files still in local storage when it commits (a file deleted meanwhile
     * keeps none; one deleted and imported again got the same hashes from its import).
     */
    private void write(Map<Long, long[]> computed) {
        if (computed.isEmpty()) {
            return;
        }
        records.write(tx -> {
            Collection<Long> still = tx.currentIn(FileDomainRules.LOCAL_STORAGE, computed.keySet()).keySet();
            for (Map.Entry<Long, long[]> e : computed.entrySet()) {
                if (still.contains(e.getKey())) {
                    tx.setPerceptualHashes(e.getKey(), e.getValue());
                }
            }
            return null;
        });
    }
}
