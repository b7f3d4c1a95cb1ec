package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

import java.util.Map;

/**
 * Told, after each committed transaction and in commit order, what it changed in the data of similar-files search:
 * perceptual hashes replaced (an import, the regeneration job) or removed (a file leaving hydrus local file storage),
 * and pixel hashes of records written. Called before the in-memory file domains show the transaction, so the
 * similar-files index knows a new file before any search can find it.
 */
public interface SimilarFilesListener {
    /** @param hashesByFile each changed file's perceptual hashes now; an empty array means none */
    void perceptualHashesChanged(Map<Long, long[]> hashesByFile);

    /** @param pixelHashByFile each written record's pixel hash; null when it has none */
    void pixelHashesChanged(Map<Long, ByteKey> pixelHashByFile);

    SimilarFilesListener NONE = new SimilarFilesListener() {
        @Override
        public void perceptualHashesChanged(Map<Long, long[]> hashesByFile) {
        }

        @Override
        public void pixelHashesChanged(Map<Long, ByteKey> pixelHashByFile) {
        }
    };
}
